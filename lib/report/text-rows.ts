import { isLabelText, isValueLike, labelKey } from '../text/normalize';
import { matchColumnHeader } from './row-labels';

/**
 * Rows of cells from text copied out of a page, a PDF or a Word file. Three shapes occur:
 * tab-separated rows; one cell per line with rows between blank lines (what a browser's copy
 * of a table gives); and cells separated by spaces (PDF text).
 */
export function textToRows(lines: string[]): string[][] {
  if (isTabbed(lines)) {
    return lines.filter((l) => l.trim() !== '').map((l) => l.split('\t'));
  }
  if (isCellPerLine(lines)) {
    const rows: string[][] = [];
    let current: string[] = [];
    for (const line of lines) {
      if (line.trim() === '' && !line.includes('\t')) {
        if (current.length) rows.push(current);
        current = [];
      } else current.push(line.replace(/^\t/, ''));
    }
    if (current.length) rows.push(current);
    // One cell per paragraph and nothing to tell rows apart: a flattened table.
    if (rows.length > 20 && rows.filter((r) => r.length === 1).length > rows.length * 0.8) return streamRows(lines);
    return rows;
  }
  const spaced = lines.filter((l) => l.trim() !== '').map(splitSpaced);
  if (spaced.length > 40 && spaced.filter((r) => r.length === 1).length > spaced.length * 0.8) return streamRows(lines);
  return spaced;
}

function isTabbed(lines: string[]): boolean {
  return lines.filter((l) => l.split('\t').filter((c) => c.trim() !== '').length >= 3).length >= 3;
}

function isCellPerLine(lines: string[]): boolean {
  return lines.filter((l) => l.startsWith('\t')).length >= lines.filter((l) => l.trim() !== '').length / 2;
}

/** Whether the text is cut into cells (tabs, or a cell a line): a browser's or an editor's copy of a table. */
export function isCellText(lines: string[]): boolean {
  return isTabbed(lines) || isCellPerLine(lines);
}

/** A line of space-separated figures after a label: the label's words stay together. */
function splitSpaced(line: string): string[] {
  const tokens = line.trim().split(/[ \u00a0\u3000]+/);
  const cells: string[] = [];
  for (const token of tokens) {
    const prev = cells[cells.length - 1];
    if (prev !== undefined && !isValueLike(token) && !isValueLike(prev)) cells[cells.length - 1] = prev + ' ' + token;
    else cells.push(token);
  }
  return cells;
}

export interface TextSections {
  title: string;
  /** Lines of section three's table, section four's table. */
  applications: string[] | null;
  review: string[] | null;
}

const APPLICATIONS_HEADING = /收到和处理政府信息公开申请/;
const NUMBERED_APPLICATIONS_HEADING = /^\s*三\s*[、.．]\s*收到和处理政府信息公开申请/;
const REVIEW_HEADING = /政府信息公开行政复议|行政复议[、,，]\s*行政诉讼情况/;
const AFTER_REVIEW = /^\s*五\s*[、.．]|存在的主要问题/;

export function splitTextSections(text: string): TextSections {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = (lines.find((l) => l.trim() !== '') ?? '').trim();
  // The heading itself (三、收到和处理…) before any mention of it in the preamble's prose.
  const numbered = lines.findIndex((l) => NUMBERED_APPLICATIONS_HEADING.test(l));
  const a = numbered >= 0 ? numbered : lines.findIndex((l) => APPLICATIONS_HEADING.test(l));
  const r = lines.findIndex((l, i) => i > a && REVIEW_HEADING.test(l));
  const end = r < 0 ? -1 : lines.findIndex((l, i) => i > r && AFTER_REVIEW.test(l));
  return {
    title,
    applications: a < 0 ? null : lines.slice(a + 1, r < 0 ? undefined : r),
    review: r < 0 ? null : lines.slice(r + 1, end < 0 ? Math.min(lines.length, r + 60) : end),
  };
}

/**
 * Cells in one stream (a table flattened into paragraphs): a row is a run of labels followed by
 * its figures. Blank cells cannot be told from paragraph breaks here, so rows may come out short;
 * the reader reports them.
 */
function streamRows(lines: string[]): string[][] {
  const rows: string[][] = [];
  let labels: string[] = [];
  let values: string[] = [];
  for (const raw of lines) {
    const cell = raw.trim();
    if (!cell) continue;
    if (isLabelText(cell)) {
      if (values.length) {
        rows.push([...labels, ...values]);
        labels = [];
        values = [];
      }
      // Column headings and the table's caption run into the first row's label otherwise.
      if (!matchColumnHeader(cell) && !/申请人情况|法人或其他组织|勾稽关系/.test(labelKey(cell))) labels.push(cell);
    } else values.push(cell);
  }
  if (values.length) rows.push([...labels, ...values]);
  return rows;
}
