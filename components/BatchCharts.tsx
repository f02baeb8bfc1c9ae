import { useEffect, useState } from 'preact/hooks';
import type { BatchItem } from '@/lib/batch';
import type { Lang } from '@/lib/model/finding';
import type { Chart, FiguresTable } from '@/lib/format/agency-charts';
import { reportWords } from '@/lib/i18n/ui-report';
import { FiguresTableView } from './FiguresTableView';

/** The panel is ~360 px wide: charts drawn to fit it, not the HTML report's 640 px scaled down. */
const PANEL_CHART_WIDTH = 340;

interface Drawn {
  agency: string;
  years: number[];
  charts: Chart[];
  chain: FiguresTable;
}

/**
 * An agency's years as charts, when a batch holds two or more of them: the HTML report's charts
 * and continuity table, from the same lib modules (loaded when there is something to draw). Each
 * SVG is shown as an image from a data: address, so no markup string enters the panel's DOM.
 */
export function BatchCharts({ items, lang }: { items: BatchItem[]; lang: Lang }) {
  const w = reportWords(lang);
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const results = items.flatMap((i) => (i.status === 'done' ? [i.result] : []));
  const key = results.map((r) => `${r.source}|${r.report?.year}|${r.findings.length}`).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all([import('@/lib/format/report-series'), import('@/lib/format/agency-charts'), import('@/lib/format/continuity-chain')]).then(
      ([series, charts, chain]) => {
        if (!live) return;
        setDrawn(
          series.agencySeries(results).map((s) => ({
            agency: s.agency,
            years: s.years.map((y) => y.year),
            charts: charts.agencyChartList(s, lang, PANEL_CHART_WIDTH),
            chain: chain.chainFigures(s, lang),
          })),
        );
      },
    );
    return () => {
      live = false;
    };
  }, [key, lang]);
  if (!drawn.length) return null;
  return (
    <details class="batch-charts" open data-testid="batch-charts">
      <summary>{w.batchCharts}</summary>
      {drawn.map((d) => (
        <section key={d.agency} data-agency={d.agency}>
          <h3>
            {d.agency}（{d.years.join('、')}）
          </h3>
          {d.charts.map((c) => (
            <figure key={c.table.name}>
              <figcaption>{c.title}</figcaption>
              <img class="chart" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`} alt={c.title} data-chart={c.table.name} />
              <FiguresTableView table={c.table} />
            </figure>
          ))}
          <h4>{w.chain}</h4>
          <FiguresTableView table={d.chain} />
        </section>
      ))}
    </details>
  );
}
