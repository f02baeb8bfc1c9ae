import type { Placed } from './lines';
import type { LabelBlock } from './label-blocks';
import { FIRST, median, mid, NUMBERED } from './table-text';

/** A row of the rebuilt table: its middle, and which row of figures it is (-1: a row left blank). */
export interface TableRow {
  mid: number;
  fig: number;
}

/** A label block, its text joined, given the row it belongs to. */
export interface RowLabel {
  text: string;
  items: Placed[];
  row: number;
}

/** The table's rows, and its labels by label column (left to right) and row. */
export interface LabelRows {
  /** Top down: the rows with figures and the rows left blank. */
  rows: TableRow[];
  /** Where each label column starts; none in a table of figures only (section four's). */
  colStarts: number[];
  /** labels[column]: that column's labels, each with its row. */
  labels: RowLabel[][];
}

/**
 * Sorts the label blocks into columns and rows. Columns start where numbered labels (一、 （一）
 * 1.) start; other labels fall into them. A numbered label that no row of figures claims is a
 * row left blank. `figureMids` are the middles of the rows with figures, top down.
 */
export function labelRows(blocks: readonly LabelBlock[], figureMids: readonly number[], size: number, pitchY: number): LabelRows {
  const numbered = blocks.filter((d) => NUMBERED.test(d.segs[0]!.text));
  const xs = [...new Set((numbered.length >= 2 ? numbered : blocks).map((d) => Math.round(d.segs[0]!.x)))].sort((a, b) => a - b);
  const colStarts: number[] = [];
  for (const x of xs) if (!colStarts.length || x - (colStarts[colStarts.length - 1] ?? 0) > size * 1.8) colStarts.push(x);
  const labelCol = (x: number) => {
    let c = 0;
    while (c + 1 < colStarts.length && x >= colStarts[c + 1]! - size * 0.9) c++;
    return c;
  };

  // A row left blank prints no figures, only its label: a label with no deeper label beside it
  // and no figures on its line is a row of its own.
  const colOf = (d: LabelBlock) => labelCol(d.segs[0]!.x);
  const firstMid = (d: LabelBlock) => mid(d.segs[0]!);
  const lastMid = (d: LabelBlock) => mid(d.segs[d.segs.length - 1]!);
  const span = (d: LabelBlock): [number, number] => [firstMid(d) - size * 0.6, lastMid(d) + size * 0.6];
  const centreOf = (d: LabelBlock) => (firstMid(d) + lastMid(d)) / 2;
  const leafGaps = numbered
    .map(firstMid)
    .sort((a, b) => a - b)
    .map((m, i, all) => (i ? m - all[i - 1]! : 0))
    .filter((g) => g > size && g < size * 12);
  const pitchRow = Math.min(pitchY, leafGaps.length ? median(leafGaps) : pitchY);
  // A category centred over an even number of rows falls between two of its own rows' labels,
  // overlapping neither (4.保护第三方… / （三）不予公开 / 5.属于三类…): the deeper numbering
  // running on across it (4. above, 5. below, not a new 1.) says it heads them, not a row of its
  // own (fast-check seed 263542646, tests/pdf/layout.regressions.test.ts).
  const numberedDeeper = (d: LabelBlock) => numbered.filter((o) => o !== d && colOf(o) > colOf(d));
  const runsAcross = (d: LabelBlock) => {
    const [a, b] = span(d);
    const deeper = numberedDeeper(d);
    const above = deeper.filter((o) => span(o)[1] <= a).sort((x, y) => span(y)[1] - span(x)[1])[0];
    const below = deeper.filter((o) => span(o)[0] >= b).sort((x, y) => span(x)[0] - span(y)[0])[0];
    return Boolean(above && below && colOf(above) === colOf(below) && !FIRST.test(below.segs[0]!.text));
  };
  const isLeaf = (d: LabelBlock) => {
    const [a, b] = span(d);
    return !blocks.some((o) => o !== d && colOf(o) > colOf(d) && o.segs[0]!.page === d.segs[0]!.page && span(o)[0] < b && a < span(o)[1]) && !runsAcross(d);
  };
  const leaves = blocks.filter((d) => NUMBERED.test(d.segs[0]!.text) && isLeaf(d));
  const distance = (d: LabelBlock, m: number) => Math.min(Math.abs(m - firstMid(d)), Math.abs(m - lastMid(d)), Math.abs(m - centreOf(d)));
  // A figure row is the row of the numbered label nearest it (but a shallower one, a category's
  // line fallen beside the figures, does not take it from a label on the figures' own line): in
  // a table of tall rows, a short row left blank lies within half a (median) row of the next
  // row's figures, whose own label is nearer them (tests/pdf/layout.property.test.ts).
  const onFigureRow = (d: LabelBlock) =>
    figureMids.some(
      (m) =>
        (Math.abs(m - firstMid(d)) <= size * 0.8 || Math.abs(m - lastMid(d)) <= size * 0.8 || Math.abs(m - centreOf(d)) <= pitchRow * 0.45) &&
        !leaves.some((o) => o !== d && distance(o, m) < distance(d, m) && (colOf(o) >= colOf(d) || distance(d, m) > size * 0.8)),
    );
  const blankRows = leaves.filter((d) => !onFigureRow(d)).map(centreOf);
  const rows = [...figureMids.map((m, fig) => ({ mid: m, fig })), ...blankRows.map((m) => ({ mid: m, fig: -1 }))].sort((a, b) => a.mid - b.mid);
  const rowMids = rows.map((r) => r.mid);

  const sameLine = (a: number, b: number) => Math.abs(a - b) <= size * 0.8;
  const nearestRow = (y: number) => {
    let best = 0;
    for (let i = 1; i < rowMids.length; i++) if (Math.abs(rowMids[i]! - y) < Math.abs(rowMids[best]! - y)) best = i;
    return best;
  };
  // Top-aligned cells share their first line with the row's figures, bottom-aligned their last;
  // otherwise the label is centred on its row.
  const rowOf = (d: LabelBlock) => {
    const top = rowMids.findIndex((m) => sameLine(m, firstMid(d)));
    if (top >= 0) return top;
    const bottom = rowMids.findIndex((m) => sameLine(m, lastMid(d)));
    if (bottom >= 0) return bottom;
    return nearestRow(centreOf(d));
  };
  const labels: RowLabel[][] = colStarts.map(() => []);
  for (const d of blocks)
    labels[labelCol(d.segs[0]!.x)]!.push({ text: d.segs.map((s) => s.text).join(''), items: d.segs.flatMap((s) => s.items), row: rowOf(d) });
  return { rows, colStarts, labels };
}
