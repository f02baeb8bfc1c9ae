import type { Grid } from '../grid/types';
import { isLabelText, parseCellValue, squash } from '../text/normalize';
import type { ReadCell, ReviewTable } from './types';

/**
 * Section four: the 15 figures sit in the row(s) under the headings. Rows without any label
 * and with at least one figure are the data; their cells are read in order.
 */
export function readReview(grid: Grid, t: number): ReviewTable {
  const cells: ReadCell[] = [];
  const notes: string[] = [];
  grid.rows.forEach((slots, r) => {
    const seen = new Set<number>();
    const row: ReadCell[] = [];
    let label = false;
    slots.forEach((cell, c) => {
      if (!cell || seen.has(cell.id)) return;
      seen.add(cell.id);
      // A cell spanning down from a heading row is part of the headings, not of this row.
      if (cell.row !== r) {
        if (isLabelText(cell.text)) return;
      }
      if (isLabelText(cell.text)) label = true;
      const v = parseCellValue(cell.text);
      const ref = { t, r, c };
      if (v.kind === 'number') row.push({ value: v.value, status: 'number', raw: squash(cell.text), ref });
      else if (v.kind === 'placeholder') row.push({ value: 0, status: 'placeholder', raw: v.raw, ref });
      else if (v.kind === 'blank') row.push({ value: null, status: 'blank', raw: '', ref });
      else row.push({ value: null, status: 'unparsed', raw: v.raw, ref });
    });
    if (label || !row.some((c) => c.status === 'number' || c.status === 'placeholder')) return;
    cells.push(...row);
  });
  while (cells.length > 15 && cells[cells.length - 1]!.status === 'blank') cells.pop();
  while (cells.length > 15 && cells[0]!.status === 'blank') cells.shift();
  if (cells.length !== 15) notes.push(`expected 15 figures, found ${cells.length}`);
  const fitted = cells.slice(0, 15);
  while (fitted.length < 15) fitted.push({ value: null, status: 'missing', raw: '', ref: null });
  return { values: fitted.map((c) => c.value), cells: fitted, notes };
}

/** Whether a table's text is the section-four table. */
export function looksLikeReviewTable(text: string): boolean {
  return text.includes('行政复议') && text.includes('行政诉讼');
}
