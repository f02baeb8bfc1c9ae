import { matchColumnHeader } from '../report/row-labels';
import { labelKey } from '../text/normalize';
import { joinItems, type Line, type Placed } from './lines';
import type { RowLine, RowMetrics } from './row-groups';
import { center, median } from './table-text';

/** The figure columns of a table, left to right. */
export interface Columns {
  /** Each column's centre. */
  anchors: number[];
  /** Where one column ends and the next begins: halfway between their centres. */
  borders: number[];
  /** Left of this, an item is a label; right of it, a figure. */
  leftBound: number;
}

/** The figure column an x falls in. */
export function columnAt(columns: Columns, x: number): number {
  let j = 0;
  while (j < columns.borders.length && x > columns.borders[j]!) j++;
  return j;
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

/**
 * Columns: the centres of the figures in the fullest rows, or the header's columns where it
 * names more (cells left blank print nothing); borders halfway between.
 */
export function tableColumns(rows: readonly RowLine[], header: readonly Line[], metrics: RowMetrics): Columns {
  const { size, figuresLeft } = metrics;
  const most = Math.max(...rows.map((r) => r.values.length));
  const full = rows.filter((r) => r.values.length === most);
  const figureAnchors = Array.from({ length: most }, (_, j) => median(full.map((r) => center(r.values[j]!))));
  const named = headerAnchors(header.flatMap((l) => l.items).filter((it) => center(it) > figuresLeft - size * 3));
  const anchors = named && named.length > most && named[0]! < figuresLeft + size * 6 ? named : figureAnchors;
  const borders = anchors.slice(1).map((a, j) => (a + anchors[j]!) / 2);
  const pitch = anchors.length > 1 ? (anchors[anchors.length - 1]! - anchors[0]!) / (anchors.length - 1) : size * 4;
  const leftBound = Math.min(anchors[0]! - pitch / 2, figuresLeft - size * 0.5);
  return { anchors, borders, leftBound };
}
