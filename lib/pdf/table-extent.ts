import { matchColumnHeader } from '../report/row-labels';
import { joinItems, type Line } from './lines';
import type { Barrier, RowGroup, RowMetrics } from './row-groups';
import { mid, NUMBERED, segments, trailingValues } from './table-text';

/** The document a table sits in, as every table of it sees it. */
export interface DocumentFrame {
  /** Each page's top, document-wide. */
  offsets: Map<number, number>;
  heights: Map<number, number>;
  /** The prose's font size. */
  bodySize: number;
  barrier: Barrier;
}

/** Which of the document's lines a table holds. */
export interface TableExtent {
  /** The header's lines, top down (a header repeated on later pages not among them). */
  header: Line[];
  /** The lines of the table's rows, top down: rows with figures, their labels, rows left blank. */
  body: Line[];
  /** Every line the table takes, so the prose leaves them out: header, body, repeated headers. */
  used: Set<Line>;
}

const HEADER_WORDS = /申请人情况|法人或其他组织|自然人|商业企业|科研机构/;

/**
 * A line of the header. Judged on the line's segments, not its items, and the column words
 * (其他, 总计 …) only over the figures: a label printed in two fonts comes as two items ("3."
 * then "其他"), and a narrow label column wraps （六）其他处理 onto a line of its own "其他";
 * either, on a line apart from the row's figures, passed for a repeated header and was dropped
 * (found by tests/pdf/layout.property.test.ts).
 */
export const headerLike = (figuresLeft: number) => (line: Line) =>
  segments(line.items).some(
    (seg) => HEADER_WORDS.test(seg.text) || (matchColumnHeader(seg.text) && Math.max(...seg.items.map((i) => i.x + i.w)) > figuresLeft),
  );

/**
 * The lines around a group's rows that are the table's: its header above (up to a heading, a
 * bigger font, a wide gap or the table before, whose last line is `floor`), the labels between
 * and under the rows, the last rows left blank, and headers repeated on later pages.
 */
export function tableExtent(group: RowGroup, lines: readonly Line[], floor: number, frame: DocumentFrame, metrics: RowMetrics): TableExtent {
  const { rows } = group;
  const { size, mids: rowMids, pitchY, figuresLeft } = metrics;
  const { barrier } = frame;
  const isHeaderLine = headerLike(figuresLeft);
  // Where on its page a line sits, from 0 (top) to 1.
  const onPage = (l: { page: number; gy: number }) => (l.gy - (frame.offsets.get(l.page) ?? 0)) / (frame.heights.get(l.page) ?? 842);

  const used = new Set<Line>();
  // The header: lines above the first row (its own wrapped label aside), up to a heading, a
  // bigger font or a wide gap.
  const header: Line[] = [];
  const above: Line[] = [];
  let top = rows[0]!.line.gy;
  let first = group.first;
  while (first > 0 && mid(lines[first - 1]!) > rowMids[0]! - pitchY * 0.45 && lines[first - 1]!.gy > floor && !isHeaderLine(lines[first - 1]!)) {
    first--;
    above.unshift(lines[first]!);
  }
  for (let i = first - 1; i >= 0 && header.length < 12; i--) {
    const line = lines[i]!;
    if (line.gy <= floor || barrier(line, Math.max(size, frame.bodySize * 0.8))) break;
    if (top - line.gy > size * 4.5) {
      // A header begun at the foot of one page and finished at the head of the next.
      const lower = i + 1 < lines.length ? lines[i + 1]! : rows[0]!.line;
      if (!(line.page < lower.page && onPage(line) > 0.7 && onPage(lower) < 0.3)) break;
    }
    header.unshift(line);
    top = line.gy;
  }
  // Below the last row: its wrapped label may run on by half a row.
  const bottom = rowMids[rowMids.length - 1]! + pitchY * 0.6;
  const rowLines = new Set(rows.map((r) => r.line));
  const body: Line[] = [...above];
  // A header repeated on a new page (Word's repeated header rows, Chromium's <thead>) is as deep
  // as the table's own: the lines it holds that name no column (the corner note, 自 / 然人
  // wrapped) go with it, or they would pass for labels (tests/pdf/layout.property.test.ts).
  // (Measured on one page, from its first line naming a column: a line over the table, 单位：件,
  // is no part of it, and a header that ends one page may be repeated whole on the next.)
  const headerOnPage = header.filter((l) => l.page === header[header.length - 1]!.page);
  const headerTop = headerOnPage.find(isHeaderLine) ?? headerOnPage[0];
  const headerDepth = headerTop ? header[header.length - 1]!.gy - headerTop.gy : 0;
  const repeated = new Map<number, number>();
  let end = group.first;
  for (let i = group.first; i < lines.length; i++, end = i) {
    const line = lines[i]!;
    if (i > group.last && (mid(line) > bottom || barrier(line, size) || trailingValues(line).length)) break;
    if (!rowLines.has(line) && isHeaderLine(line)) {
      // A header repeated on a new page.
      used.add(line);
      if (line.page !== rows[0]!.line.page && !repeated.has(line.page)) repeated.set(line.page, line.gy + headerDepth + size * 0.5);
      continue;
    }
    body.push(line);
  }
  // The last rows left blank print only their labels (四、结转下年度继续办理 with nothing carried
  // forward): numbered labels wholly left of the figures, each a row or so below the last line
  // taken, and the lines they wrap onto (tests/pdf/layout.property.test.ts).
  // Such a row may be the one a page break carried over to the next page's head, under the
  // header repeated there.
  const passed = new Set<Line>();
  for (let i = end, seen = false; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = body[body.length - 1]!;
    const numbered = NUMBERED.test(joinItems(line.items));
    const turned = line.page === prev.page + 1 && (lines[i - 1] === prev ? onPage(line) < 0.3 : passed.has(lines[i - 1]!));
    if (turned && !passed.size && isHeaderLine(line)) {
      for (const limit = line.gy + headerDepth + size * 0.5; i < lines.length && lines[i]!.page === line.page && lines[i]!.gy <= limit; i++)
        passed.add(lines[i]!);
      i--;
      continue;
    }
    const gap = turned ? 0 : line.gy - prev.gy;
    if ((line.page !== prev.page && !turned) || line.right >= figuresLeft || barrier(line, size) || trailingValues(line).length) break;
    if (!(numbered ? gap <= pitchY * 1.6 : seen && gap <= size * 2.6)) break;
    seen = true;
    body.push(line);
    for (const l of passed) used.add(l);
  }
  if (repeated.size) {
    const firstRow = new Map<number, number>();
    for (const r of rows) if (!firstRow.has(r.line.page)) firstRow.set(r.line.page, r.line.gy);
    for (let i = body.length - 1; i >= 0; i--) {
      const line = body[i]!;
      const depth = repeated.get(line.page);
      if (depth !== undefined && line.gy <= depth && line.gy < (firstRow.get(line.page) ?? Infinity)) {
        used.add(line);
        body.splice(i, 1);
      }
    }
  }
  for (const line of header) used.add(line);
  for (const line of body) used.add(line);
  return { header, body, used };
}
