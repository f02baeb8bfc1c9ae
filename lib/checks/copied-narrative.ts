import { narrativeOf, overlap } from '../report/narrative';
import type { Check, CheckInput } from './types';
import type { Finding, Lang } from '../model/finding';

/**
 * 内容雷同: 一、总体情况 or 五、存在的主要问题及改进情况 repeats last year's report. The share is
 * of this year's text (its 8-letter shingles, figures and punctuation ignored) found in last year's.
 */
export const COPY_THRESHOLD = 0.6;

const PARTS = [
  { part: 'overview', index: 0, previous: 'overview' },
  { part: 'problems', index: 4, previous: 'problems' },
] as const;

function run(input: CheckInput): Finding[] {
  const prev = input.previous;
  const year = input.meta.year;
  if (!prev || !input.text || year === null || prev.year >= year) return [];
  const out: Finding[] = [];
  for (const { part, index, previous } of PARTS) {
    const mine = narrativeOf(input.text.sections[index] ?? null);
    const theirs = narrativeOf(prev[previous]);
    const o = overlap(mine, theirs);
    if (!o || o.share < COPY_THRESHOLD) continue;
    const percent = Math.round(o.share * 100);
    out.push({
      check: 'copied-narrative',
      severity: 'warning',
      at: {},
      actual: percent,
      expected: Math.round(COPY_THRESHOLD * 100),
      data: { part, section: index + 1, share: Math.round(o.share * 1000) / 1000, percent, letters: o.length, passages: o.passages, previousYear: prev.year, previousSource: prev.source },
    });
  }
  return out;
}

const NAMES = {
  overview: { 'zh-CN': '一、总体情况', en: 'I. Overview' },
  problems: { 'zh-CN': '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
} as const;

function message(f: Finding, lang: Lang): string {
  const d = f.data ?? {};
  const name = NAMES[d.part === 'problems' ? 'problems' : 'overview'][lang];
  const percent = typeof d.percent === 'number' ? d.percent : (f.actual ?? 0);
  const year = typeof d.previousYear === 'number' ? d.previousYear : null;
  const passages = Array.isArray(d.passages) ? (d.passages as unknown[]).filter((p): p is string => typeof p === 'string') : [];
  if (lang === 'en') {
    const of = year ? `the ${year} report` : 'last year’s report';
    return `${percent}% of “${name}” repeats ${of}${passages.length ? `, e.g. “${passages[0]}”` : ''}`;
  }
  const of = year ? `${year} 年度年报` : '上一年度年报';
  return `“${name}”有 ${percent}% 的文字与${of}相同（内容雷同）${passages.length ? `，如“${passages[0]}”` : ''}`;
}

const check: Check = {
  id: 'copied-narrative',
  name: { 'zh-CN': '文字照搬上年', en: 'Copied narrative' },
  describes: {
    'zh-CN': '总体情况、存在的主要问题及改进情况与上一年度年报大段雷同',
    en: 'The overview or the problems section largely repeats last year’s report',
  },
  run,
  message: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') },
};
export default check;
