import { withRead } from './families/with-read';
import { COL_KEYS } from '../model/keys';
import { colName } from '../i18n/words';
import type { Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * 二、上年结转 of this year = 四、结转下年度继续办理 of last year's report, column by column.
 * Runs only when last year's report of the agency is known (the caller matches the agency).
 * Blank counts as 0, as in the table's own identities.
 */
/** Last year's report the figure was compared with, and what it printed. */
export type CarryOverData = { previousYear: number; previousSource: string; previousRaw: number | null | undefined };

function run(input: CheckInput): Draft<CarryOverData>[] {
  const prev = input.previous;
  const table = input.applications;
  const year = input.meta.year;
  if (!prev || !table || year === null || prev.year !== year - 1 || !prev.carriedForward) return [];
  const cells = table.cells.carried_over;
  if (!cells || cells.every((c) => c.status === 'missing')) return [];
  const out: Draft<CarryOverData>[] = [];
  COL_KEYS.forEach((col, i) => {
    const cell = cells[i];
    if (!cell || cell.status === 'missing') return;
    // Compared as 0 (as the identities count it), shown as printed: a blank stays 空白.
    const mine = cell.value ?? 0;
    const theirs = prev.carriedForward![i] ?? 0;
    if (mine === theirs) return;
    out.push({
      at: { col },
      expected: theirs,
      actual: cell.value,
      cells: [withRead({ row: 'carried_over' as const, col, ref: cell.ref, raw: cell.raw }, cell)],
      data: { previousYear: prev.year, previousSource: prev.source, previousRaw: prev.carriedForward![i] },
    });
  });
  return out;
}

function message(f: FindingOf<CarryOverData>, lang: Lang): string {
  const col = colName(f.at.col, lang);
  const year = f.data.previousYear;
  if (lang === 'en') {
    return `II. carried over / ${col} is ${f.actual ?? 'blank'}, but the ${year ?? 'previous'} report carried ${f.expected ?? 0} forward`;
  }
  return `二、上年结转·${col} 为 ${f.actual ?? '空白'}，而${year ? `${year} 年度` : '上一年度'}年报“四、结转下年度继续办理”为 ${f.expected ?? 0}`;
}

export default defineCheck({
  id: 'carry-over-continuity',
  severity: 'error',
  name: { 'zh-CN': '上年结转衔接', en: 'Carry-over continuity' },
  describes: {
    'zh-CN': '本年“上年结转”等于上一年度年报的“结转下年度继续办理”（逐列）',
    en: 'This year’s “carried over” equals last year’s “carried forward”, column by column',
  },
  run,
  messages: { default: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') } },
});
