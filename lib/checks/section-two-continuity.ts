import type { DocumentCounts } from '../report/section-two';
import type { Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * Section two, 2021 template: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数,
 * for 规章 and for 行政规范性文件. Runs only when last year's report is known.
 */
const KINDS = ['regulations', 'normative'] as const;

/** The four counts of the formula, and last year's report they came from. */
export type SectionTwoData = {
  kind: (typeof KINDS)[number];
  previousInForce: number;
  issued: number;
  repealed: number;
  inForce: number;
  previousYear: number;
  previousSource: string;
};

function run(input: CheckInput): Draft<SectionTwoData>[] {
  const prev = input.previous;
  const year = input.meta.year;
  const mine = input.sectionTwo;
  const theirs = prev?.sectionTwo;
  if (!prev || !mine || !theirs || year === null || prev.year !== year - 1) return [];
  if (mine.template !== '2021' || theirs.template !== '2021') return [];
  const out: Draft<SectionTwoData>[] = [];
  for (const kind of KINDS) {
    const now: DocumentCounts | null = mine[kind];
    const before: DocumentCounts | null = theirs[kind];
    if (!now || !before || now.issued === null || now.repealed === null || now.inForce === null || before.inForce === null) continue;
    const expected = before.inForce + now.issued - now.repealed;
    if (expected === now.inForce) continue;
    out.push({
      at: {},
      expected,
      actual: now.inForce,
      data: {
        kind,
        previousInForce: before.inForce,
        issued: now.issued,
        repealed: now.repealed,
        inForce: now.inForce,
        previousYear: prev.year,
        previousSource: prev.source,
      },
    });
  }
  return out;
}

const NAMES = { regulations: { 'zh-CN': '规章', en: 'regulations' }, normative: { 'zh-CN': '行政规范性文件', en: 'normative documents' } } as const;

function message(f: FindingOf<SectionTwoData>, lang: Lang): string {
  const d = f.data;
  const name = NAMES[d.kind][lang];
  const year = d.previousYear;
  const formula = `${d.previousInForce} + ${d.issued} − ${d.repealed} = ${f.expected ?? '?'}`;
  if (lang === 'en') {
    return `${name}: in force ${f.actual ?? '?'}, but ${year ?? 'last year'}’s in force + issued − repealed = ${formula}`;
  }
  return `${name}现行有效件数为 ${f.actual ?? '?'}，而${year ? `${year} 年度` : '上年度'}现行有效件数 + 本年制发 − 本年废止 = ${formula}`;
}

export default defineCheck({
  id: 'section-two-continuity',
  severity: 'warning',
  name: { 'zh-CN': '第二部分件数衔接', en: 'Section two continuity' },
  describes: {
    'zh-CN': '第二部分：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）',
    en: 'Section two: in force = last year’s in force + issued − repealed (regulations, normative documents)',
  },
  run,
  messages: { default: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') } },
});
