import {
  COL_LABELS,
  REVIEW_GROUP_KEYS,
  REVIEW_GROUPS,
  REVIEW_ITEM_KEYS,
  REVIEW_ITEMS,
  ROW_LABELS,
  type ColKey,
  type ReviewGroup,
  type ReviewItem,
  type RowKey,
} from '../model/keys';
import type { Finding, FindingCell, Lang } from '../model/finding';

export function rowName(row: string | undefined, lang: Lang): string {
  if (!row) return '';
  const r = ROW_LABELS[row as RowKey];
  if (r) return lang === 'en' ? r.en : r.zh;
  const g = REVIEW_GROUPS[REVIEW_GROUP_KEYS.indexOf(row as ReviewGroup)];
  return g ? (lang === 'en' ? g.en : g.zh) : row;
}

export function colName(col: string | undefined, lang: Lang): string {
  if (!col) return '';
  const c = COL_LABELS[col as ColKey];
  if (c) return lang === 'en' ? c.en : c.zh;
  const i = REVIEW_ITEMS[REVIEW_ITEM_KEYS.indexOf(col as ReviewItem)];
  return i ? (lang === 'en' ? i.en : i.zh) : col;
}

export function cellName(cell: FindingCell, lang: Lang): string {
  return lang === 'en' ? `${rowName(cell.row, lang)} / ${colName(cell.col, lang)}` : `${rowName(cell.row, lang)}·${colName(cell.col, lang)}`;
}

/** "（页面多 1）" / "(printed is 1 more)": the sign an auditor reads without arithmetic. */
export function diffText(f: Finding, lang: Lang): string {
  const d = (f.actual ?? 0) - (f.expected ?? 0);
  if (d === 0) return '';
  if (lang === 'en') return ` (printed is ${Math.abs(d)} ${d > 0 ? 'more' : 'less'})`;
  return `（页面${d > 0 ? '多' : '少'} ${Math.abs(d)}）`;
}

export function cellList(cells: readonly FindingCell[], lang: Lang, max = 6): string {
  const names = cells.slice(0, max).map((c) => cellName(c, lang) + (c.raw ? ` “${c.raw}”` : ''));
  if (cells.length > max) names.push(lang === 'en' ? `and ${cells.length - max} more` : `等 ${cells.length} 处`);
  return names.join(lang === 'en' ? ', ' : '、');
}

/** "3 + 0 + 1 = 4": the page's own numbers in the order of the formula. */
export function sumText(values: unknown): string {
  const list = Array.isArray(values) ? (values as number[]) : [];
  const total = list.reduce((a, b) => a + b, 0);
  return list.length > 1 ? `${list.join(' + ')} = ${total}` : `${total}`;
}
