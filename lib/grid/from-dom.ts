import { GRID_LIMITS, type Grid, type GridCell, type GridIssue } from './types';

export interface DomGrid extends Grid {
  /** The page's cell for each grid cell id: the content script marks these. */
  elements: HTMLTableCellElement[];
}

/**
 * Expands one table's rowspan/colspan. Reads `table.rows` and `row.cells` only, so the cells of
 * nested tables never leak into this one.
 */
export function gridFromTable(table: HTMLTableElement, limits = GRID_LIMITS): DomGrid {
  const issues: GridIssue[] = [];
  const domRows = table.rows;
  const rowCount = Math.min(domRows.length, limits.maxRows);
  if (domRows.length > limits.maxRows) issues.push({ kind: 'too-large', rows: domRows.length, cols: 0 });
  const rows: (GridCell | null)[][] = Array.from({ length: rowCount }, () => []);
  const cells: GridCell[] = [];
  const elements: HTMLTableCellElement[] = [];
  let width = 0;
  let truncatedCols = false;

  for (let r = 0; r < rowCount; r++) {
    const slots = rows[r]!;
    let c = 0;
    const domCells = domRows[r]!.cells;
    for (let i = 0; i < domCells.length; i++) {
      const el = domCells[i]!;
      while (slots[c]) c++;
      if (c >= limits.maxCols) {
        truncatedCols = true;
        break;
      }
      const colSpan = capSpan(el.colSpan, limits.maxColSpan, Math.max(1, limits.maxCols - c), r, c, issues);
      const rowsLeft = rowCount - r;
      // rowspan=0 means "to the end of the table section"; the table's end is close enough.
      const requestedRows = el.rowSpan === 0 ? rowsLeft : el.rowSpan;
      const rowSpan = capSpan(requestedRows, limits.maxRowSpan, rowsLeft, r, c, issues);
      const cell: GridCell = { id: cells.length, text: el.textContent ?? '', row: r, col: c, rowSpan, colSpan };
      const ocr = el.getAttribute('data-ocr');
      if (ocr !== null && Number.isFinite(Number(ocr))) cell.ocr = Math.min(1, Math.max(0, Number(ocr)));
      cells.push(cell);
      elements.push(el);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = rows[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) {
          if (target[c + dc]) issues.push({ kind: 'overlap', row: r + dr, col: c + dc });
          else target[c + dc] = cell;
        }
      }
      c += colSpan;
      if (c > width) width = c;
    }
  }
  if (truncatedCols) issues.push({ kind: 'too-large', rows: domRows.length, cols: limits.maxCols });
  for (const slots of rows) {
    for (let c = 0; c < width; c++) if (!slots[c]) slots[c] = null;
  }
  return { rows, width, cells, issues, aligned: true, elements };
}

function capSpan(requested: number, max: number, room: number, row: number, col: number, issues: GridIssue[]): number {
  const wanted = Number.isFinite(requested) && requested >= 1 ? Math.floor(requested) : 1;
  // A rowspan running past the table's end is common in Word pastes and harmless; only a cap
  // that cuts a span short of the table is worth reporting.
  if (wanted > max) issues.push({ kind: 'span-capped', row, col, requested: wanted, used: Math.min(max, room) });
  return Math.min(wanted, max, room);
}
