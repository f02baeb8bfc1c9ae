import type { ColKey, RowKey, Template } from '../model/keys';

/** Where a cell sits: table `t` of the page's tables (or text block), grid slot (r, c). */
export interface CellRef {
  t: number;
  r: number;
  c: number;
}

export type CellStatus = 'number' | 'blank' | 'placeholder' | 'unparsed' | 'missing';

export interface ReadCell {
  value: number | null;
  status: CellStatus;
  /** The printed text, white space squashed. */
  raw: string;
  ref: CellRef | null;
  /** Read with less than full confidence: the row taken by its place, or the table rebuilt from text. */
  read?: 'structure' | 'text' | 'ocr';
  /** For a cell read by OCR: how sure the reading is, 0–1. */
  confidence?: number;
}

/** Things the reader noticed while reading the table; checks turn them into findings. */
export type ReadNote =
  | { kind: 'missing-row'; row: RowKey }
  | { kind: 'unmatched-row'; label: string; raw: string[]; ref: CellRef }
  | { kind: 'duplicate-row'; row: RowKey; ref: CellRef }
  | { kind: 'ragged-row'; row: RowKey; raw: string[]; expected: number; found: number; ref: CellRef; resolved: 'dropped' | 'missing' }
  | { kind: 'grid'; t: number; issue: string; row?: number; col?: number }
  /** A row whose label names no row, read as the template's row at its place. */
  | { kind: 'row-by-position'; row: RowKey; label: string; ref: CellRef }
  /** Two rows whose labels are printed in the opposite order to the template's. */
  | { kind: 'row-order'; row: RowKey; other: RowKey; ref: CellRef }
  /** Text whose layout could not be rebuilt into the table with confidence. */
  | { kind: 'text-unreliable'; reasons: string[] };

export interface ApplicationsTable {
  template: Template;
  /** Every row key of the template, seven values each (null = blank, missing or unparsed). */
  rows: Partial<Record<RowKey, (number | null)[]>>;
  cells: Partial<Record<RowKey, ReadCell[]>>;
  /** Where each row's label was read. */
  labels: Partial<Record<RowKey, CellRef>>;
  notes: ReadNote[];
  /** How the columns were mapped: by the header cells, or by position. */
  columns: 'header' | 'position';
  /** False when the table was rebuilt from text that could not be read with confidence: no arithmetic is built on it. */
  reliable?: boolean;
}

export interface ReviewTable {
  values: (number | null)[];
  cells: ReadCell[];
  notes: string[];
}

export type { ColKey, RowKey, Template };
