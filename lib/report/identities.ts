import { APPLICANT_COLS, COL_KEYS, RESULT_ROWS, TEMPLATE_ROWS, type ColKey, type RowKey } from '../model/keys';
import type { ApplicationsTable, ReadCell } from './types';

export interface CellKey {
  row: RowKey;
  col: ColKey;
}

/** An identity of the table: the cells on the left add up to the cells on the right. */
export interface Identity {
  check: 'row-total' | 'results-total' | 'balance';
  at: { row?: RowKey; col?: ColKey };
  left: CellKey[];
  right: CellKey[];
}

export function tableIdentities(table: ApplicationsTable): Identity[] {
  const out: Identity[] = [];
  for (const row of TEMPLATE_ROWS[table.template]) {
    out.push({
      check: 'row-total',
      at: { row },
      left: APPLICANT_COLS.map((col) => ({ row, col })),
      right: [{ row, col: 'total' }],
    });
  }
  for (const col of COL_KEYS) {
    out.push({
      check: 'results-total',
      at: { col },
      left: RESULT_ROWS[table.template].map((row) => ({ row, col })),
      right: [{ row: 'results_total', col }],
    });
  }
  for (const col of COL_KEYS) {
    out.push({
      check: 'balance',
      at: { col },
      left: [
        { row: 'new_received', col },
        { row: 'carried_over', col },
      ],
      right: [
        { row: 'results_total', col },
        { row: 'carried_forward', col },
      ],
    });
  }
  return out;
}

/** A cell's value for arithmetic: blank, missing and unparsed count as 0 (SPEC.md §2). */
export function valueOf(table: ApplicationsTable, cell: CellKey): number {
  return table.rows[cell.row]?.[COL_KEYS.indexOf(cell.col)] ?? 0;
}

export function sides(table: ApplicationsTable, id: Identity): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const c of id.left) left += valueOf(table, c);
  for (const c of id.right) right += valueOf(table, c);
  return { left, right };
}

export function holds(table: ApplicationsTable, id: Identity): boolean {
  const s = sides(table, id);
  return s.left === s.right;
}

export function sameCell(a: CellKey, b: CellKey): boolean {
  return a.row === b.row && a.col === b.col;
}

/** Below this an OCR reading is doubtful: said as `ocr-uncertain`, never built into an error. */
export const OCR_SURE = 0.9;

/** A cell read by OCR with less than OCR_SURE confidence. */
export function doubtful(cell: ReadCell | undefined): boolean {
  return cell?.read === 'ocr' && (cell.confidence ?? 0) < OCR_SURE;
}

export function cellOf(table: ApplicationsTable, cell: CellKey): ReadCell | undefined {
  return table.cells[cell.row]?.[COL_KEYS.indexOf(cell.col)];
}

/**
 * An identity through a doubtful OCR cell: whether it holds says nothing sure about the report,
 * so a failure is reported by `ocr-uncertain` (a warning) instead of as an error.
 */
export function uncertain(table: ApplicationsTable, id: Identity): boolean {
  return [...id.left, ...id.right].some((c) => doubtful(cellOf(table, c)));
}
