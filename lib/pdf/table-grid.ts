import { matchColumnHeader } from '../report/row-labels';
import { joinItems, type Line, type Placed } from './lines';
import type { LabelCells } from './label-spans';
import type { TableRow } from './label-rows';
import { columnAt, type Columns } from './table-columns';
import { center } from './table-text';
import type { PdfBox } from './types';

/** One cell of a rebuilt table, spans as in HTML, with where its text was printed. */
export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  boxes: PdfBox[];
}

/** What the grid is assembled from: the other phases' results. */
export interface GridParts {
  header: readonly Line[];
  columns: Columns;
  /** Label columns. */
  k: number;
  rows: readonly TableRow[];
  /** figures[fig][column], as placed. */
  figures: readonly Placed[][][];
  labels: LabelCells;
  /** Each page's top, document-wide. */
  offsets: Map<number, number>;
}

const CJK_SPACE = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;

function boxOf(items: readonly Placed[], offsets: Map<number, number>): PdfBox[] {
  const byPage = new Map<number, [number, number, number, number]>();
  for (const item of items) {
    const offset = offsets.get(item.page) ?? 0;
    const top = item.gy - offset - item.size;
    const b = byPage.get(item.page);
    if (!b) byPage.set(item.page, [item.x, top, item.x + item.w, top + item.size * 1.2]);
    else byPage.set(item.page, [Math.min(b[0], item.x), Math.min(b[1], top), Math.max(b[2], item.x + item.w), Math.max(b[3], top + item.size * 1.2)]);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return [...byPage].map(([page, [x0, y0, x1, y1]]) => ({ page, box: [round(x0), round(y0), round(x1 - x0), round(y1 - y0)] }));
}

/** The table as HTML would have it: a header row, then each row's label cells and figures. */
export function assembleGrid({ header, columns, k, rows, figures, labels, offsets }: GridParts): TableCell[][] {
  const { anchors, leftBound } = columns;
  const { own, spans } = labels;
  // Letter-spaced words (WPS justifies the lines of a header cell, Word's 分散对齐 spreads the
  // last one too) come as "维 持": a cell's text keeps no space between Chinese characters, or
  // section four's table, known by its 结果维持, goes unread (tests/pdf/layout.property.test.ts).
  const cell = (text: string, items: Placed[], rowSpan = 1, colSpan = 1): TableCell => ({
    text: text.replace(CJK_SPACE, ''),
    rowSpan,
    colSpan,
    boxes: boxOf(items, offsets),
  });
  const out: TableCell[][] = [];

  // Header row: the label corner, then each column's own heading (the lowest words that name it).
  if (header.length) {
    const corner: Placed[] = [];
    const byCol: Placed[][] = anchors.map(() => []);
    for (const line of header) for (const item of line.items) (center(item) < leftBound ? corner : byCol[columnAt(columns, center(item))]!).push(item);
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

  rows.forEach(({ fig }, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < k; c++) {
      const span = spans[c]![r];
      if (span) {
        if (span.start === r) {
          const items = span.labels.flatMap((b) => b.items);
          cells.push(cell(span.labels.map((b) => b.text).join(''), items, span.end - span.start + 1));
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
  return out;
}
