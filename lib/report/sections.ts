import { SECTION_HEADINGS } from '../page/detect';

/** The report's prose, cut at the six headings of the template. */
export interface ReportText {
  /** All the text of the report, tables included (cells separated by tabs). */
  full: string;
  /** Text of each of the six sections, or null where its heading was not found. */
  sections: (string | null)[];
}

/**
 * Splits at the first occurrence of each heading, in order; a heading found before the previous
 * one (a table of contents, or the preamble listing the sections) is looked for again later.
 */
export function splitSections(full: string): ReportText {
  const starts: (number | null)[] = [];
  let from = 0;
  for (const pattern of SECTION_HEADINGS) {
    const re = new RegExp(`(?:^|\\n)[\\s\\u00a0\\u3000]*${pattern.source}`, 'g');
    re.lastIndex = from;
    const m = re.exec(full);
    if (m) {
      starts.push(m.index);
      from = m.index + m[0].length;
    } else starts.push(null);
  }
  const sections = starts.map((start, i) => {
    if (start === null) return null;
    const next = starts.slice(i + 1).find((s): s is number => s !== null);
    return full.slice(start, next ?? full.length).trim();
  });
  return { full, sections };
}
