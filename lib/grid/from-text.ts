import type { Grid, GridCell } from './types';

/**
 * A grid from rows of cell texts (a text export has no spans). Columns carry no layout
 * meaning here, so readers must go by order, not position.
 */
export function gridFromRows(textRows: string[][]): Grid {
  const cells: GridCell[] = [];
  let width = 0;
  const rows = textRows.map((texts, r) => {
    width = Math.max(width, texts.length);
    return texts.map((text, c) => {
      const cell: GridCell = { id: cells.length, text, row: r, col: c, rowSpan: 1, colSpan: 1 };
      cells.push(cell);
      return cell;
    });
  });
  const padded = rows.map((slots) => {
    const out: (GridCell | null)[] = slots.slice();
    while (out.length < width) out.push(null);
    return out;
  });
  return { rows: padded, width, cells, issues: [], aligned: false };
}
