import type { Lang } from '../model/finding';
import { rowName } from '../i18n/words';
import { COL_KEYS, COL_LABELS, REVIEW_GROUPS, REVIEW_ITEMS, TEMPLATE_ROWS, type Template } from '../model/keys';
import type { AuditResult } from '../model/schema';
import { numberText } from './finding-fields';

function label(l: { zh: string; en: string }, lang: Lang): string {
  return lang === 'en' ? l.en : l.zh;
}

/** The report's own template; failing that, the 2019 table is the one with a single 其他处理 row. */
function templateOf(result: AuditResult, rows: Record<string, unknown>): Template {
  return result.report?.template ?? ('other_handling' in rows ? '2019' : '2021');
}

/**
 * Section three as Gouji read it: a header, then every row of the template in order, blanks as
 * empty strings (blank is not zero). Empty when no table was read, so callers show nothing.
 */
export function extractedTableRows(result: AuditResult, lang: Lang): string[][] {
  const table = result.tables.applications;
  if (!table) return [];
  const keys: string[] = [...TEMPLATE_ROWS[templateOf(result, table.rows)]];
  // Rows outside the template are still what was read; hiding them would hide a problem.
  for (const key of Object.keys(table.rows)) if (!keys.includes(key)) keys.push(key);
  const header = [lang === 'en' ? 'Row' : '行', ...COL_KEYS.map((c) => label(COL_LABELS[c], lang))];
  const body = keys.map((key) => {
    const values = table.rows[key];
    return [rowName(key, lang), ...COL_KEYS.map((_, i) => numberText(values?.[i]))];
  });
  return [header, ...body];
}

/** Section four the same way: one row per group (复议, 直接起诉, 复议后起诉), five figures each. */
export function extractedReviewRows(result: AuditResult, lang: Lang): string[][] {
  const review = result.tables.reviewLitigation;
  if (!review) return [];
  const header = [lang === 'en' ? 'Case' : '项目', ...REVIEW_ITEMS.map((item) => label(item, lang))];
  const body = REVIEW_GROUPS.map((group) => [label(group, lang), ...REVIEW_ITEMS.map((_, i) => numberText(review.values[group.offset + i]))]);
  return [header, ...body];
}
