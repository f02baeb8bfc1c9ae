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

const COL_INDEX: ReadonlyMap<string, number> = new Map(COL_KEYS.map((c, i): [string, number] => [c, i]));

/** A cell's value for arithmetic: blank, missing and unparsed count as 0 (SPEC.md §2). */
export function valueOf(table: ApplicationsTable, cell: CellKey): number {
  const col = COL_INDEX.get(cell.col);
  return col === undefined ? 0 : (table.rows[cell.row]?.[col] ?? 0);
}

/** A template's identities, and for each cell those through it (in the identities' order). */
export interface IdentityIndex {
  ids: readonly Identity[];
  /** Each identity's place in `ids`. */
  place: ReadonlyMap<Identity, number>;
  through(cell: CellKey): readonly Identity[];
  /** Whether `cell` is on the identity's left side. */
  onLeft(id: Identity, cell: CellKey): boolean;
}

const cellKey = (c: CellKey) => `${c.row}|${c.col}`;
const INDEXES = new Map<ApplicationsTable['template'], IdentityIndex>();

/**
 * Built once per template (the identities depend on nothing else): the suspect search asks, for
 * each cell of a failing identity, which identities pass through it — a scan of every identity's
 * every cell per question before (issue 18).
 */
export function identityIndex(template: ApplicationsTable['template']): IdentityIndex {
  let index = INDEXES.get(template);
  if (index) return index;
  const ids = tableIdentities({ template } as ApplicationsTable);
  const byCell = new Map<string, Identity[]>();
  const left = new Map<Identity, Set<string>>();
  for (const id of ids) {
    left.set(id, new Set(id.left.map(cellKey)));
    for (const c of [...id.left, ...id.right]) {
      const list = byCell.get(cellKey(c)) ?? [];
      if (list[list.length - 1] !== id) list.push(id);
      byCell.set(cellKey(c), list);
    }
  }
  index = {
    ids,
    place: new Map(ids.map((id, i): [Identity, number] => [id, i])),
    through: (cell) => byCell.get(cellKey(cell)) ?? [],
    onLeft: (id, cell) => left.get(id)?.has(cellKey(cell)) ?? false,
  };
  INDEXES.set(template, index);
  return index;
}

/** The cells of the failing identities, each once, in the order they first appear. */
export function failingCells(failing: readonly Identity[]): CellKey[] {
  const seen = new Set<string>();
  const out: CellKey[] = [];
  for (const id of failing) {
    for (const c of [...id.left, ...id.right]) {
      const key = cellKey(c);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
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

/** A confidence as a whole percentage, rounded down: a doubtful reading (0.896) never shows as the threshold's 90 %. */
export function confidencePercent(confidence: number): number {
  return Math.floor(confidence * 100 + 1e-9);
}

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
