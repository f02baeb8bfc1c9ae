import type { Line, Placed } from './lines';
import type { RowLine } from './row-groups';
import { columnAt, type Columns } from './table-columns';
import { center, isNumber, isValue, median, mid, segments, type Segment } from './table-text';

/** A piece of label text; `rowLine` when it sits on a line with figures. */
export interface LabelSegment extends Segment {
  rowLine: boolean;
}

/** A table's items sorted out: figures into rows and columns, the rest into label pieces. */
export interface Placement {
  /** The rows with figures, top down: the group's, and lines inside the table with fewer figures. */
  rows: RowLine[];
  /** Each row's middle. */
  mids: number[];
  /** figures[row][column]: the items printed in that cell. */
  figures: Placed[][][];
  /** The label pieces left of the figures, top down and left to right. */
  labels: LabelSegment[];
}

export function placeItems(groupRows: readonly RowLine[], body: readonly Line[], columns: Columns): Placement {
  const { leftBound } = columns;
  const rows = groupRows.slice();
  const rowLines = new Set(rows.map((r) => r.line));
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

  // Label cells: segments left of the figures.
  const labels: LabelSegment[] = [];
  const figures: Placed[][][] = rows.map(() => columns.anchors.map(() => []));
  for (const line of body) {
    const r = rowLines.has(line) ? rows.findIndex((row) => row.line === line) : -1;
    const left: Placed[] = [];
    for (const item of line.items) {
      if (center(item) < leftBound) left.push(item);
      else if (r >= 0) figures[r]![columnAt(columns, center(item))]!.push(item);
    }
    labels.push(...segments(left).map((seg) => ({ ...seg, rowLine: r >= 0 })));
  }
  labels.sort((a, b) => a.gy - b.gy || a.x - b.x);
  return { rows, mids: rows.map((r) => median(r.values.map(mid))), figures, labels };
}
