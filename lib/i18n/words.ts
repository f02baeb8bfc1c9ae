import { COL_LABELS, REVIEW_GROUPS, REVIEW_ITEMS, ROW_LABELS, type ColKey, type RowKey } from '../model/keys';
import type { Finding, FindingCell, Lang } from '../model/finding';

const REVIEW_GROUP_KEYS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
const REVIEW_ITEM_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

export function rowName(row: string | undefined, lang: Lang): string {
  if (!row) return '';
  const r = ROW_LABELS[row as RowKey];
  if (r) return lang === 'en' ? r.en : r.zh;
  const g = REVIEW_GROUPS[REVIEW_GROUP_KEYS.indexOf(row as (typeof REVIEW_GROUP_KEYS)[number])];
  return g ? (lang === 'en' ? g.en : g.zh) : row;
}

export function colName(col: string | undefined, lang: Lang): string {
  if (!col) return '';
  const c = COL_LABELS[col as ColKey];
  if (c) return lang === 'en' ? c.en : c.zh;
  const i = REVIEW_ITEMS[REVIEW_ITEM_KEYS.indexOf(col as (typeof REVIEW_ITEM_KEYS)[number])];
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

export function cellList(f: Finding, lang: Lang, max = 6): string {
  const cells = f.cells ?? [];
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

/** "商业企业、科研机构列全部空白；另有 …": whole columns first, then the cells left over. */
export function cellSummary(f: Finding, lang: Lang): string {
  const whole = ((f.data?.wholeColumns as string[] | undefined) ?? []);
  const rest: Finding = { ...f, cells: (f.cells ?? []).filter((c) => !whole.includes(c.col)) };
  const parts: string[] = [];
  if (whole.length) {
    const names = whole.map((c) => colName(c, lang));
    parts.push(lang === 'en' ? `the whole ${names.join(', ')} column${whole.length > 1 ? 's' : ''}` : `${names.join('、')}列整列`);
  }
  if (rest.cells!.length) parts.push(cellList(rest, lang));
  const count = f.cells?.length ?? 0;
  return lang === 'en' ? `${count} cell${count > 1 ? 's' : ''}: ${parts.join('; ')}` : `${count} 处：${parts.join('；')}`;
}
