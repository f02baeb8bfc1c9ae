import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type RowKey } from '../model/keys';
import type { AuditResult } from '../model/schema';

/** One cell where a report's page and its attachment print different figures. */
export interface VersionDifference {
  row: RowKey;
  col: ColKey;
  page: number | null;
  attachment: number | null;
}

/**
 * Section three of a report's page against the same report's attachment (PDF or Word): portals
 * often post both, and they do not always agree. Null when either has no table to compare.
 */
export function compareVersions(page: AuditResult, attachment: AuditResult): VersionDifference[] | null {
  const a = page.tables.applications?.rows;
  const b = attachment.tables.applications?.rows;
  const template = page.report?.template ?? attachment.report?.template;
  if (!a || !b || !template) return null;
  const out: VersionDifference[] = [];
  for (const row of TEMPLATE_ROWS[template]) {
    COL_KEYS.forEach((col, i) => {
      const x = a[row]?.[i] ?? null;
      const y = b[row]?.[i] ?? null;
      if (x !== y) out.push({ row, col, page: x, attachment: y });
    });
  }
  return out;
}
