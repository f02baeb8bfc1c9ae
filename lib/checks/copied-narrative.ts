import { narrativeOf, overlap } from '../report/narrative';
import type { Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * 内容雷同: 一、总体情况 or 五、存在的主要问题及改进情况 repeats last year's report. The share is
 * of this year's text (its 8-letter shingles, figures and punctuation ignored) found in last year's.
 */
export const COPY_THRESHOLD = 0.6;

const PARTS = [
  { part: 'overview', index: 0, previous: 'overview' },
  { part: 'problems', index: 4, previous: 'problems' },
] as const;

/** How much of which section repeats last year's, and passages that do. */
export type CopiedNarrativeData = {
  part: (typeof PARTS)[number]['part'];
  section: number;
  share: number;
  percent: number;
  letters: number;
  passages: string[];
  previousYear: number;
  previousSource: string;
};

function run(input: CheckInput): Draft<CopiedNarrativeData>[] {
  const prev = input.previous;
  const year = input.meta.year;
  if (!prev || !input.text || year === null || prev.year >= year) return [];
  const out: Draft<CopiedNarrativeData>[] = [];
  for (const { part, index, previous } of PARTS) {
    const mine = narrativeOf(input.text.sections[index] ?? null);
    const theirs = narrativeOf(prev[previous]);
    const o = overlap(mine, theirs);
    if (!o || o.share < COPY_THRESHOLD) continue;
    const percent = Math.round(o.share * 100);
    out.push({
      at: {},
      actual: percent,
      expected: Math.round(COPY_THRESHOLD * 100),
      data: {
        part,
        section: index + 1,
        share: Math.round(o.share * 1000) / 1000,
        percent,
        letters: o.length,
        passages: o.passages,
        previousYear: prev.year,
        previousSource: prev.source,
      },
    });
  }
  return out;
}

const NAMES = {
  overview: { 'zh-CN': '一、总体情况', en: 'I. Overview' },
  problems: { 'zh-CN': '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
} as const;

function message(f: FindingOf<CopiedNarrativeData>, lang: Lang): string {
  const d = f.data;
  const name = NAMES[d.part][lang];
  const percent = d.percent;
  const year = d.previousYear;
  const passages = d.passages;
  if (lang === 'en') {
    const of = year ? `the ${year} report` : 'last year’s report';
    return `${percent}% of “${name}” repeats ${of}${passages.length ? `, e.g. “${passages[0]}”` : ''}`;
  }
  const of = year ? `${year} 年度年报` : '上一年度年报';
  return `“${name}”有 ${percent}% 的文字与${of}相同（内容雷同）${passages.length ? `，如“${passages[0]}”` : ''}`;
}

export default defineCheck({
  id: 'copied-narrative',
  severity: 'warning',
  name: { 'zh-CN': '文字照搬上年', en: 'Copied narrative' },
  describes: {
    'zh-CN': '总体情况、存在的主要问题及改进情况与上一年度年报大段雷同',
    en: 'The overview or the problems section largely repeats last year’s report',
  },
  run,
  messages: { default: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') } },
});
