import { useEffect, useState } from 'preact/hooks';
import type { BatchItem } from '@/lib/batch';
import type { Lang } from '@/lib/checks/types';
import { reportWords } from '@/lib/i18n/ui-report';

/** The panel is ~360 px wide: charts drawn to fit it, not the HTML report's 640 px scaled down. */
const PANEL_CHART_WIDTH = 340;

/**
 * An agency's years as charts, when a batch holds two or more of them: the HTML report's charts
 * and continuity table, made by the same lib module (loaded when there is something to draw).
 * The markup is Gouji's own SVG and tables, every page text in it escaped.
 */
export function BatchCharts({ items, lang }: { items: BatchItem[]; lang: Lang }) {
  const w = reportWords(lang);
  const [html, setHtml] = useState('');
  const results = items.flatMap((i) => (i.status === 'done' ? [i.result] : []));
  const key = results.map((r) => `${r.source}|${r.report?.year}|${r.findings.length}`).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all([import('@/lib/format/report-series'), import('@/lib/format/agency-charts'), import('@/lib/format/continuity-chain')]).then(([series, charts, chain]) => {
      if (!live) return;
      const all = series.agencySeries(results);
      setHtml(all.map((s) => `<h3>${charts.escapeText(s.agency)}（${s.years.map((y) => y.year).join('、')}）</h3>${charts.agencyCharts(s, lang, PANEL_CHART_WIDTH)}<h4>${charts.escapeText(w.chain)}</h4>${chain.chainTable(s, lang)}`).join(''));
    });
    return () => {
      live = false;
    };
  }, [key, lang]);
  if (!html) return null;
  return (
    <details class="batch-charts" open data-testid="batch-charts">
      <summary>{w.batchCharts}</summary>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </details>
  );
}
