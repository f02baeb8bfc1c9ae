import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type RowKey } from '../model/keys';
import type { Grid, GridCell } from '../grid/types';
import { isLabelText, parseCellValue, squash } from '../text/normalize';
import { isHeaderRow, matchColumnHeader, matchRowLabel } from './row-labels';
import { placeByPrintedTemplate } from './row-structure';
import type { ApplicationsTable, CellRef, ReadCell, ReadNote } from './types';

export interface TablePart {
  /** Index of this table among the page's tables (or text blocks). */
  t: number;
  grid: Grid;
}

/** Distinct cells of one grid row, left to right, with the slot each starts at in this row. */
function rowCells(slots: (GridCell | null)[]): { cell: GridCell; col: number }[] {
  const out: { cell: GridCell; col: number }[] = [];
  let prev: GridCell | null = null;
  for (let c = 0; c < slots.length; c++) {
    const cell = slots[c];
    if (cell && cell !== prev) out.push({ cell, col: c });
    prev = cell ?? null;
  }
  return out;
}

/** Columns named by the header rows of an aligned grid, when all seven are found. */
function headerColumns(grid: Grid): number[] | null {
  if (!grid.aligned) return null;
  const found = new Map<ColKey, number>();
  for (const slots of grid.rows) {
    const cells = rowCells(slots);
    if (cells.some(({ cell }) => parseCellValue(cell.text).kind === 'number')) break;
    for (const { cell, col } of cells) {
      const key = matchColumnHeader(cell.text);
      // The first 总计 heading spans the header rows; 其他 only counts among the org columns.
      if (key && !found.has(key) && cell.colSpan === 1) found.set(key, col);
    }
  }
  const cols = COL_KEYS.map((k) => found.get(k));
  if (cols.some((c) => c === undefined)) return null;
  const sorted = cols as number[];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]! <= sorted[i - 1]!) return null;
  return sorted;
}

function readCell(cell: GridCell | null, t: number, r: number, c: number): ReadCell {
  if (!cell) return { value: null, status: 'missing', raw: '', ref: null };
  const read = parseCell(cell, t, r, c);
  return cell.ocr === undefined ? read : { ...read, read: 'ocr', confidence: cell.ocr };
}

function parseCell(cell: GridCell, t: number, r: number, c: number): ReadCell {
  const v = parseCellValue(cell.text);
  const ref = { t, r, c };
  switch (v.kind) {
    case 'number':
      return { value: v.value, status: 'number', raw: squash(cell.text), ref };
    case 'blank':
      return { value: null, status: 'blank', raw: '', ref };
    case 'placeholder':
      return { value: 0, status: 'placeholder', raw: v.raw, ref };
    case 'unparsed':
      return { value: null, status: 'unparsed', raw: v.raw, ref };
  }
}

const MISSING: ReadCell = { value: null, status: 'missing', raw: '', ref: null };

/**
 * Seven values from the cells right of the label. Extra blank cells at either end are the
 * editor's leftovers; extra numbers are a misprint we resolve by the row's own total and report.
 */
function fitSeven(values: ReadCell[]): { cells: ReadCell[]; resolved?: 'dropped' | 'missing'; printed: ReadCell[] } {
  const v = values.slice();
  while (v.length > 7 && v[v.length - 1]!.status === 'blank') v.pop();
  while (v.length > 7 && v[0]!.status === 'blank') v.shift();
  const printed = v.slice();
  if (v.length === 7) return { cells: v, printed };
  if (v.length < 7) {
    while (v.length < 7) v.push(MISSING);
    return { cells: v, resolved: 'missing', printed };
  }
  const total = v[v.length - 1]!;
  const head = v.slice(0, -1);
  if (head.length === 7) {
    // Keep the reading whose applicant cells add up to the printed total, dropping from the right.
    for (let drop = 6; drop >= 0; drop--) {
      const kept = head.filter((_, i) => i !== drop);
      if (sum(kept) === (total.value ?? 0)) return { cells: [...kept, total], resolved: 'dropped', printed };
    }
  }
  return { cells: [...head.slice(0, 6), total], resolved: 'dropped', printed };
}

function sum(cells: ReadCell[]): number {
  return cells.reduce((acc, c) => acc + (c.value ?? 0), 0);
}

/** A label misprinted down to its numbering (3. or (3)): still the row's label, not a figure. */
const NUMBERING_ONLY = /^\s*(?:[(（]?\d{1,2}[)）]?\s*[.．、]|[(（]\d{1,2}[)）])\s*$/;

/** A row of the table as printed: its label's key (null when the label names no row) and its cells. */
interface PrintedRow {
  key: RowKey | null;
  label: string;
  /** The label's own cell (the last part): what a row-by-position finding quotes. */
  leaf: string;
  cells: ReadCell[];
  ref: CellRef;
  /** A ragged reading, its row filled in once the row is placed. */
  ragged?: Omit<Extract<ReadNote, { kind: 'ragged-row' }>, 'row'>;
}

function readRows(part: TablePart): { rows: PrintedRow[]; notes: ReadNote[]; byHeader: boolean } {
  const { grid, t } = part;
  const header = headerColumns(grid);
  const rows: PrintedRow[] = [];
  const notes: ReadNote[] = [];
  let byHeader = header !== null;
  grid.rows.forEach((slots, r) => {
    const cells = rowCells(slots);
    let lastLabel = -1;
    cells.forEach(({ cell }, i) => {
      if (isLabelText(cell.text) || NUMBERING_ONLY.test(cell.text)) lastLabel = i;
    });
    const parts = cells
      .slice(0, lastLabel + 1)
      .map(({ cell }) => cell.text)
      .filter((s) => squash(s) !== '');
    const distinct = parts.filter((p, i) => parts.indexOf(p) === i);
    if (lastLabel >= 0 && isHeaderRow(distinct)) return;
    const valueCells = cells.slice(lastLabel + 1);
    const labelCell = cells[Math.max(0, lastLabel)];
    if (!labelCell) return;
    const ref = { t, r, c: labelCell.col };
    // A label spanning down from a row above is a group's, not this row's: the row has none of its own.
    const own = lastLabel >= 0 && labelCell.cell.row === r;
    const key = own ? matchRowLabel(distinct) : null;
    const values = valueCells.map(({ cell, col }) => readCell(cell, t, r, col));
    const hasFigure = values.some((v) => v.status === 'number' || v.status === 'placeholder');
    // A row with no label at all takes part only as seven figures (a text rebuild's unlabelled run).
    if (lastLabel < 0 && !(hasFigure && values.length === 7)) return;
    if (!key && !hasFigure) return;
    if (!hasFigure && values.length === 0) return;
    let read: ReadCell[];
    let ragged: PrintedRow['ragged'];
    // By header only when the row sits where the header says: no figure left of the first column.
    const aligned = header && valueCells[0] !== undefined && valueCells[0].col >= header[0]! && header.every((col) => valueCells.some((v) => v.col === col));
    if (header && aligned) {
      read = header.map((col) => readCell(slots[col] ?? null, t, r, col));
      const extra = values.filter((v) => v.ref && !header.includes(v.ref.c) && v.status !== 'blank');
      if (extra.length) ragged = { kind: 'ragged-row', raw: values.map((v) => v.raw), expected: 7, found: values.length, ref, resolved: 'dropped' };
    } else {
      if (header) byHeader = false;
      const fitted = fitSeven(values);
      read = fitted.cells;
      if (fitted.resolved) {
        const raw = fitted.printed.map((v) => v.raw);
        ragged = { kind: 'ragged-row', raw, expected: 7, found: raw.length, ref, resolved: fitted.resolved };
      }
    }
    if (grid.read) read = read.map((c) => (c.status === 'missing' ? c : { ...c, read: grid.read }));
    rows.push({ key, label: squash(distinct.join(' ')), leaf: squash(distinct[distinct.length - 1] ?? ''), cells: read, ref, ragged });
  });
  return { rows, notes, byHeader };
}

/**
 * Reads section three from its table(s), in page order; null when no row of it is found. Rows
 * are placed by label, else by structure (lib/report/row-structure.ts); `hints` are rows whose
 * labels the page prints away from their figures (a text rebuild), evidence of the template.
 */
export function readApplications(parts: TablePart[], year: number | null, hints: RowKey[] = []): ApplicationsTable | null {
  const printed: PrintedRow[] = [];
  const notes: ReadNote[] = [];
  let byHeader = parts.length > 0;
  for (const part of parts) {
    const r = readRows(part);
    printed.push(...r.rows);
    notes.push(...r.notes);
    byHeader &&= r.byHeader;
    for (const issue of part.grid.issues) {
      if (issue.kind === 'too-large') notes.push({ kind: 'grid', t: part.t, issue: 'too-large' });
      else notes.push({ kind: 'grid', t: part.t, issue: issue.kind, row: issue.row, col: issue.col });
    }
  }
  if (!printed.some((p) => p.key)) return null;
  const placement = placeByPrintedTemplate(printed, hints, year);
  const { template } = placement;
  const wanted = TEMPLATE_ROWS[template];
  const table: ApplicationsTable = { template, rows: {}, cells: {}, labels: {}, notes: [], columns: byHeader ? 'header' : 'position' };
  printed.forEach((row, i) => {
    const key = placement.keys[i];
    if (placement.duplicates.includes(i)) {
      notes.push({ kind: 'duplicate-row', row: row.key!, ref: row.ref });
      return;
    }
    if (!key) {
      // A row of the other template, or a label that names nothing and has no place of its own.
      notes.push({ kind: 'unmatched-row', label: row.key ?? row.label, raw: row.cells.map((c) => c.raw), ref: row.ref });
      return;
    }
    let cells = row.cells;
    if (placement.by[i] === 'structure') {
      // An OCR reading stays one (with its confidence): that is the weaker of the two.
      cells = cells.map((c) => (c.status === 'missing' || c.read === 'ocr' ? c : { ...c, read: 'structure' }));
      notes.push({ kind: 'row-by-position', row: key, label: row.leaf, ref: row.ref });
    }
    table.cells[key] = cells;
    table.labels[key] = row.ref;
    if (row.ragged) notes.push({ ...row.ragged, row: key });
  });
  for (const { index, other } of placement.outOfOrder) {
    const key = placement.keys[index]!;
    notes.push({ kind: 'row-order', row: key, other, ref: printed[index]!.ref });
  }
  for (const key of wanted) {
    if (!table.cells[key]) {
      table.cells[key] = COL_KEYS.map(() => MISSING);
      notes.push({ kind: 'missing-row', row: key });
    }
    table.rows[key] = table.cells[key]!.map((c) => c.value);
  }
  table.notes = notes;
  return table;
}
