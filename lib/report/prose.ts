import { fold, squash } from '../text/normalize';

/**
 * Reading the report's prose: sentences, clauses, dates. Shared by the checks that compare
 * what the report says in words with its tables, its title and last year's report.
 */

/** A section's text without its heading line (一、总体情况 …). */
export function bodyOf(section: string | null): string {
  if (!section) return '';
  const nl = section.indexOf('\n');
  return nl < 0 ? '' : section.slice(nl + 1);
}

/** Sentences: cut at 。！？；and line ends; white space squashed, empty ones dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|\n+/)
    .map((s) => squash(s))
    .filter((s) => s !== '');
}

/** Clauses of a sentence: cut at commas, colons and brackets (a bracket often holds a sub-figure). */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/[，,：:（）()]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Leading numbering of a paragraph or sentence: 一、 （一） (1) 1. 1、 一是. */
export function withoutNumbering(s: string): string {
  return s.replace(/^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．是]|\d{1,2}\s*[、.．](?!\d))\s*/, '');
}

/** Shortens a quote for a finding, keeping its start. */
export function clip(s: string, max = 160): string {
  const t = squash(s);
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** A date as YYYY-MM-DD from "2020-01-20 15:22", "2020/1/20", "2020年1月20日"; null otherwise. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(fold(s));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The date a report is signed with: the last line of section six (or of the whole text) that is a
 * date and nothing else (示例区人民政府 ⏎ 2025年1月20日). Null when there is none.
 */
export function signatureDate(text: string | null): string | null {
  if (!text) return null;
  const lines = text
    .split('\n')
    .map((l) => squash(fold(l)))
    .filter((l) => l !== '');
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const m = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(lines[i]!);
    if (m) return parseDate(m[0]);
  }
  return null;
}

/** Days from date a to date b (YYYY-MM-DD), positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/** The statistical period stated in the text: 统计期限自2024年1月1日起至2024年12月31日止. */
export interface StatedPeriod {
  from: number;
  to: number;
  quote: string;
}

const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/g;

/** Every 1月1日至12月31日 period in the text, with the sentence it sits in. */
export function statedPeriods(text: string): StatedPeriod[] {
  const t = fold(text);
  const out: StatedPeriod[] = [];
  for (const m of t.matchAll(PERIOD)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    out.push({ from, to, quote: sentenceAround(t, m.index!, m[0].length) });
  }
  return out;
}

/** The sentence holding text[index … index+length]. */
export function sentenceAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('；')) + 1;
  const rest = text.slice(index + length);
  const endRel = rest.search(/[。\n；]/);
  const end = endRel < 0 ? text.length : index + length + endRel + 1;
  return clip(text.slice(start, end), 200);
}
