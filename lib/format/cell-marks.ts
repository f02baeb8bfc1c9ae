import type { Lang, Severity } from '../model/finding';
import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type RowKey, type Template } from '../model/keys';
import type { AuditResult } from '../model/schema';

/**
 * The section-three table as read, with the mark each cell carries — as the panel's table marks
 * it: the strongest severity among the findings that point at the cell, and the likeliest
 * misprint (a suspect-cell cause) always an error, shown with what it should be. Shared by the
 * HTML report and the table image, which print a glyph with each mark so grey print keeps it.
 */
export interface MarkedCell {
  row: RowKey;
  col: ColKey;
  value: number | null;
  mark: Severity | null;
  /** The likeliest misprint: what it should be. */
  suspect: { expected: number | null } | null;
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

export function markedRows(result: AuditResult): { template: Template; rows: { row: RowKey; cells: MarkedCell[] }[] } | null {
  const table = result.tables.applications;
  if (!table) return null;
  const template: Template = result.report?.template ?? ('other_handling' in table.rows ? '2019' : '2021');
  const marks = new Map<string, Severity>();
  for (const f of result.findings) {
    for (const c of f.cells ?? []) {
      const key = `${c.row}|${c.col}`;
      const prev = marks.get(key);
      if (!prev || RANK[f.severity] > RANK[prev]) marks.set(key, f.severity);
    }
  }
  const suspects = new Map<string, number | null>();
  for (const c of result.causes ?? []) {
    if (c.kind !== 'suspect-cell') continue;
    for (const cell of c.cells) {
      suspects.set(`${cell.row}|${cell.col}`, c.expected ?? null);
      marks.set(`${cell.row}|${cell.col}`, 'error');
    }
  }
  const rows = TEMPLATE_ROWS[template].map((row) => ({
    row,
    cells: COL_KEYS.map((col, i) => {
      const key = `${row}|${col}`;
      return {
        row,
        col,
        value: table.rows[row]?.[i] ?? null,
        mark: marks.get(key) ?? null,
        suspect: suspects.has(key) ? { expected: suspects.get(key)! } : null,
      };
    }),
  }));
  return { template, rows };
}

/** "◆ 25 → 22", "✗ 22", "! —", "—", "22": a cell's text with its mark, readable without colour. */
export function markedText(cell: MarkedCell, lang: Lang): string {
  const v = cell.value === null ? '—' : String(cell.value);
  if (cell.suspect) return `◆ ${v} → ${cell.suspect.expected ?? (lang === 'en' ? '?' : '？')}`;
  if (cell.mark === 'error') return `✗ ${v}`;
  if (cell.mark === 'warning') return `! ${v}`;
  return v;
}
