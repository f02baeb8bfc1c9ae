import { SECTION_HEADINGS } from '../page/detect';

/** The report's prose, cut at the six headings of the template. */
export interface ReportText {
  /** All the text of the report, tables included (cells separated by tabs). */
  full: string;
  /** Text of each of the six sections, or null where its heading was not found. */
  sections: (string | null)[];
}

// Built once (issue 18); global: lastIndex is set before each use.
const AT_LINE_START = SECTION_HEADINGS.map((pattern) => new RegExp(`(?:^|\\n)[\\s\\u00a0\\u3000]*${pattern.source}`, 'g'));

/**
 * Splits at the first occurrence of each heading, in order; a heading found before the previous
 * one (a table of contents, or the preamble listing the sections) is looked for again later.
 */
export function splitSections(full: string): ReportText {
  const starts: (number | null)[] = [];
  let from = 0;
  for (const re of AT_LINE_START) {
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
