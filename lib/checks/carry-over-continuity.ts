import { withRead } from '../report/identity-findings';
import { COL_KEYS } from '../model/keys';
import { colName } from '../i18n/words';
import type { Check, CheckInput } from './types';
import type { Finding, Lang } from '../model/finding';

/**
 * 二、上年结转 of this year = 四、结转下年度继续办理 of last year's report, column by column.
 * Runs only when last year's report of the agency is known (the caller matches the agency).
 * Blank counts as 0, as in the table's own identities.
 */
function run(input: CheckInput): Finding[] {
  const prev = input.previous;
  const table = input.applications;
  const year = input.meta.year;
  if (!prev || !table || year === null || prev.year !== year - 1 || !prev.carriedForward) return [];
  const cells = table.cells.carried_over;
  if (!cells || cells.every((c) => c.status === 'missing')) return [];
  const out: Finding[] = [];
  COL_KEYS.forEach((col, i) => {
    const cell = cells[i];
    if (!cell || cell.status === 'missing') return;
    const mine = cell.value ?? 0;
    const theirs = prev.carriedForward![i] ?? 0;
    if (mine === theirs) return;
    out.push({
      check: 'carry-over-continuity',
      severity: 'error',
      at: { col },
      expected: theirs,
      actual: mine,
      cells: [withRead({ row: 'carried_over' as const, col, ref: cell.ref, raw: cell.raw }, cell.read)],
      data: { previousYear: prev.year, previousSource: prev.source, previousRaw: prev.carriedForward![i] },
    });
  });
  return out;
}

function message(f: Finding, lang: Lang): string {
  const col = colName(f.at.col, lang);
  const year = typeof f.data?.previousYear === 'number' ? f.data.previousYear : null;
  if (lang === 'en') {
    return `II. carried over / ${col} is ${f.actual ?? 'blank'}, but the ${year ?? 'previous'} report carried ${f.expected ?? 0} forward`;
  }
  return `二、上年结转·${col} 为 ${f.actual ?? '空白'}，而${year ? `${year} 年度` : '上一年度'}年报“四、结转下年度继续办理”为 ${f.expected ?? 0}`;
}

const check: Check = {
  id: 'carry-over-continuity',
  name: { 'zh-CN': '上年结转衔接', en: 'Carry-over continuity' },
  describes: {
    'zh-CN': '本年“上年结转”等于上一年度年报的“结转下年度继续办理”（逐列）',
    en: 'This year’s “carried over” equals last year’s “carried forward”, column by column',
  },
  run,
  message: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') },
};
export default check;
