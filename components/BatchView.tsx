import { useMemo, useRef, useState } from 'preact/hooks';
import { runBatch, type BatchItem } from '@/lib/batch';
import type { Lang } from '@/lib/model/finding';
import { batchJsonLines, batchRow, batchRows } from '@/lib/format/batch';
import { formatCsv, formatHtmlTable, formatTsv } from '@/lib/format/table';
import { ui } from '@/lib/i18n/ui';
import type { ReportLink } from '@/lib/page/links';
import { download, writeRich } from './clipboard';
import { parseFetchedPage } from './fetched-page';
import { auditBytes } from './attachment-audit';
import { readInTab } from './tab-reader';
import { BatchCharts } from './BatchCharts';
import { reportWords } from '@/lib/i18n/ui-report';

type Filter = 'all' | 'errors' | 'failed' | 'not-report';
type SortKey = 0 | 1 | 3 | 4;

function errorsOf(item: BatchItem): number {
  return item.status === 'done' ? item.result.findings.filter((f) => f.severity === 'error').length : -1;
}

/** Audits every report a listing page links to, showing each as it arrives. */
export function BatchView({ links, lang, onClose }: { links: ReportLink[]; lang: Lang; onClose(): void }) {
  const t = ui(lang);
  const [items, setItems] = useState<BatchItem[]>(links.map((l) => ({ ...l, status: 'waiting' })));
  const [running, setRunning] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const started = useRef(0);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [tab, setTab] = useState<{ reading: string | null; done: number; total: number } | null>(null);

  const start = async () => {
    controller.current = new AbortController();
    setRunning(true);
    started.current = performance.now();
    const live = items.slice();
    await runBatch(links, {
      concurrency: 3,
      delayMs: 300,
      timeoutMs: 20_000,
      signal: controller.current.signal,
      fetch: (input, init) => fetch(input, init),
      parse: parseFetchedPage,
      // PDF and Word reports (linked directly, or the attachment of a page without a table).
      openDocument: async (bytes, href, published) => (await auditBytes(bytes, href, published, false)).opened,
      // Challenge pages and script-built articles: read in a background tab, one at a time.
      openInTab: readInTab,
      onTab: setTab,
      retries: 1,
      onUpdate: (i, item) => {
        live[i] = item;
        setItems(live.slice());
      },
    });
    setElapsed(performance.now() - started.current);
    setRunning(false);
  };

  const done = items.filter((i) => i.status === 'done' || i.status === 'failed').length;
  const shown = useMemo(() => {
    let list = items.map((item, index) => ({ item, index }));
    if (filter === 'errors') list = list.filter(({ item }) => errorsOf(item) > 0);
    if (filter === 'failed') list = list.filter(({ item }) => item.status === 'failed');
    if (filter === 'not-report') list = list.filter(({ item }) => item.status === 'done' && !item.result.detected);
    if (sort) {
      list.sort((a, b) => {
        const x = batchRow(a.item, lang)[sort.key] ?? '';
        const y = batchRow(b.item, lang)[sort.key] ?? '';
        const c = sort.key === 3 || sort.key === 4 ? Number(x || -1) - Number(y || -1) : x.localeCompare(y, 'zh-CN');
        return sort.desc ? -c : c;
      });
    }
    return list;
  }, [items, filter, sort, lang]);
  const head = batchRows([], lang)[0]!;
  const visible = () => shown.map(({ item }) => item);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, desc: s?.key === key ? !s.desc : key === 3 || key === 4 }));

  return (
    <section class="batch" data-testid="batch">
      <h2>
        {t.batchTitle} ({links.length})
      </h2>
      <div class="batch-actions">
        {!running && done === 0 && (
          <button type="button" class="primary" data-action="batch-start" onClick={() => void start()}>
            {t.batchStart}
          </button>
        )}
        {running && (
          <button type="button" data-action="batch-cancel" onClick={() => controller.current?.abort()}>
            {t.batchCancel}
          </button>
        )}
        <button type="button" class="link" onClick={onClose}>
          ×
        </button>
      </div>
      <progress max={links.length} value={done} aria-label={t.batchProgress} />
      <p class="hint" data-testid="batch-progress">
        {done}/{links.length}
        {elapsed !== null && ` · ${(elapsed / 1000).toFixed(1)} s`}
      </p>
      {tab && tab.total > 0 && (
        // Said plainly: a tab opens and closes in the background, and why.
        <p class="hint" data-testid="batch-tab" role="status">
          {lang === 'en'
            ? `Reading in a background tab ${Math.min(tab.done + (tab.reading ? 1 : 0), tab.total)}/${tab.total} (pages a plain request cannot get: bot checks, script-built articles)`
            : `通过后台标签页读取 ${Math.min(tab.done + (tab.reading ? 1 : 0), tab.total)}/${tab.total}（直接请求取不到的页面：反爬验证、脚本生成的正文）`}
        </p>
      )}
      {done > 0 && (
        <div class="copybar">
          <button
            type="button"
            data-action="batch-csv"
            onClick={() => download('gouji-batch.csv', formatCsv(batchRows(visible(), lang)), 'text/csv;charset=utf-8')}
          >
            {t.downloadCsv}
          </button>
          <button type="button" data-action="batch-jsonl" onClick={() => download('gouji-batch.jsonl', batchJsonLines(visible()), 'application/x-ndjson')}>
            JSON Lines
          </button>
          <button
            type="button"
            data-action="batch-table"
            onClick={() => void writeRich(formatHtmlTable(batchRows(visible(), lang)), formatTsv(batchRows(visible(), lang)))}
          >
            {t.copyTable}
          </button>
          {!running && done === links.length && (
            <button
              type="button"
              data-action="batch-export"
              onClick={() =>
                void import('./report-export').then(({ exportReport }) =>
                  exportReport(
                    items.map((i) => (i.status === 'done' ? { result: i.result } : { source: i.href, error: i.status === 'failed' ? i.reason : '' })),
                    lang,
                  ),
                )
              }
            >
              {reportWords(lang).exportReport}
            </button>
          )}
          <select value={filter} onChange={(e) => setFilter((e.target as HTMLSelectElement).value as Filter)} aria-label={t.batchFilter}>
            <option value="all">{t.batchAll}</option>
            <option value="errors">{t.batchWithErrors}</option>
            <option value="failed">{t.batchFailed}</option>
            <option value="not-report">{t.batchNotReports}</option>
          </select>
        </div>
      )}
      {!running && done > 0 && <BatchCharts items={items} lang={lang} />}
      <div class="scroll">
        <table class="batch-table" data-testid="batch-table">
          <thead>
            <tr>
              {([0, 1] as SortKey[]).map((k) => (
                <th key={k}>
                  <button type="button" class="link" onClick={() => sortBy(k)}>
                    {head[k]}
                  </button>
                </th>
              ))}
              <th>{head[2]}</th>
              {([3, 4] as SortKey[]).map((k) => (
                <th key={k}>
                  <button type="button" class="link" onClick={() => sortBy(k)}>
                    {head[k]}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ item, index }) => {
              const row = batchRow(item, lang);
              return (
                <tr key={index} data-status={item.status} class={errorsOf(item) > 0 ? 'has-errors' : undefined}>
                  <td>
                    <a href={item.href} target="_blank" rel="noreferrer" title={item.title}>
                      {row[0] || item.title}
                    </a>
                  </td>
                  <td>{row[1]}</td>
                  <td>{item.status === 'loading' ? t.loading : row[2]}</td>
                  <td>{row[3]}</td>
                  <td>{row[4]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
