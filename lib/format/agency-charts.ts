import type { Lang } from '../model/finding';
import { reportWords } from '../i18n/ui-report';
import { OUTCOMES, outcomeTotal, share, type AgencySeries, type YearBatch } from './report-series';
import { groupedBars, rankedBars, stackedShares } from './svg-charts';
import { escapeHtml as esc } from './table';
import { verdictLine, verdictOf, countFindings } from './verdict';

/**
 * The charts of an agency's years and of a year's agencies, each followed by the table of its
 * figures (the chart's numbers must be reachable without reading bars). Tables carry data-*
 * names so a test can hold them against the JSON.
 */

const num = (v: number | null | undefined, blank: string) => (typeof v === 'number' ? String(v) : blank);
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/**
 * A table of figures: a header, then rows of [label, ...cells] with a data-key per column. Data,
 * so the HTML report writes it as markup and the panel renders it with Preact (no HTML strings in
 * the panel's DOM).
 */
export interface FiguresTable {
  name: string;
  caption: string;
  head: readonly string[];
  keys: readonly string[];
  rows: { key: string; cells: string[]; attrs?: Record<string, string>; broken?: boolean }[];
  /** Extra classes of the table. */
  className?: string;
}

/** A chart: its title, its SVG (Gouji's own, page text escaped) and its figures. */
export interface Chart {
  title: string;
  svg: string;
  table: FiguresTable;
}

function figuresTable(name: string, caption: string, head: readonly string[], keys: readonly string[], rows: { key: string; cells: string[] }[]): FiguresTable {
  return { name, caption, head, keys, rows };
}

export function tableHtml(t: FiguresTable): string {
  const attrs = (a: Record<string, string> = {}) =>
    Object.entries(a)
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('');
  return (
    // Focusable, so a keyboard can scroll a table wider than the page or the panel.
    `<div class="scroll" tabindex="0" role="region" aria-label="${esc(t.caption)}"><table class="figures${t.className ? ` ${t.className}` : ''}" data-figures="${t.name}"><caption>${esc(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    t.rows
      .map(
        (r) =>
          `<tr data-row="${esc(r.key)}"${attrs(r.attrs)}${r.broken ? ' class="broken"' : ''}><th scope="row">${esc(r.cells[0]!)}</th>${r.cells
            .slice(1)
            .map((c, i) => `<td data-key="${t.keys[i]}">${esc(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('') +
    '</tbody></table></div>'
  );
}

/** A chart under its title (visible: the SVG's own title is only a tooltip), its figures below. */
export function figure(title: string, chart: string, table: string): string {
  return `<figure class="chart-box"><figcaption>${esc(title)}</figcaption>${chart}${table}</figure>`;
}

export const chartHtml = (c: Chart) => figure(c.title, c.svg, tableHtml(c.table));

/** A safe fragment of an id from any agency name. */
export function slug(s: string): string {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h.toString(36);
}

/** The four charts of one agency's years: received, outcome shares, carried, review. */
export function agencyChartList(series: AgencySeries, lang: Lang, width?: number): Chart[] {
  const w = reportWords(lang);
  const id = `a${slug(series.agency)}`;
  const years = series.years;
  const cats = years.map((y) => w.year(y.year));
  const rowsOf = (cells: (y: (typeof years)[number]) => string[]) => years.map((y) => ({ key: String(y.year), cells: [w.year(y.year), ...cells(y)] }));
  const outcomeNames = OUTCOMES.map((o) => w.outcomeNames[o]);

  const received: Chart = chart(
    w.received,
    groupedBars({
      id: `${id}-received`,
      title: w.received,
      categories: cats,
      series: [{ name: w.receivedShort, values: years.map((y) => y.received) }],
      blank: w.blank,
      width,
    }),
    figuresTable(
      'received',
      `${w.numbersBelow}${w.colon}${w.received}`,
      [w.summaryHead[1]!, w.receivedShort],
      ['received'],
      rowsOf((y) => [num(y.received, w.blank)]),
    ),
  );
  const outcomes: Chart = chart(
    w.outcomes,
    stackedShares({
      id: `${id}-outcomes`,
      title: w.outcomes,
      categories: cats,
      parts: OUTCOMES.map((o, i) => ({ name: outcomeNames[i]!, values: years.map((y) => y.outcomes[o]) })),
      none: w.none,
      width,
    }),
    figuresTable(
      'outcomes',
      `${w.numbersBelow}${w.colon}${w.outcomes}`,
      [w.summaryHead[1]!, ...outcomeNames.flatMap((n) => [n, `${n} %`]), w.outcomeSum],
      [...OUTCOMES.flatMap((o) => [o, `${o}-share`]), 'sum'],
      rowsOf((y) => [...OUTCOMES.flatMap((o) => [String(y.outcomes[o]), pct(share(y.outcomes[o], outcomeTotal(y)))]), String(outcomeTotal(y))]),
    ),
  );
  const carried: Chart = chart(
    w.carried,
    groupedBars({
      id: `${id}-carried`,
      title: w.carried,
      categories: cats,
      series: [
        { name: w.carriedOver, values: years.map((y) => y.carriedOver) },
        { name: w.carriedForward, values: years.map((y) => y.carriedForward) },
      ],
      blank: w.blank,
      width,
    }),
    figuresTable(
      'carried',
      `${w.numbersBelow}${w.colon}${w.carried}`,
      [w.summaryHead[1]!, w.carriedOver, w.carriedForward],
      ['carried_over', 'carried_forward'],
      rowsOf((y) => [num(y.carriedOver, w.blank), num(y.carriedForward, w.blank)]),
    ),
  );
  const reviewKeys = ['review', 'direct', 'afterReview'] as const;
  const review: Chart = chart(
    w.review,
    groupedBars({
      id: `${id}-review`,
      title: w.review,
      categories: cats,
      series: reviewKeys.map((k, i) => ({ name: w.reviewNames[i]!, values: years.map((y) => y.review?.[k] ?? null) })),
      blank: w.blank,
      width,
    }),
    figuresTable(
      'review',
      `${w.numbersBelow}${w.colon}${w.review}`,
      [w.summaryHead[1]!, ...w.reviewNames],
      [...reviewKeys],
      rowsOf((y) => reviewKeys.map((k) => (y.review ? num(y.review[k], w.blank) : w.reviewNone))),
    ),
  );
  return [received, outcomes, carried, review];
}

const chart = (title: string, svg: string, table: FiguresTable): Chart => ({ title, svg, table });

/** The four charts as markup, for the HTML report. */
export function agencyCharts(series: AgencySeries, lang: Lang, width?: number): string {
  return `<div class="charts">${agencyChartList(series, lang, width).map(chartHtml).join('')}</div>`;
}

/** The ranked comparison of a year's agencies: a table and one chart. */
export function yearComparison(batch: YearBatch, lang: Lang): string {
  return chartHtml(yearComparisonChart(batch, lang));
}

export function yearComparisonChart(batch: YearBatch, lang: Lang): Chart {
  const w = reportWords(lang);
  const id = `y${batch.year}`;
  const names = batch.ranked.map((y) => y.agency);
  const rank = rankedBars({
    id: `${id}-rank`,
    title: `${w.byYear(batch.year)}${w.colon}${w.rankChart}`,
    categories: names,
    parts: OUTCOMES.map((o) => ({ name: w.outcomeNames[o], values: batch.ranked.map((y) => y.outcomes[o]) })),
  });
  const rows = batch.ranked.map((y, i) => {
    const total = outcomeTotal(y);
    const counts = countFindings(y.result.findings);
    return {
      key: y.agency,
      cells: [
        String(i + 1),
        y.agency,
        verdictLine(verdictOf(y.result), lang),
        num(y.received, w.blank),
        String(y.outcomes.granted),
        pct(share(y.outcomes.granted, total)),
        String(y.outcomes.denied),
        pct(share(y.outcomes.denied, total)),
        String(counts.error),
        String(counts.warning),
      ],
    };
  });
  const table = figuresTable(
    'rank',
    `${w.numbersBelow}${w.colon}${w.rankChart}`,
    w.rankHead,
    ['agency', 'verdict', 'received', 'granted', 'granted-share', 'denied', 'denied-share', 'errors', 'warnings'],
    rows,
  );
  return { title: w.rankChart, svg: rank, table };
}
