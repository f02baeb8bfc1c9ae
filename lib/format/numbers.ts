import { identityData } from '../checks';
import type { Finding, Lang } from '../model/finding';
import { CHECKS_BY_ID } from '../checks';

/**
 * Where each number of a finding comes from. 应为 / 页面 / 差 only where Gouji computes what a
 * cell should be; a figure from the prose or last year's report is labelled as such, so "应为 32
 * · 页面 34" never stands for "the table says 32, the prose 34".
 */
export type Source = 'computed' | 'table' | 'prose' | 'previous';

interface Roles {
  expected: Source;
  actual: Source;
}

const ROLES: Record<string, Roles> = {
  'row-total': { expected: 'computed', actual: 'table' },
  'results-total': { expected: 'computed', actual: 'table' },
  balance: { expected: 'computed', actual: 'table' },
  'review-total': { expected: 'computed', actual: 'table' },
  'litigation-direct-total': { expected: 'computed', actual: 'table' },
  'litigation-after-review-total': { expected: 'computed', actual: 'table' },
  'suspect-cell': { expected: 'computed', actual: 'table' },
  'section-two-continuity': { expected: 'computed', actual: 'table' },
  'prose-vs-table': { expected: 'table', actual: 'prose' },
  'carry-over-continuity': { expected: 'previous', actual: 'table' },
};

const WORDS: Record<Lang, Record<Source | 'difference', string>> = {
  'zh-CN': { computed: '应为', table: '表格', prose: '正文', previous: '上年年报', difference: '差' },
  en: { computed: 'expected', table: 'table', prose: 'prose', previous: 'last year', difference: 'difference' },
};

export function sourceWord(source: Source | 'difference', lang: Lang): string {
  return WORDS[lang][source];
}

export function numberRoles(f: Pick<Finding, 'check'>): Roles | null {
  return ROLES[f.check] ?? null;
}

/** Whether Gouji computed the expected value (and so may say 应为 and 差). */
export function computed(f: Pick<Finding, 'check'>): boolean {
  return numberRoles(f)?.expected === 'computed';
}

/**
 * "应为 26 · 表格 20 · 差 -6", "正文 34 · 表格 32", "上年年报 5 · 表格 4": the finding's numbers,
 * each labelled by its source; blank shown as 空白. Empty when the finding has none.
 */
export function labelledNumbers(f: Finding, lang: Lang): string {
  const roles = numberRoles(f);
  if (!roles || (f.expected === undefined && f.actual === undefined)) return '';
  const show = (n: number | null | undefined) => (typeof n === 'number' ? String(n) : lang === 'en' ? 'blank' : '空白');
  if (roles.expected === 'computed') {
    const printed = identityData(f)?.printedBlank === true ? null : f.actual;
    const parts = [`${sourceWord('computed', lang)} ${show(f.expected)}`, `${sourceWord(roles.actual, lang)} ${show(printed)}`];
    if (typeof f.expected === 'number') {
      const d = (f.actual ?? 0) - f.expected;
      if (d) parts.push(`${sourceWord('difference', lang)} ${d > 0 ? '+' : ''}${d}`);
    }
    return parts.join(' · ');
  }
  // The other source first: what the table is compared with, then the table.
  return `${sourceWord(roles.actual, lang)} ${show(f.actual)} · ${sourceWord(roles.expected, lang)} ${show(f.expected)}`;
}

/** The check's short name for people (ids stay in the JSON). */
export function checkName(id: string, lang: Lang): string {
  return CHECKS_BY_ID.get(id)?.name[lang] ?? id;
}
