import { fold } from '../text/normalize';
import { bodyOf, clip, parseDate, sentences, signatureDate, statedPeriods, withoutNumbering } from '../report/prose';
import type { Lang } from '../model/finding';
import type { ReportMeta } from '../page/metadata';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * The year in the title, the statistical period, the prose and the publish date disagree.
 *
 * Prose: a sentence that opens with a year other than the report's, as the year of what it tells
 * (2024年，全区共… · 2024年制作、获取政府信息… in a report on 2025). Mentions for comparison
 * (较2024年, 2024年同期, 2024年以来), plans (2026年，我局将…), dates (2026年1月14日) and last
 * year's report (2024年度报告) are not; nor is anything in 五、存在的主要问题及改进情况, which
 * looks back at last year's problems and ahead at next year's work by design.
 */

/** One finding's data per kind of disagreement: the period stated, a sentence of prose, the publish or signature date. */
export type YearMismatchData =
  | { kind: 'period'; year: number; found: number; yearFrom: ReportMeta['yearFrom']; titled: boolean; quote: string }
  | { kind: 'prose'; year: number; found: number; section: number; quote: string }
  | { kind: 'published' | 'signed'; year: number; date: string; quote: string | null };
const MAX_PROSE = 5;

/** The sections whose prose tells the year's work: 一 总体情况, 二 主动公开, 六 其他事项. */
const PROSE_SECTIONS = [0, 1, 5];

const OPENING_YEAR = /^((?:19|20)\d{2})\s*年(度)?/;
/** What may follow the year of a sentence that tells that year's work. */
const TELLS =
  /^(?:\s*[，,、]|(?:全|共|累计|我|本|区|县|市|镇|乡|局|委|办|新收|收到|受理|办理|制作|制发|主动|发布|公开|通过|在|对|按照|根据|围绕|深入|持续|坚持|认真|进一步))/;
/** Right after the year: since, end of year, same period, last year's report, a date. */
const NOT_CURRENT = /^(?:以来|至今|起|底|末|初|上半年|下半年|同期|相比|相较|同比|度?报告|度?年报|度?工作年度报告|度?政府信息公开|\s*\d)/;
/** Plans and comparisons within the clause. */
const PLAN_OR_COMPARISON = /将|拟|计划|预计|力争|打算|要把|相比|相较|同比|比较|较上|较之/;
const THIS_YEAR_NAMED = /(?:本年度|本年|今年)\s*[（(]\s*((?:19|20)\d{2})\s*年/;

function proseFindings(input: CheckInput, year: number): Draft<YearMismatchData>[] {
  const out: Draft<YearMismatchData>[] = [];
  const sections = input.text?.sections ?? [];
  for (const i of PROSE_SECTIONS) {
    const body = bodyOf(sections[i] ?? null);
    for (const raw of sentences(body)) {
      const s = withoutNumbering(fold(raw));
      let found: number | null = null;
      const m = OPENING_YEAR.exec(s);
      if (m) {
        const n = Number(m[1]);
        const after = s.slice(m[0].length);
        const clause = after
          .split(/[，,。；;]/)
          .slice(0, 2)
          .join('，');
        if (n !== year && TELLS.test(after) && !NOT_CURRENT.test(after) && !PLAN_OR_COMPARISON.test(clause)) found = n;
      }
      const named = THIS_YEAR_NAMED.exec(s);
      if (found === null && named && Number(named[1]) !== year) found = Number(named[1]);
      if (found === null) continue;
      out.push({
        at: {},
        expected: year,
        actual: found,
        data: { kind: 'prose', year, found, section: i + 1, quote: clip(raw) },
      });
      if (out.length >= MAX_PROSE) return out;
    }
  }
  return out;
}

function run(input: CheckInput): Draft<YearMismatchData>[] {
  const year = input.meta.year;
  // Only a year the report states (title or period) is a yardstick; one guessed from the first
  // year in the text or from the publish date is not.
  if (year === null || (input.meta.yearFrom !== 'title' && input.meta.yearFrom !== 'period')) return [];
  const out: Draft<YearMismatchData>[] = [];
  const titled = input.meta.yearFrom === 'title';

  // The statistical period: every one the text states, each year of it.
  if (input.text) {
    const seen = new Set<string>();
    for (const p of statedPeriods(input.text.full)) {
      const wrong = p.from !== year ? p.from : p.to !== year ? p.to : null;
      if (wrong === null || seen.has(p.quote)) continue;
      seen.add(p.quote);
      out.push({
        at: {},
        expected: year,
        actual: wrong,
        data: { kind: 'period', year, found: wrong, yearFrom: input.meta.yearFrom, titled, quote: p.quote },
      });
    }
    out.push(...proseFindings(input, year));
  }

  // Published (or signed) before the year it reports on had ended.
  const published = parseDate(input.meta.published);
  if (published && published < `${year + 1}-01-01`) {
    out.push({
      at: {},
      expected: year + 1,
      actual: Number(published.slice(0, 4)),
      data: { kind: 'published', year, date: published, quote: input.meta.published },
    });
  }
  const signed = signatureDate(input.text?.sections[5] ?? null);
  if (signed && signed < `${year + 1}-01-01`) {
    out.push({
      at: {},
      expected: year + 1,
      actual: Number(signed.slice(0, 4)),
      data: { kind: 'signed', year, date: signed, quote: signed },
    });
  }
  return out;
}

const quoted = (quote: string | null, lang: Lang) => (quote ? (lang === 'en' ? `: “${quote}”` : `：“${quote}”`) : '');

function dated(f: FindingOf<YearMismatchData>, lang: Lang): string {
  const d = f.data;
  if (d.kind !== 'published' && d.kind !== 'signed') return '';
  const what = d.kind === 'signed' ? (lang === 'en' ? 'signed' : '落款') : lang === 'en' ? 'published' : '发布';
  return lang === 'en'
    ? `A report on ${d.year} ${what} on ${d.date}, before the year had ended`
    : `${d.year} 年度的年报${what}日期为 ${d.date}，早于该年度结束`;
}

/** The year named where the report's own was expected (period and prose findings). */
const found = (f: FindingOf<YearMismatchData>) => ('found' in f.data ? f.data.found : (f.actual ?? ''));

export default defineCheck({
  id: 'year-mismatch',
  severity: 'warning',
  name: { 'zh-CN': '年份不一致', en: 'Year mismatch' },
  describes: {
    'zh-CN': '标题年度、统计期限、正文所述年度和发布日期不一致',
    en: 'The year in the title, the statistical period, the prose and the publish date disagree',
  },
  run,
  pick: (f) => (f.data.kind === 'signed' ? 'published' : f.data.kind),
  messages: {
    period: {
      'zh-CN': (f) => `年报年度为 ${f.data.year} 年，统计期限却是 ${found(f)} 年${quoted(f.data.quote, 'zh-CN')}`,
      en: (f) => `The report is on ${f.data.year}, but its statistical period names ${found(f)}${quoted(f.data.quote, 'en')}`,
    },
    prose: {
      'zh-CN': (f) => `年报年度为 ${f.data.year} 年，正文却以 ${found(f)} 年作为本年度叙述${quoted(f.data.quote, 'zh-CN')}`,
      en: (f) => `The report is on ${f.data.year}, but its prose speaks of ${found(f)} as the year reported${quoted(f.data.quote, 'en')}`,
    },
    published: { 'zh-CN': (f) => dated(f, 'zh-CN'), en: (f) => dated(f, 'en') },
  },
});
