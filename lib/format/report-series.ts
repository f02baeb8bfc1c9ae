import { dataOf } from '../checks';
import type { Finding } from '../model/finding';
import { COL_KEYS, type ColKey } from '../model/keys';
import type { AuditResult } from '../model/schema';

/**
 * The figures a reader compares across reports, taken from the audit results as the JSON has
 * them (no re-reading of pages): what the HTML report's charts and the batch view's charts draw.
 * Every figure is the table's 总计 column as printed; a blank stays null (blank is not zero).
 */

import { OUTCOMES, type Outcome } from '../model/keys';

export { OUTCOMES, type Outcome };

const TOTAL = COL_KEYS.indexOf('total');

function outcomeOf(row: string): Outcome | null {
  if (row === 'granted') return 'granted';
  if (row === 'partially_granted') return 'partial';
  if (row.startsWith('denied_')) return 'denied';
  if (row.startsWith('unable_')) return 'unable';
  if (row.startsWith('rejected_')) return 'rejected';
  if (row.startsWith('other_')) return 'other';
  return null;
}

export interface YearFigures {
  year: number;
  agency: string;
  result: AuditResult;
  /** 一、本年新收·总计. */
  received: number | null;
  /** 二、上年结转·总计 and 四、结转下年度继续办理·总计. */
  carriedOver: number | null;
  carriedForward: number | null;
  /** The result rows' 总计 added up by kind (blank as 0, as the identities count it). */
  outcomes: Record<Outcome, number>;
  /** Section four's three 总计: 行政复议, 直接起诉, 复议后起诉; null when section four was not read. */
  review: { review: number | null; direct: number | null; afterReview: number | null } | null;
}

const totalOf = (r: AuditResult, row: string): number | null => r.tables.applications?.rows[row]?.[TOTAL] ?? null;

/** The figures of one audited report, or null when its table was not read (nothing to chart). */
export function yearFigures(result: AuditResult): YearFigures | null {
  const app = result.tables.applications;
  const year = result.report?.year;
  if (!result.detected || !app || !year) return null;
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const [row, values] of Object.entries(app.rows)) {
    const o = outcomeOf(row);
    if (o) outcomes[o] += values[TOTAL] ?? 0;
  }
  const v = result.tables.reviewLitigation?.values;
  return {
    year,
    agency: agencyName(result),
    result,
    received: totalOf(result, 'new_received'),
    carriedOver: totalOf(result, 'carried_over'),
    carriedForward: totalOf(result, 'carried_forward'),
    outcomes,
    review: v ? { review: v[4] ?? null, direct: v[9] ?? null, afterReview: v[14] ?? null } : null,
  };
}

export function outcomeTotal(y: Pick<YearFigures, 'outcomes'>): number {
  return OUTCOMES.reduce((a, o) => a + y.outcomes[o], 0);
}

/** A share in whole tenths of a per cent, so the HTML and the panel round the same way. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** The agency as printed, without the spaces a CMS sprinkles into it. */
export function agencyName(result: AuditResult): string {
  return (result.report?.agency ?? '').replace(/\s+/g, '');
}

/** One agency's years, oldest first (one report a year: the first of the inputs wins). */
export interface AgencySeries {
  agency: string;
  years: YearFigures[];
}

/** Agencies with two or more years among the results: the ones whose story can be told. */
export function agencySeries(results: readonly AuditResult[]): AgencySeries[] {
  const by = new Map<string, Map<number, YearFigures>>();
  for (const r of results) {
    const y = yearFigures(r);
    if (!y?.agency) continue;
    const years = by.get(y.agency) ?? new Map<number, YearFigures>();
    if (!years.has(y.year)) years.set(y.year, y);
    by.set(y.agency, years);
  }
  return [...by].filter(([, years]) => years.size >= 2).map(([agency, years]) => ({ agency, years: [...years.values()].sort((a, b) => a.year - b.year) }));
}

/**
 * One link of the continuity chain: this year's 上年结转 against the year before's 结转下年度, column
 * by column (blank as 0, as carry-over-continuity counts it). A link over missing years is a gap:
 * nothing can be checked across it. Section two's 现行有效件数 breaks come from the later report's
 * findings (the JSON holds no section-two figures of its own).
 */
export type ChainLink =
  | {
      kind: 'holds' | 'broken';
      from: YearFigures;
      to: YearFigures;
      /** The columns whose figures differ: last year's 结转下年度 vs this year's 上年结转. */
      differ: { col: ColKey; forward: number | null; over: number | null }[];
      /** Section two's continuity findings of the later year against this earlier one. */
      sectionTwo: Finding[];
    }
  | { kind: 'gap'; from: YearFigures; to: YearFigures; missing: number[] };

export function continuityChain(series: AgencySeries): ChainLink[] {
  const links: ChainLink[] = [];
  for (let i = 1; i < series.years.length; i++) {
    const from = series.years[i - 1]!;
    const to = series.years[i]!;
    if (to.year !== from.year + 1) {
      links.push({ kind: 'gap', from, to, missing: Array.from({ length: to.year - from.year - 1 }, (_, k) => from.year + 1 + k) });
      continue;
    }
    const forward = from.result.tables.applications?.rows.carried_forward;
    const over = to.result.tables.applications?.rows.carried_over;
    const differ = COL_KEYS.flatMap((col, c) =>
      (forward?.[c] ?? 0) === (over?.[c] ?? 0) ? [] : [{ col, forward: forward?.[c] ?? null, over: over?.[c] ?? null }],
    );
    const sectionTwo = (to.result.findings as Finding[]).filter((f) => dataOf(f, 'section-two-continuity')?.previousYear === from.year);
    links.push({ kind: differ.length ? 'broken' : 'holds', from, to, differ, sectionTwo });
  }
  return links;
}

/** Reports of one year from two or more agencies, ranked by applications received (most first). */
export interface YearBatch {
  year: number;
  ranked: YearFigures[];
}

export function yearBatches(results: readonly AuditResult[]): YearBatch[] {
  const by = new Map<number, YearFigures[]>();
  for (const r of results) {
    const y = yearFigures(r);
    if (!y) continue;
    const list = by.get(y.year) ?? [];
    if (!list.some((other) => other.agency === y.agency)) list.push(y);
    by.set(y.year, list);
  }
  return [...by]
    .filter(([, list]) => list.length >= 2)
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year, ranked: [...list].sort((a, b) => (b.received ?? -1) - (a.received ?? -1) || a.agency.localeCompare(b.agency, 'zh-CN')) }));
}
