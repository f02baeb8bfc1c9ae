import { COL_KEYS, TEMPLATE_ROWS } from '../model/keys';
import type { CheckInput } from '../checks/types';
import type { Finding, FindingCell } from '../model/finding';
import type { CellStatus } from './types';
import { withRead } from './identity-findings';
import { REVIEW_GROUP_KEYS, REVIEW_ITEM_KEYS } from './review-findings';

/**
 * One finding per table naming every cell of the given status: a portal that leaves whole
 * columns blank would otherwise bury the errors under a warning per row.
 */
export function cellStatusFindings(input: CheckInput, check: string, status: CellStatus): Finding[] {
  const out: Finding[] = [];
  const table = input.applications;
  if (table) {
    const rows = TEMPLATE_ROWS[table.template];
    const hits: FindingCell[] = [];
    for (const row of rows) {
      (table.cells[row] ?? []).forEach((c, i) => {
        if (c.status === status) hits.push(withRead({ row, col: COL_KEYS[i]!, ref: c.ref, raw: c.raw || undefined }, c.read));
      });
    }
    const wholeColumns = COL_KEYS.filter((col) => hits.filter((h) => h.col === col).length === rows.length);
    if (hits.length) {
      out.push({ check, severity: 'warning', at: { section: 'applications' }, cells: hits, data: { count: hits.length, wholeColumns } });
    }
  }
  const review = input.review;
  if (review) {
    const hits: FindingCell[] = [];
    review.cells.forEach((c, i) => {
      if (c.status === status) {
        hits.push({ row: REVIEW_GROUP_KEYS[Math.floor(i / 5)]!, col: REVIEW_ITEM_KEYS[i % 5]!, ref: c.ref, raw: c.raw || undefined });
      }
    });
    if (hits.length) out.push({ check, severity: 'warning', at: { section: 'review' }, cells: hits, data: { count: hits.length } });
  }
  return out;
}
