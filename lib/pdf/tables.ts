import { SECTION_HEADINGS } from '../page/detect';
import { matchColumnHeader } from '../report/row-labels';
import { fold } from '../text/normalize';
import { joinItems, type Line, type Placed } from './lines';
import type { PdfBox, PdfPage } from './types';

/** One cell of a rebuilt table, spans as in HTML, with where its text was printed. */
export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  boxes: PdfBox[];
}

export interface PdfTable {
  rows: TableCell[][];
  /** The document lines the table was built from (so the prose leaves them out). */
  lines: Set<Line>;
}

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// What a table prints in a figure's place: a number, a dash, a slash, 无.
const VALUE = /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-－—–/／]|无)$/;
// A label that starts a row of its own: （一） 一、 1. 1、 (1) ①.
const NUMBERED = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d)|[①-⑳])/;
const FIRST = /^\s*(?:[（(]\s*[一1]\s*[)）]|一\s*[、.．]|1\s*[、.．](?!\d)|①)/;
const HEADER_WORDS = /申请人情况|法人或其他组织|自然人|商业企业|科研机构/;

const norm = (text: string) => fold(text).replace(/[\s,，]/g, (c) => (c === '，' ? ',' : c === ',' ? ',' : '')).trim();
const isValue = (item: Placed) => VALUE.test(norm(item.text));
const isNumber = (item: Placed) => NUMBER.test(norm(item.text));
const mid = (item: { gy: number; size: number }) => item.gy - item.size * 0.35;
const center = (item: Placed) => item.x + item.w / 2;

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** The figures at the right end of a line: a table row has three or more, nothing between. */
function trailingValues(line: Line): Placed[] {
  const out: Placed[] = [];
  for (let i = line.items.length - 1; i >= 0 && isValue(line.items[i]!); i--) out.unshift(line.items[i]!);
  return out.filter(isNumber).length >= 2 && out.length >= 3 ? out : [];
}

function isHeading(line: Line): boolean {
  const text = joinItems(line.items);
  return SECTION_HEADINGS.some((p) => p.test(text) && text.length < 40);
}

function boxOf(items: readonly Placed[], pageHeights: Map<number, number>): PdfBox[] {
  const byPage = new Map<number, [number, number, number, number]>();
  for (const item of items) {
    const offset = pageHeights.get(item.page) ?? 0;
    const top = item.gy - offset - item.size;
    const b = byPage.get(item.page);
    if (!b) byPage.set(item.page, [item.x, top, item.x + item.w, top + item.size * 1.2]);
    else byPage.set(item.page, [Math.min(b[0], item.x), Math.min(b[1], top), Math.max(b[2], item.x + item.w), Math.max(b[3], top + item.size * 1.2)]);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return [...byPage].map(([page, [x0, y0, x1, y1]]) => ({ page, box: [round(x0), round(y0), round(x1 - x0), round(y1 - y0)] }));
}

interface RowLine {
  line: Line;
  values: Placed[];
}

interface Segment {
  text: string;
  x: number;
  gy: number;
  size: number;
  page: number;
  items: Placed[];
}

/** Label pieces of one line: neighbouring items merge, a wide gap starts a new cell. */
function segments(items: Placed[]): Segment[] {
  const out: Segment[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const prev = last?.items[last.items.length - 1];
    if (last && prev && item.x - (prev.x + prev.w) < item.size * 0.8) last.items.push(item);
    else out.push({ text: '', x: item.x, gy: item.gy, size: item.size, page: item.page, items: [item] });
  }
  for (const s of out) s.text = joinItems(s.items);
  return out;
}

/** Rebuilds the tables of a document from where their text sits. */
export function findTables(lines: readonly Line[], pages: readonly PdfPage[]): PdfTable[] {
  const offsets = new Map<number, number>();
  let offset = 0;
  for (const p of pages) {
    offsets.set(p.number, offset);
    offset += p.height;
  }
  const widths = new Map(pages.map((p) => [p.number, p.width]));
  const bodySize = median(lines.map((l) => l.size));

  // A line that cannot be inside a table: a section heading, a bigger font, a line of prose.
  const barrier = (line: Line, size: number) =>
    isHeading(line) ||
    line.size > size * 1.25 ||
    (line.right - line.left > (widths.get(line.page) ?? 600) * 0.6 && line.items.every((it, i) => i === 0 || it.x - (line.items[i - 1]!.x + line.items[i - 1]!.w) < it.size * 2));

  // Rows: lines ending in figures, grouped while nothing breaks them and their figures line up.
  const groups: { rows: RowLine[]; first: number; last: number }[] = [];
  lines.forEach((line, index) => {
    const values = trailingValues(line);
    if (!values.length) return;
    const size = median(values.map((v) => v.size));
    const group = groups[groups.length - 1];
    if (group) {
      const prev = group.rows[group.rows.length - 1]!;
      const between = lines.slice(group.last + 1, index);
      const right = (r: RowLine) => r.values[r.values.length - 1]!.x + r.values[r.values.length - 1]!.w;
      const aligned = prev.values.length === values.length || Math.abs(right(prev) - (values[values.length - 1]!.x + values[values.length - 1]!.w)) < size * 3;
      if (aligned && !between.some((l) => barrier(l, size))) {
        group.rows.push({ line, values });
        group.last = index;
        return;
      }
    }
    groups.push({ rows: [{ line, values }], first: index, last: index });
  });

  const tables: PdfTable[] = [];
  let floor = -Infinity;
  for (const group of groups) {
    if (group.rows.length < 2 && group.rows[0]!.values.length < 5) continue;
    const table = buildTable(group, lines, floor, barrier, offsets, bodySize);
    tables.push(table);
    floor = Math.max(...[...table.lines].map((l) => l.gy));
  }
  return tables;
}

function buildTable(
  group: { rows: RowLine[]; first: number; last: number },
  lines: readonly Line[],
  floor: number,
  barrier: (line: Line, size: number) => boolean,
  offsets: Map<number, number>,
  bodySize: number,
): PdfTable {
  const rows = group.rows;
  const size = median(rows.flatMap((r) => r.values.map((v) => v.size)));
  // Columns: the centres of the figures in the fullest rows; borders halfway between.
  const most = Math.max(...rows.map((r) => r.values.length));
  const full = rows.filter((r) => r.values.length === most);
  const anchors = Array.from({ length: most }, (_, j) => median(full.map((r) => center(r.values[j]!))));
  const borders = anchors.slice(1).map((a, j) => (a + anchors[j]!) / 2);
  const pitch = most > 1 ? (anchors[most - 1]! - anchors[0]!) / (most - 1) : size * 4;
  const leftBound = anchors[0]! - pitch / 2;
  const columnOf = (x: number) => {
    let j = 0;
    while (j < borders.length && x > borders[j]!) j++;
    return j;
  };

  const rowMids = rows.map((r) => median(r.values.map(mid)));
  const gaps = rowMids.slice(1).map((m, i) => m - rowMids[i]!).filter((g) => g > 0 && g < size * 8);
  const pitchY = gaps.length ? median(gaps) : size * 3;
  const nearestRow = (y: number) => {
    let best = 0;
    for (let i = 1; i < rowMids.length; i++) if (Math.abs(rowMids[i]! - y) < Math.abs(rowMids[best]! - y)) best = i;
    return best;
  };

  const used = new Set<Line>();
  // The header: lines just above the first row, up to a heading, a bigger font or a wide gap.
  const header: Line[] = [];
  let top = rows[0]!.line.gy;
  for (let i = group.first - 1; i >= 0 && header.length < 12; i--) {
    const line = lines[i]!;
    if (line.gy <= floor || barrier(line, Math.max(size, bodySize * 0.8)) || top - line.gy > size * 4.5) break;
    header.unshift(line);
    top = line.gy;
  }
  // Below the last row: its wrapped label may run on by half a row.
  const bottom = rowMids[rowMids.length - 1]! + pitchY * 0.6;
  const rowLines = new Set(rows.map((r) => r.line));
  const body: Line[] = [];
  for (let i = group.first; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > group.last && (mid(line) > bottom || barrier(line, size) || trailingValues(line).length)) break;
    if (!rowLines.has(line) && line.items.some((it) => HEADER_WORDS.test(it.text) || matchColumnHeader(it.text))) {
      // A header repeated on a new page.
      used.add(line);
      continue;
    }
    body.push(line);
  }
  for (const line of header) used.add(line);
  for (const line of body) used.add(line);

  // Label cells: segments left of the figures, in columns by where they start.
  const labelSegments: Segment[] = [];
  const figures: Placed[][][] = rows.map(() => anchors.map(() => []));
  for (const line of body) {
    const r = rowLines.has(line) ? rows.findIndex((row) => row.line === line) : -1;
    const left: Placed[] = [];
    for (const item of line.items) {
      if (center(item) < leftBound) left.push(item);
      else if (r >= 0) figures[r]![columnOf(center(item))]!.push(item);
    }
    labelSegments.push(...segments(left));
  }
  const xs = [...new Set(labelSegments.map((s) => Math.round(s.x)))].sort((a, b) => a - b);
  const colStarts: number[] = [];
  for (const x of xs) if (!colStarts.length || x - (colStarts[colStarts.length - 1] ?? 0) > size * 1.8) colStarts.push(x);
  // Merge each start into its column: a later start within reach belongs to the same column.
  const labelCol = (x: number) => {
    let c = 0;
    while (c + 1 < colStarts.length && x >= colStarts[c + 1]! - size * 0.9) c++;
    return c;
  };
  const k = Math.max(1, colStarts.length);

  // Blocks: a label and the lines it wraps onto.
  interface Block {
    text: string;
    items: Placed[];
    row: number;
  }
  const blocks: Block[][] = Array.from({ length: k }, () => []);
  for (let c = 0; c < k; c++) {
    const segs = labelSegments.filter((s) => labelCol(s.x) === c).sort((a, b) => a.gy - b.gy || a.x - b.x);
    let current: { segs: Segment[] } | null = null;
    const done: Segment[][] = [];
    for (const s of segs) {
      const prev = current?.segs[current.segs.length - 1];
      if (current && prev && prev.page === s.page && !NUMBERED.test(s.text) && s.gy - prev.gy <= s.size * 2.6) current.segs.push(s);
      else {
        current = { segs: [s] };
        done.push(current.segs);
      }
    }
    for (const segs2 of done) {
      const centre = segs2.reduce((n, s) => n + mid(s), 0) / segs2.length;
      blocks[c]!.push({ text: segs2.map((s) => s.text).join(''), items: segs2.flatMap((s) => s.items), row: nearestRow(centre) });
    }
  }

  // own[r][c]: the label row r has itself in column c; group[c][r]: the cell spanning rows there.
  const own: (Block | null)[][] = rows.map(() => Array.from({ length: k }, () => null));
  interface Span {
    start: number;
    end: number;
    blocks: Block[];
  }
  const spans: (Span | null)[][] = Array.from({ length: k }, () => rows.map(() => null));
  const deeper = (r: number, c: number) => {
    for (let d = c + 1; d < k; d++) if (own[r]![d] || spans[d]![r]) return true;
    return false;
  };
  // Whether row r opens a new numbered run under column c (its next label is 1. / （一） / 一、).
  const opens = (r: number, c: number) => {
    for (let d = c + 1; d < k; d++) {
      const o = own[r]![d];
      if (o) return FIRST.test(o.text);
      const s = spans[d]![r];
      if (s) return s.start === r && FIRST.test(s.blocks[0]!.text);
    }
    return false;
  };
  // Deepest columns first: a spanning label groups the rows whose deeper labels it heads.
  for (let c = k - 1; c >= 0; c--) {
    for (const block of blocks[c]!) {
      const r = block.row;
      if (!deeper(r, c)) {
        const o = own[r]![c];
        own[r]![c] = o ? { ...o, text: o.text + block.text, items: [...o.items, ...block.items] } : block;
      }
    }
    for (const block of blocks[c]!) {
      const r = block.row;
      if (!deeper(r, c)) continue;
      const existing = spans[c]![r];
      if (existing) {
        existing.blocks.push(block);
        continue;
      }
      const free = (i: number) => i >= 0 && i < rows.length && deeper(i, c) && !own[i]![c] && !spans[c]![i];
      let start = r;
      while (!opens(start, c) && free(start - 1)) start--;
      let end = r;
      while (free(end + 1) && !opens(end + 1, c)) end++;
      const span: Span = { start, end, blocks: [block] };
      for (let i = start; i <= end; i++) spans[c]![i] = span;
    }
  }

  const cell = (text: string, items: Placed[], rowSpan = 1, colSpan = 1): TableCell => ({ text, rowSpan, colSpan, boxes: boxOf(items, offsets) });
  const out: TableCell[][] = [];

  // Header row: the label corner, then each column's own heading (the lowest words that name it).
  if (header.length) {
    const corner: Placed[] = [];
    const byCol: Placed[][] = anchors.map(() => []);
    for (const line of header) for (const item of line.items) (center(item) < leftBound ? corner : byCol[columnOf(center(item))]!).push(item);
    const headings = byCol.map((items) => {
      const sorted = items.slice().sort((a, b) => a.gy - b.gy || a.x - b.x);
      for (let from = 0; from < sorted.length; from++) {
        const rest = sorted.slice(from);
        if (matchColumnHeader(joinItems(rest))) return rest;
      }
      return sorted;
    });
    const extra = byCol.flatMap((items, j) => items.filter((it) => !headings[j]!.includes(it)));
    const cornerItems = [...corner, ...extra].sort((a, b) => a.gy - b.gy || a.x - b.x);
    out.push([cell(cornerItems.map((i) => i.text).join(''), cornerItems, 1, k), ...headings.map((items) => cell(joinItems(items), items))]);
  }

  rows.forEach((_, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < k; c++) {
      const span = spans[c]![r];
      if (span) {
        if (span.start === r) {
          const items = span.blocks.flatMap((b) => b.items);
          cells.push(cell(span.blocks.map((b) => b.text).join(''), items, span.end - span.start + 1));
        }
        continue;
      }
      // Covered by a label to its left that spans into this column.
      let coveredByLeft = false;
      for (let d = c - 1; d >= 0 && !coveredByLeft; d--) {
        if (spans[d]![r]) break;
        if (own[r]![d]) coveredByLeft = !(own[r]!.slice(d + 1, c + 1).some(Boolean) || spans.slice(d + 1, c + 1).some((s) => s[r]));
      }
      if (coveredByLeft) continue;
      const o = own[r]![c];
      if (o) {
        let colSpan = 1;
        while (c + colSpan < k && !own[r]![c + colSpan] && !spans[c + colSpan]![r]) colSpan++;
        cells.push(cell(o.text, o.items, 1, colSpan));
      } else cells.push(cell('', []));
    }
    for (const items of figures[r]!) cells.push(cell(items.map((i) => i.text).join(' '), items));
    out.push(cells);
  });
  return { rows: out, lines: used };
}
