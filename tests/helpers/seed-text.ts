/**
 * Test helper: splits the seed text exports (/work/shared/seeds, copied into tests/fixtures) into
 * the report's tables and prose, as raw cell texts: nothing is parsed or mapped to row keys.
 */
import type { ReportInput } from './render-report';

/** Raw cell texts of one row. */
export interface TextTableRow {
  cells: string[];
}

export interface SeedTables {
  title: string;
  /** section-three table rows, raw cell texts exactly as in the text export */
  section3: string[][];
  /** section-four table rows */
  section4: string[][];
  /** section-two table rows (extra; [] when absent) */
  section2: string[][];
  /** prose after the title up to the section-three table (includes the heading 三、…); table lines excluded */
  before: string;
  /** prose between the section-three and section-four tables (includes the heading 四、…) */
  between: string;
  /** prose after the section-four table */
  after: string;
}

const isBlankLine = (l: string): boolean => l.trim() === '';
const hasTab = (l: string): boolean => l.includes('\t');
const HEADING_RE = /^\s*[一二三四五六七八九十]+、/;

type Segment = { kind: 'prose'; lines: string[] } | { kind: 'table'; rows: string[][]; text: string };

function splitTableLines(lines: string[]): string[][] {
  const layoutRows = lines.some((l) => {
    const i = l.indexOf('\t');
    return i > 0 || (l.match(/\t/g) ?? []).length >= 2;
  });
  const rows: string[][] = [];
  if (layoutRows) {
    // one row per line, tab-separated cells
    for (const l of lines) {
      if (isBlankLine(l) && !hasTab(l)) continue;
      if (hasTab(l)) {
        rows.push(l.split('\t'));
      } else {
        const last = rows[rows.length - 1];
        if (last && last.length > 0) last[last.length - 1] += '\n' + l;
        else rows.push([l]);
      }
    }
    return rows;
  }
  // one cell per line (leading tab), blank line between rows
  let current: string[] | null = null;
  for (const l of lines) {
    if (isBlankLine(l) && !hasTab(l)) {
      if (current && current.length > 0) rows.push(current);
      current = null;
    } else if (l.startsWith('\t')) {
      (current ??= []).push(l.slice(1));
    } else if (current && current.length > 0) {
      current[current.length - 1] += '\n' + l; // a cell text wrapped onto the next line
    } else {
      (current ??= []).push(l);
    }
  }
  if (current && current.length > 0) rows.push(current);
  return rows;
}

function segmentLines(lines: string[]): Segment[] {
  const segs: Segment[] = [];
  let prose: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!hasTab(line)) {
      prose.push(line);
      i++;
      continue;
    }
    const start = i;
    let last = i;
    let j = i;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      if (hasTab(l)) {
        last = j;
        j++;
        continue;
      }
      if (isBlankLine(l)) {
        let k = j;
        while (k < lines.length && isBlankLine(lines[k] ?? '') && !hasTab(lines[k] ?? '')) k++;
        if (k < lines.length && hasTab(lines[k] ?? '')) {
          j = k;
          continue;
        }
        break;
      }
      if (j === last + 1 && !HEADING_RE.test(l)) {
        last = j; // continuation of the previous cell
        j++;
        continue;
      }
      break;
    }
    if (prose.length > 0) segs.push({ kind: 'prose', lines: prose });
    prose = [];
    const tableLines = lines.slice(start, last + 1);
    segs.push({ kind: 'table', rows: splitTableLines(tableLines), text: tableLines.join('\n') });
    i = last + 1;
  }
  if (prose.length > 0) segs.push({ kind: 'prose', lines: prose });
  return segs;
}

function joinProse(lines: string[]): string {
  const out = [...lines];
  while (out.length > 0 && isBlankLine(out[0] ?? '')) out.shift();
  while (out.length > 0 && isBlankLine(out[out.length - 1] ?? '')) out.pop();
  return out.join('\n');
}

/**
 * Splits a seed text export into its tables and prose. Handles both layouts of the seeds: one
 * cell per line (leading tab, blank line between rows; a line without a tab right after a cell
 * continues that cell) and one row per line (tab-separated cells, blank lines inside ignored).
 */
export function seedToTableRows(seedText: string): SeedTables {
  const lines = seedText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let t = 0;
  while (t < lines.length && isBlankLine(lines[t] ?? '')) t++;
  const title = (lines[t] ?? '').trim();
  const segs = segmentLines(lines.slice(t + 1));

  const tables = segs.filter((s): s is Extract<Segment, { kind: 'table' }> => s.kind === 'table');
  const s3 = tables.find((s) => /本年新收|勾稽/.test(s.text));
  const s4 = tables.find((s) => s !== s3 && /复议后起诉|行政复议/.test(s.text));
  const s2 = tables.find((s) => s !== s3 && s !== s4 && /第二十条/.test(s.text));

  const before: string[] = [];
  const between: string[] = [];
  const after: string[] = [];
  let zone: string[] = before;
  for (const seg of segs) {
    if (seg.kind === 'prose') {
      zone.push(...seg.lines);
    } else if (seg === s3) {
      zone = between;
    } else if (seg === s4) {
      zone = after;
    }
  }
  return {
    title,
    section3: s3 ? s3.rows : [],
    section4: s4 ? s4.rows : [],
    section2: s2 ? s2.rows : [],
    before: joinProse(before),
    between: joinProse(between),
    after: joinProse(after),
  };
}

/** Convenience: the whole seed as a renderReportHtml input. */
export function seedToReportInput(seedText: string): Required<ReportInput> {
  const s = seedToTableRows(seedText);
  const paragraphs = [s.before, s.between, s.after]
    .join('\n')
    .split('\n')
    .filter((p) => p !== '');
  return { title: s.title, section3: s.section3, section4: s.section4, section2: s.section2, paragraphs };
}
