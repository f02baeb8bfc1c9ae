/** A table with its spans resolved: every covered slot points at the cell that covers it. */
export interface GridCell {
  /** Index of the source cell (its `<td>` for DOM grids, its position in the text for text grids). */
  id: number;
  text: string;
  /** Top-left slot of the source cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Read by OCR, with this confidence (0–1): the cell's `data-ocr`. */
  ocr?: number;
}

export type GridIssue =
  | { kind: 'overlap'; row: number; col: number }
  | { kind: 'span-capped'; row: number; col: number; requested: number; used: number }
  | { kind: 'too-large'; rows: number; cols: number };

export interface Grid {
  /** rows[r][c]: the cell covering slot (r, c), or null where a short row leaves it uncovered. */
  rows: (GridCell | null)[][];
  width: number;
  /** Source cells by id. */
  cells: GridCell[];
  issues: GridIssue[];
  /** Whether columns follow the page's layout (DOM) or only the order of the text (plain text). */
  aligned: boolean;
  /** Set when the rows were rebuilt from text laid out for the eye (a PDF tool's), not cut at cell boundaries. */
  read?: 'text';
}

/** Caps that keep a hostile table from costing more than a real one. */
export const GRID_LIMITS = {
  maxRows: 2000,
  maxCols: 64,
  maxColSpan: 64,
  maxRowSpan: 2000,
} as const;
