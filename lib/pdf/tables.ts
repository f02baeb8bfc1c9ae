import { SECTION_HEADINGS } from '../page/detect';
import { matchColumnHeader } from '../report/row-labels';
import { fold, labelKey } from '../text/normalize';
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
const CJK_SPACE = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;

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
  // Figures in cells stand apart; numbers run together in a sentence do not.
  const apart = out.every((v, i) => i === 0 || v.x - (out[i - 1]!.x + out[i - 1]!.w) > v.size * 0.3);
  return apart && out.filter(isNumber).length >= 2 ? out : [];
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
    if (last && prev && item.x - (prev.x + prev.w) < item.size * 0.3) last.items.push(item);
    else out.push({ text: '', x: item.x, gy: item.gy, size: item.size, page: item.page, items: [item] });
  }
  for (const s of out) s.text = joinItems(s.items);
  return out;
}

// Section four's columns, under 行政复议 and each kind of 行政诉讼.
const REVIEW_COLUMN = /^(?:结果维持|结果纠正|其他结果|尚未审结|总计)$/;
const namesColumn = (text: string) => matchColumnHeader(text) !== null || REVIEW_COLUMN.test(labelKey(text));

/**
 * The columns a header names (自然人 … 总计), as x centres: header words stacked in one column
 * (商业 / 企业) join; a word over several columns (法人或其他组织) is left out; a stack is read
 * from its lowest words up, so a heading above it (申请人情况) does not spoil it.
 */
function headerAnchors(items: readonly Placed[]): number[] | null {
  const overlap = (a: Placed, b: Placed) => a.x < b.x + b.w && b.x < a.x + a.w;
  const spanning = (it: Placed) => {
    const under = items.filter((o) => o !== it && overlap(o, it) && o.w < it.w);
    return under.some((a) => under.some((b) => a !== b && !overlap(a, b)));
  };
  const kept = items.filter((it) => !spanning(it));
  const stacks: Placed[][] = [];
  for (const it of kept.slice().sort((a, b) => a.gy - b.gy)) {
    const stack = stacks.find((s) => s.some((o) => overlap(o, it)));
    if (stack) stack.push(it);
    else stacks.push([it]);
  }
  const centres: number[] = [];
  for (const stack of stacks) {
    for (let from = 0; from < stack.length; from++) {
      const rest = stack.slice(from);
      if (namesColumn(joinItems(rest))) {
        const left = Math.min(...rest.map((i) => i.x));
        const right = Math.max(...rest.map((i) => i.x + i.w));
        centres.push((left + right) / 2);
        break;
      }
    }
  }
  return centres.length >= 3 ? centres.sort((a, b) => a - b) : null;
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
  // (A line of prose runs on, its pieces no farther apart than a space; a line of header words
  // over narrow columns, 结果 纠正 其他 … over section four's fifteen, leaves an em between
  // them: tests/pdf/layout.property.test.ts.)
  const barrier = (line: Line, size: number) =>
    isHeading(line) ||
    line.size > size * 1.25 ||
    (line.right - line.left > (widths.get(line.page) ?? 600) * 0.6 && line.items.every((it, i) => i === 0 || it.x - (line.items[i - 1]!.x + line.items[i - 1]!.w) < it.size * 0.9));

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
      // Rows with cells left blank line up with nothing in particular: only a break ends a table.
      // A row whose label wraps onto ten lines or more sits farther below the last than that, but
      // its label's lines fill the space between them (tests/pdf/layout.property.test.ts).
      const filled = [prev.line, ...between, line].every((l, i, all) => i === 0 || l.gy - all[i - 1]!.gy < size * 4);
      const near = prev.line.page !== line.page || line.gy - prev.line.gy < size * 16 || filled;
      if (near && !between.some((l) => barrier(l, size))) {
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
    const table = buildTable(group, lines, floor, barrier, offsets, bodySize, new Map(pages.map((p) => [p.number, p.height])));
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
  heights: Map<number, number>,
): PdfTable {
  const rows = group.rows;
  const size = median(rows.flatMap((r) => r.values.map((v) => v.size)));
  const rowMids = rows.map((r) => median(r.values.map(mid)));
  const gaps = rowMids.slice(1).map((m, i) => m - rowMids[i]!).filter((g) => g > 0 && g < size * 12);
  const pitchY = gaps.length ? median(gaps) : size * 3;
  const nearestRow = (y: number) => {
    let best = 0;
    for (let i = 1; i < rowMids.length; i++) if (Math.abs(rowMids[i]! - y) < Math.abs(rowMids[best]! - y)) best = i;
    return best;
  };

  const used = new Set<Line>();
  // The header: lines above the first row (its own wrapped label aside), up to a heading, a
  // bigger font or a wide gap.
  const header: Line[] = [];
  const above: Line[] = [];
  let top = rows[0]!.line.gy;
  let first = group.first;
  // Judged on the line's segments, not its items, and the column words (其他, 总计 …) only over
  // the figures: a label printed in two fonts comes as two items ("3." then "其他"), and a
  // narrow label column wraps （六）其他处理 onto a line of its own "其他"; either, on a line
  // apart from the row's figures, passed for a repeated header and was dropped (found by
  // tests/pdf/layout.property.test.ts).
  const figuresLeft = Math.min(...rows.map((r) => r.values[0]!.x));
  const headerLike = (line: Line) =>
    segments(line.items).some((seg) => HEADER_WORDS.test(seg.text) || (matchColumnHeader(seg.text) && Math.max(...seg.items.map((i) => i.x + i.w)) > figuresLeft));
  while (first > 0 && mid(lines[first - 1]!) > rowMids[0]! - pitchY * 0.45 && lines[first - 1]!.gy > floor && !headerLike(lines[first - 1]!)) {
    first--;
    above.unshift(lines[first]!);
  }
  for (let i = first - 1; i >= 0 && header.length < 12; i--) {
    const line = lines[i]!;
    if (line.gy <= floor || barrier(line, Math.max(size, bodySize * 0.8))) break;
    if (top - line.gy > size * 4.5) {
      // A header begun at the foot of one page and finished at the head of the next.
      const local = (l: { page: number; gy: number }) => (l.gy - (offsets.get(l.page) ?? 0)) / (heights.get(l.page) ?? 842);
      const lower = i + 1 < lines.length ? lines[i + 1]! : rows[0]!.line;
      if (!(line.page < lower.page && local(line) > 0.7 && local(lower) < 0.3)) break;
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
  const headerTop = headerOnPage.find(headerLike) ?? headerOnPage[0];
  const headerDepth = headerTop ? header[header.length - 1]!.gy - headerTop.gy : 0;
  const repeated = new Map<number, number>();
  let end = group.first;
  for (let i = group.first; i < lines.length; i++, end = i) {
    const line = lines[i]!;
    if (i > group.last && (mid(line) > bottom || barrier(line, size) || trailingValues(line).length)) break;
    if (!rowLines.has(line) && headerLike(line)) {
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
  const pageTop = (l: Line) => (l.gy - (offsets.get(l.page) ?? 0)) / (heights.get(l.page) ?? 842) < 0.3;
  const passed = new Set<Line>();
  for (let i = end, seen = false; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = body[body.length - 1]!;
    const numbered = NUMBERED.test(joinItems(line.items));
    const turned = line.page === prev.page + 1 && (lines[i - 1] === prev ? pageTop(line) : passed.has(lines[i - 1]!));
    if (turned && !passed.size && headerLike(line)) {
      for (const limit = line.gy + headerDepth + size * 0.5; i < lines.length && lines[i]!.page === line.page && lines[i]!.gy <= limit; i++) passed.add(lines[i]!);
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

  // Columns: the centres of the figures in the fullest rows, or the header's columns where it
  // names more (cells left blank print nothing); borders halfway between.
  const most = Math.max(...rows.map((r) => r.values.length));
  const full = rows.filter((r) => r.values.length === most);
  const figureAnchors = Array.from({ length: most }, (_, j) => median(full.map((r) => center(r.values[j]!))));
  const firstFigure = Math.min(...rows.map((r) => r.values[0]!.x));
  const named = headerAnchors(header.flatMap((l) => l.items).filter((it) => center(it) > firstFigure - size * 3));
  const anchors = named && named.length > most && named[0]! < firstFigure + size * 6 ? named : figureAnchors;
  const borders = anchors.slice(1).map((a, j) => (a + anchors[j]!) / 2);
  const pitch = anchors.length > 1 ? (anchors[anchors.length - 1]! - anchors[0]!) / (anchors.length - 1) : size * 4;
  const leftBound = Math.min(anchors[0]! - pitch / 2, firstFigure - size * 0.5);
  const columnOf = (x: number) => {
    let j = 0;
    while (j < borders.length && x > borders[j]!) j++;
    return j;
  };
  for (const line of body) used.add(line);
  // Inside the table, a line with a single figure is a row too (the rest left blank).
  for (const line of body) {
    if (rowLines.has(line)) continue;
    const right = line.items.filter((it) => center(it) >= leftBound);
    if (right.length && right.every(isValue) && right.some(isNumber)) {
      rows.push({ line, values: right });
      rowLines.add(line);
    }
  }
  rows.sort((a, b) => a.line.gy - b.line.gy);
  rowMids.splice(0, rowMids.length, ...rows.map((r) => median(r.values.map(mid))));

  // Label cells: segments left of the figures.
  const labelSegments: (Segment & { rowLine: boolean })[] = [];
  const figures: Placed[][][] = rows.map(() => anchors.map(() => []));
  for (const line of body) {
    const r = rowLines.has(line) ? rows.findIndex((row) => row.line === line) : -1;
    const left: Placed[] = [];
    for (const item of line.items) {
      if (center(item) < leftBound) left.push(item);
      else if (r >= 0) figures[r]![columnOf(center(item))]!.push(item);
    }
    labelSegments.push(...segments(left).map((seg) => ({ ...seg, rowLine: r >= 0 })));
  }

  // Blocks: a label and the lines it wraps onto — the next line down, overlapping it, not
  // numbered, and not another row's own line. Wrapped lines may start left of the first one
  // (a first-line indent) or be centred, so columns are found from blocks, not from lines.
  interface Draft {
    segs: (Segment & { rowLine: boolean })[];
  }
  const drafts: Draft[] = [];
  const right = (seg: Segment) => Math.max(...seg.items.map((i) => i.x + i.w));
  const sorted = labelSegments.sort((a, b) => a.gy - b.gy || a.x - b.x);
  // 三、本年度办理结果 printed one character a line: a character in a column of them continues
  // only such a stack (三 / 、 / 本 …, or 三、 / 本 …), never a label of several
  // characters a line beside or above it, which a narrow column or snug rows bring within reach
  // (found by tests/pdf/layout.property.test.ts).
  const single = (seg: Segment) => [...seg.text].length === 1;
  const under = (o: Segment, seg: Segment) =>
    Math.abs(o.x - seg.x) < size * 0.3 &&
    (o.page === seg.page
      ? o.gy > seg.gy + size * 0.5 && o.gy - seg.gy <= o.size * 2.6
      : // or the first at its place on the next page, where a page break carried the stack on
        o.page === seg.page + 1 && !sorted.some((p) => p.page === o.page && p.gy < o.gy && Math.abs(p.x - o.x) < size * 0.3));
  const charBelow = (seg: Segment) => sorted.find((o) => single(o) && under(o, seg));
  const charAbove = (seg: Segment) => sorted.find((o) => single(o) && under(seg, o));
  // Three in a column at least: two labels' one-character last lines may happen to meet.
  const stacked = (seg: Segment) => {
    if (!single(seg)) return false;
    const down = charBelow(seg);
    const up = charAbove(seg);
    return Boolean((down && (up || charBelow(down))) || (up && charAbove(up)));
  };
  for (const seg of sorted) {
    let best: Draft | null = null;
    let bestGap = Infinity;
    if (!NUMBERED.test(seg.text)) {
      const inStack = stacked(seg);
      for (const d of drafts) {
        if (inStack && d.segs.some((s) => [...s.text].length > 2)) continue;
        const last = d.segs[d.segs.length - 1]!;
        const gap = seg.gy - last.gy;
        const overlaps = seg.x < right(last) + size * 0.3 && last.x < right(seg) + size * 0.3;
        // A first line indented by up to two characters (text-indent: 2em).
        const indented = d.segs.length === 1 && seg.x < last.x && seg.x >= last.x - seg.size * 2.2;
        if (last.page === seg.page && gap > size * 0.5 && gap <= seg.size * 2.6 && (overlaps || indented) && !(last.rowLine && seg.rowLine) && gap < bestGap) {
          best = d;
          bestGap = gap;
        }
      }
    }
    if (best) best.segs.push(seg);
    else drafts.push({ segs: [seg] });
  }
  // Columns start where numbered labels (一、 （一） 1.) start; other labels fall into them.
  const numbered = drafts.filter((d) => NUMBERED.test(d.segs[0]!.text));
  const xs = [...new Set((numbered.length >= 2 ? numbered : drafts).map((d) => Math.round(d.segs[0]!.x)))].sort((a, b) => a - b);
  const colStarts: number[] = [];
  for (const x of xs) if (!colStarts.length || x - (colStarts[colStarts.length - 1] ?? 0) > size * 1.8) colStarts.push(x);
  const labelCol = (x: number) => {
    let c = 0;
    while (c + 1 < colStarts.length && x >= colStarts[c + 1]! - size * 0.9) c++;
    return c;
  };
  // A table of figures only (section four's) has no label column at all.
  const k = colStarts.length;

  // A row left blank prints no figures, only its label: a label with no deeper label beside it
  // and no figures on its line is a row of its own.
  const colOf = (d: Draft) => labelCol(d.segs[0]!.x);
  const span = (d: Draft): [number, number] => [mid(d.segs[0]!) - size * 0.6, mid(d.segs[d.segs.length - 1]!) + size * 0.6];
  const centreOf = (d: Draft) => (mid(d.segs[0]!) + mid(d.segs[d.segs.length - 1]!)) / 2;
  const leafGaps = numbered
    .map((d) => mid(d.segs[0]!))
    .sort((a, b) => a - b)
    .map((m, i, all) => (i ? m - all[i - 1]! : 0))
    .filter((g) => g > size && g < size * 12);
  const pitchRow = Math.min(pitchY, leafGaps.length ? median(leafGaps) : pitchY);
  const figureMids = rowMids.slice();
  // A category centred over an even number of rows falls between two of its own rows' labels,
  // overlapping neither (4.保护第三方… / （三）不予公开 / 5.属于三类…): the deeper numbering
  // running on across it (4. above, 5. below, not a new 1.) says it heads them, not a row of its
  // own (fast-check seed 263542646, tests/pdf/layout.regressions.test.ts).
  const numberedDeeper = (d: Draft) => numbered.filter((o) => o !== d && colOf(o) > colOf(d));
  const runsAcross = (d: Draft) => {
    const [a, b] = span(d);
    const deeper = numberedDeeper(d);
    const above = deeper.filter((o) => span(o)[1] <= a).sort((x, y) => span(y)[1] - span(x)[1])[0];
    const below = deeper.filter((o) => span(o)[0] >= b).sort((x, y) => span(x)[0] - span(y)[0])[0];
    return Boolean(above && below && colOf(above) === colOf(below) && !FIRST.test(below.segs[0]!.text));
  };
  const isLeaf = (d: Draft) => {
    const [a, b] = span(d);
    return !drafts.some((o) => o !== d && colOf(o) > colOf(d) && o.segs[0]!.page === d.segs[0]!.page && span(o)[0] < b && a < span(o)[1]) && !runsAcross(d);
  };
  const leaves = drafts.filter((d) => NUMBERED.test(d.segs[0]!.text) && isLeaf(d));
  const distance = (d: Draft, m: number) => Math.min(Math.abs(m - mid(d.segs[0]!)), Math.abs(m - mid(d.segs[d.segs.length - 1]!)), Math.abs(m - centreOf(d)));
  // A figure row is the row of the numbered label nearest it (but a shallower one, a category's
  // line fallen beside the figures, does not take it from a label on the figures' own line): in
  // a table of tall rows, a short row left blank lies within half a (median) row of the next
  // row's figures, whose own label is nearer them (tests/pdf/layout.property.test.ts).
  const onFigureRow = (d: Draft) =>
    figureMids.some(
      (m) =>
        (Math.abs(m - mid(d.segs[0]!)) <= size * 0.8 || Math.abs(m - mid(d.segs[d.segs.length - 1]!)) <= size * 0.8 || Math.abs(m - centreOf(d)) <= pitchRow * 0.45) &&
        !leaves.some((o) => o !== d && distance(o, m) < distance(d, m) && (colOf(o) >= colOf(d) || distance(d, m) > size * 0.8)),
    );
  const blankRows = leaves.filter((d) => !onFigureRow(d)).map(centreOf);
  const allRows = [...figureMids.map((m, fig) => ({ mid: m, fig })), ...blankRows.map((m) => ({ mid: m, fig: -1 }))].sort((a, b) => a.mid - b.mid);
  rowMids.splice(0, rowMids.length, ...allRows.map((r) => r.mid));

  interface Block {
    text: string;
    items: Placed[];
    row: number;
  }
  const sameLine = (a: number, b: number) => Math.abs(a - b) <= size * 0.8;
  // Top-aligned cells share their first line with the row's figures, bottom-aligned their last;
  // otherwise the label is centred on its row.
  const rowOf = (d: Draft) => {
    const first = mid(d.segs[0]!);
    const last = mid(d.segs[d.segs.length - 1]!);
    const top = rowMids.findIndex((m) => sameLine(m, first));
    if (top >= 0) return top;
    const bottom = rowMids.findIndex((m) => sameLine(m, last));
    if (bottom >= 0) return bottom;
    return nearestRow((first + last) / 2);
  };
  const blocks: Block[][] = Array.from({ length: k }, () => []);
  for (const d of drafts) {
    blocks[labelCol(d.segs[0]!.x)]!.push({ text: d.segs.map((s) => s.text).join(''), items: d.segs.flatMap((s) => s.items), row: rowOf(d) });
  }

  // own[r][c]: the label row r has itself in column c; group[c][r]: the cell spanning rows there.
  const own: (Block | null)[][] = allRows.map(() => Array.from({ length: k }, () => null));
  interface Span {
    start: number;
    end: number;
    blocks: Block[];
  }
  const spans: (Span | null)[][] = Array.from({ length: k }, () => allRows.map(() => null));
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
      const free = (i: number) => i >= 0 && i < allRows.length && deeper(i, c) && !own[i]![c] && !spans[c]![i];
      let start = r;
      while (!opens(start, c) && free(start - 1)) start--;
      let end = r;
      while (free(end + 1) && !opens(end + 1, c)) end++;
      const span: Span = { start, end, blocks: [block] };
      for (let i = start; i <= end; i++) spans[c]![i] = span;
    }
  }

  // Letter-spaced words (WPS justifies the lines of a header cell, Word's 分散对齐 spreads the
  // last one too) come as "维 持": a cell's text keeps no space between Chinese characters, or
  // section four's table, known by its 结果维持, goes unread (tests/pdf/layout.property.test.ts).
  const cell = (text: string, items: Placed[], rowSpan = 1, colSpan = 1): TableCell => ({ text: text.replace(CJK_SPACE, ''), rowSpan, colSpan, boxes: boxOf(items, offsets) });
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
    const cornerText = cornerItems.map((i) => i.text).join('');
    // Without a label column, the words over the columns (行政复议, 行政诉讼) get a row of their own.
    if (!k && cornerItems.length) out.push([cell(cornerText, cornerItems, 1, anchors.length)]);
    const cornerCell = k ? [cell(cornerText, cornerItems, 1, k)] : [];
    out.push([...cornerCell, ...headings.map((items) => cell(joinItems(items), items))]);
  }

  allRows.forEach(({ fig }, r) => {
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
    for (const items of fig >= 0 ? figures[fig]! : anchors.map(() => [])) cells.push(cell(items.map((i) => i.text).join(' '), items));
    out.push(cells);
  });
  return { rows: out, lines: used };
}
