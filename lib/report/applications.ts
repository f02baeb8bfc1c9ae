import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type RowKey, type Template } from '../model/keys';
import type { Grid, GridCell } from '../grid/types';
import { isLabelText, parseCellValue, squash } from '../text/normalize';
import { isHeaderRow, matchColumnHeader, matchRowLabel } from './row-labels';
import type { ApplicationsTable, CellRef, ReadCell, ReadNote } from './types';

export interface TablePart {
  /** Index of this table among the page's tables (or text blocks). */
  t: number;
  grid: Grid;
}

interface RowRead {
  key: RowKey;
  cells: ReadCell[];
  ref: CellRef;
  note?: ReadNote;
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

function readRows(part: TablePart): { rows: RowRead[]; notes: ReadNote[]; byHeader: boolean } {
  const { grid, t } = part;
  const header = headerColumns(grid);
  const rows: RowRead[] = [];
  const notes: ReadNote[] = [];
  let byHeader = header !== null;
  grid.rows.forEach((slots, r) => {
    const cells = rowCells(slots);
    let lastLabel = -1;
    cells.forEach(({ cell }, i) => {
      if (isLabelText(cell.text)) lastLabel = i;
    });
    if (lastLabel < 0) return;
    const parts = cells.slice(0, lastLabel + 1).map(({ cell }) => cell.text).filter((s) => squash(s) !== '');
    const distinct = parts.filter((p, i) => parts.indexOf(p) === i);
    if (isHeaderRow(distinct)) return;
    const valueCells = cells.slice(lastLabel + 1);
    const labelCell = cells[lastLabel]!;
    const ref = { t, r, c: labelCell.col };
    const key = matchRowLabel(distinct);
    const values = valueCells.map(({ cell, col }) => readCell(cell, t, r, col));
    const hasFigure = values.some((v) => v.status === 'number' || v.status === 'placeholder');
    if (!key) {
      if (hasFigure) notes.push({ kind: 'unmatched-row', label: squash(distinct.join(' ')), raw: values.map((v) => v.raw), ref });
      return;
    }
    if (!hasFigure && values.length === 0) return;
    let read: ReadCell[];
    let note: ReadNote | undefined;
    // By header only when the row sits where the header says: no figure left of the first column.
    const aligned =
      header && valueCells[0] !== undefined && valueCells[0].col >= header[0]! && header.every((col) => valueCells.some((v) => v.col === col));
    if (header && aligned) {
      read = header.map((col) => readCell(slots[col] ?? null, t, r, col));
      const extra = values.filter((v) => v.ref && !header.includes(v.ref.c) && v.status !== 'blank');
      if (extra.length) {
        note = { kind: 'ragged-row', row: key, raw: values.map((v) => v.raw), expected: 7, found: values.length, ref, resolved: 'dropped' };
      }
    } else {
      if (header) byHeader = false;
      const fitted = fitSeven(values);
      read = fitted.cells;
      if (fitted.resolved) {
        const raw = fitted.printed.map((v) => v.raw);
        note = { kind: 'ragged-row', row: key, raw, expected: 7, found: raw.length, ref, resolved: fitted.resolved };
      }
    }
    rows.push({ key, cells: read, ref, note });
  });
  return { rows, notes, byHeader };
}

function chooseTemplate(keys: Set<RowKey>, year: number | null): Template {
  if (keys.has('other_overdue_correction') || keys.has('other_overdue_fee') || keys.has('other_misc')) return '2021';
  if (keys.has('other_handling')) return '2019';
  return year !== null && year < 2021 ? '2019' : '2021';
}

/** Reads section three from its table(s), in page order; null when no row of it is found. */
export function readApplications(parts: TablePart[], year: number | null): ApplicationsTable | null {
  const reads: RowRead[] = [];
  const notes: ReadNote[] = [];
  let byHeader = parts.length > 0;
  for (const part of parts) {
    const r = readRows(part);
    reads.push(...r.rows);
    notes.push(...r.notes);
    byHeader &&= r.byHeader;
    for (const issue of part.grid.issues) {
      if (issue.kind === 'too-large') notes.push({ kind: 'grid', t: part.t, issue: 'too-large' });
      else notes.push({ kind: 'grid', t: part.t, issue: issue.kind, row: issue.row, col: issue.col });
    }
  }
  if (reads.length === 0) return null;
  const template = chooseTemplate(new Set(reads.map((r) => r.key)), year);
  const wanted = TEMPLATE_ROWS[template];
  const table: ApplicationsTable = { template, rows: {}, cells: {}, labels: {}, notes: [], columns: byHeader ? 'header' : 'position' };
  for (const read of reads) {
    if (!wanted.includes(read.key)) {
      notes.push({ kind: 'unmatched-row', label: read.key, raw: read.cells.map((c) => c.raw), ref: read.ref });
      continue;
    }
    if (table.cells[read.key]) {
      notes.push({ kind: 'duplicate-row', row: read.key, ref: read.ref });
      continue;
    }
    table.cells[read.key] = read.cells;
    table.labels[read.key] = read.ref;
    if (read.note) notes.push(read.note);
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

