/**
 * `npm run bench`: how much Gouji costs, in Chromium and in Node. Prints a table for people and,
 * last, one JSON line for machines. Numbers are medians over many warm repetitions.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseDocument } from '../../cli/lite-dom';
import { chromium } from 'playwright-core';
import { auditDocument } from '../../lib/audit';
import { syntheticPages } from './pages';
import { documentCosts } from './documents';
import { ocrBench, printOcrBench } from './ocr';

const ROOT = join(import.meta.dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures');
const args = new Set(process.argv.slice(2));
const REPS = args.has('--quick') ? 5 : 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Report pages of the corpus: the real pages, the sample, and the synthetic reports. */
function reportPages(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  for (const dir of ['pages', 'samples']) {
    for (const f of readdirSync(join(FIX, dir)).filter((f) => f.endsWith('.html')))
      out.push({ name: `${dir}/${f}`, html: readFileSync(join(FIX, dir, f), 'utf8') });
  }
  return out;
}

function nonReportPages(): { name: string; html: string; url: string }[] {
  const out = syntheticPages();
  out.push({
    name: 'negatives/pingtan_nb_list_index.html (listing)',
    html: readFileSync(join(FIX, 'negatives/pingtan_nb_list_index.html'), 'utf8'),
    url: 'http://www.example.gov.cn/col/list.html',
  });
  out.push({
    name: 'synthetic/ordinary_page_many_tables.html',
    html: readFileSync(join(FIX, 'synthetic/ordinary_page_many_tables.html'), 'utf8')
      .replace(/<title>[^<]*<\/title>/, '<title>部门预算</title>')
      .replace(/<meta name="ArticleTitle"[^>]*>/, ''),
    url: 'http://www.example.gov.cn/czyjs/2024.html',
  });
  return out;
}

function sizes() {
  if (!args.has('--no-build')) execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'ignore' });
  const dir = join(ROOT, '.output/chrome-mv3');
  const file = (p: string) => readFileSync(join(dir, p));
  const content = file('content-scripts/content.js');
  const auditor = file('auditor.js');
  const panelFiles = readdirSync(join(dir, 'chunks'))
    .filter((f) => f.startsWith('sidepanel'))
    .map((f) => file(`chunks/${f}`));
  const panel = Buffer.concat(panelFiles);
  const zip = readdirSync(join(ROOT, '.output')).find((f) => f.endsWith('-chrome.zip'));
  return {
    content_script_bytes: content.length,
    content_script_gzip_bytes: gzipSync(content).length,
    // Loaded only into frames the content script finds worth auditing.
    auditor_bytes: auditor.length,
    auditor_gzip_bytes: gzipSync(auditor).length,
    panel_bytes: panel.length,
    panel_gzip_bytes: gzipSync(panel).length,
    zip_bytes: zip ? statSync(join(ROOT, '.output', zip)).size : null,
    // Loaded by the panel only when the user audits a PDF or a Word attachment.
    pdf_chunk_gzip_bytes: lazyChunk(dir, 'pdf-runtime'),
    docx_chunk_gzip_bytes: lazyChunk(dir, 'to-html'),
    pdf_worker_bytes: statSync(join(dir, 'pdf.worker.min.mjs')).size,
  };
}

function lazyChunk(dir: string, prefix: string): number {
  const name = readdirSync(join(dir, 'chunks')).find((f) => f.startsWith(prefix));
  return name ? gzipSync(readFileSync(join(dir, 'chunks', name))).length : 0;
}

async function browserBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

async function inChromium(bundle: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const open = async (url: string, html: string) => {
    await page.route('**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: route.request().url() === url ? html : '' }),
    );
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.unroute('**/*');
    await page.addScriptTag({ content: bundle });
  };
  const reports = [];
  const pages = reportPages();
  // Last year's report for the with-previous measure: the memo of the next page in the list.
  const memos = pages.map(({ html }) => auditDocument(parseDocument(html, 'http://www.example.gov.cn/zfxxgk/nb/report.html'), { source: 'bench' }).memo);
  for (const [index, { name, html }] of pages.entries()) {
    await open('http://www.example.gov.cn/zfxxgk/nb/report.html', html);
    const t = await page.evaluate(
      ({ reps, html }) => {
        const g = (globalThis as unknown as { gouji: { auditDocument(d: Document, o: object): unknown } }).gouji;
        const analyze: number[] = [];
        const parse: number[] = [];
        for (let i = 0; i < 3; i++) g.auditDocument(document, { source: 'bench' });
        for (let i = 0; i < reps; i++) {
          const t0 = performance.now();
          g.auditDocument(document, { source: 'bench' });
          analyze.push(performance.now() - t0);
          const t1 = performance.now();
          new DOMParser().parseFromString(html, 'text/html');
          parse.push(performance.now() - t1);
        }
        return { analyze, parse };
      },
      { reps: REPS, html },
    );
    const other = memos[(index + 1) % memos.length] ?? null;
    const prev = await page.evaluate(
      ({ reps, other }) =>
        (globalThis as unknown as { gouji: { withPrevious(d: Document, n: number, o: unknown): { without: number[]; with: number[] } } }).gouji.withPrevious(
          document,
          reps,
          other,
        ),
      { reps: REPS, other },
    );
    // Cold: a freshly loaded page, its first audit, and the auditor's whole run with marks and pill.
    const first: number[] = [];
    const verdict: number[] = [];
    const style: number[] = [];
    const prose: number[] = [];
    for (let i = 0; i < Math.min(REPS, 8); i++) {
      await open('http://www.example.gov.cn/zfxxgk/nb/report.html', html);
      first.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          (globalThis as unknown as { gouji: { auditDocument(d: Document, o: object): unknown } }).gouji.auditDocument(document, { source: 'bench' });
          return performance.now() - t0;
        }),
      );
      await open('http://www.example.gov.cn/zfxxgk/nb/report.html', html);
      const s = await page.evaluate(() =>
        (globalThis as unknown as { gouji: { session(d: Document): { run: number; styleLayout: number; baseline: number; prose: number } } }).gouji.session(
          document,
        ),
      );
      verdict.push(s.run);
      style.push(s.styleLayout);
      prose.push(s.prose);
    }
    reports.push({
      name,
      kb: Math.round(html.length / 1024),
      analyze: median(t.analyze),
      analyzeP95: p95(t.analyze),
      parse: median(t.parse),
      first: median(first),
      verdict: median(verdict),
      style: median(style),
      prose: median(prose),
      withPrevious: median(prev.with) / median(prev.without),
    });
  }
  const skips = [];
  for (const { name, html, url } of nonReportPages()) {
    await open(url, html);
    const before = await page.evaluate(() => document.documentElement.outerHTML.length);
    const t = await page.evaluate((reps) => {
      const g = (globalThis as unknown as { gouji: { skip(d: Document): boolean } }).gouji;
      // One call is below the clock's resolution: time batches of calls and divide.
      const times: number[] = [];
      let skipped = true;
      for (let b = 0; b < 15; b++) {
        const t0 = performance.now();
        for (let i = 0; i < reps; i++) skipped = g.skip(document) && skipped;
        times.push((performance.now() - t0) / reps);
      }
      return { times, skipped };
    }, REPS * 4);
    const after = await page.evaluate(() => document.documentElement.outerHTML.length);
    skips.push({ name, kb: Math.round(html.length / 1024), skip: median(t.times), skipped: t.skipped, mutated: before !== after });
  }
  await browser.close();
  return { reports, skips };
}

function inNode() {
  const pages = reportPages();
  const rows = [];
  const t0 = performance.now();
  let audits = 0;
  for (const { name, html } of pages) {
    const parse: number[] = [];
    const audit: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const a = performance.now();
      const doc = parseDocument(html, 'http://www.example.gov.cn/zfxxgk/nb/report.html');
      const b = performance.now();
      auditDocument(doc, { source: name });
      const c = performance.now();
      parse.push(b - a);
      audit.push(c - b);
      audits++;
    }
    // A new document each time: every audit above is the first of its document; the JIT is warm
    // after the first page, as in a batch.
    rows.push({ name, parse: median(parse), audit: median(audit) });
  }
  const seconds = (performance.now() - t0) / 1000;
  // Measured in a process of its own: this one also holds the browser driver and the bundler.
  const memory = JSON.parse(execFileSync('node', ['--import', 'tsx', join(import.meta.dirname, 'cli-memory.ts'), FIX], { cwd: ROOT, encoding: 'utf8' })) as {
    peakRssMb: number;
  };
  return { rows, pagesPerSecond: audits / seconds, peakRssMb: memory.peakRssMb };
}

async function main() {
  const size = sizes();
  const chrome = await inChromium(await browserBundle());
  const node = inNode();
  const docs = await documentCosts(ROOT, REPS);
  const ratios = chrome.reports.map((r) => r.analyze / r.parse);
  const out = {
    analyze_ms_median: r3(median(chrome.reports.map((r) => r.analyze))),
    analyze_ms_p95: r3(p95(chrome.reports.map((r) => r.analyzeP95))),
    parse_ms_median: r3(median(chrome.reports.map((r) => r.parse))),
    ratio_median: r3(median(ratios)),
    first_audit_ratio_median: r3(median(chrome.reports.map((r) => r.first / r.parse))),
    table_verdict_ratio_median: r3(median(chrome.reports.map((r) => r.verdict / r.parse))),
    style_layout_ms_median: r3(median(chrome.reports.map((r) => r.style))),
    // The prose checks, run in idle time after the marks and pill (not part of the figure above).
    prose_idle_ratio_median: r3(median(chrome.reports.map((r) => r.prose / r.parse))),
    with_previous_ratio: r3(median(chrome.reports.map((r) => r.withPrevious))),
    skip_ms_median: r3(median(chrome.skips.map((s) => s.skip))),
    skip_mutated_pages: chrome.skips.filter((s) => s.mutated).length,
    ...size,
    cli_parse_ms_median: r3(median(node.rows.map((r) => r.parse))),
    cli_audit_ms_median: r3(median(node.rows.map((r) => r.audit))),
    cli_overhead_ratio: r3(median(node.rows.map((r) => r.audit / r.parse))),
    cli_pages_per_second: r3(node.pagesPerSecond),
    cli_peak_rss_mb: r3(node.peakRssMb),
    pdf_extract_ms_median: r3(median(docs.pdfs.map((d) => d.extract))),
    pdf_rebuild_audit_ms_median: r3(median(docs.pdfs.map((d) => d.audit))),
    docx_convert_ms: r3(docs.docxConvert),
    docx_audit_ms: r3(docs.docxAudit),
    pages: chrome.reports.length,
    reps: REPS,
  };
  const line = (cells: (string | number)[]) => console.log(cells.map(String).join('\t'));
  console.log('\nReport pages, in Chromium (ms, median of', REPS, 'warm runs)');
  line(['page', 'KB', 'analyze', 'analyze p95', 'DOMParser', 'ratio', 'first audit', 'until marks+pill', 'style+layout', 'prose (idle)', 'with previous ×']);
  for (const r of chrome.reports)
    line([
      r.name,
      r.kb,
      r3(r.analyze),
      r3(r.analyzeP95),
      r3(r.parse),
      r3(r.analyze / r.parse),
      r3(r.first),
      r3(r.verdict),
      r3(r.style),
      r3(r.prose),
      r3(r.withPrevious),
    ]);
  console.log("\nNon-report pages: the content script's first look (ms)");
  line(['page', 'KB', 'skip', 'skipped', 'DOM changed']);
  for (const s of chrome.skips) line([s.name, s.kb, r3(s.skip), s.skipped ? 'yes' : 'NO', s.mutated ? 'YES' : 'no']);
  console.log("\nCLI (Node: parse5 + the CLI's DOM), per page (ms)");
  line(['page', 'parse', 'audit', 'audit/parse']);
  for (const r of node.rows) line([r.name, r3(r.parse), r3(r.audit), r3(r.audit / r.parse)]);
  console.log('\nPDF attachments, in Node (ms, median): PDF.js text extraction, then table rebuild + audit');
  line(['file', 'KB', 'pages', 'extract', 'rebuild+audit']);
  for (const d of docs.pdfs) line([d.name, d.kb, d.pages, r3(d.extract), r3(d.audit)]);
  console.log(`Word: sample-report.docx (${docs.docxKb} KB) converted in ${r3(docs.docxConvert)} ms, audited in ${r3(docs.docxAudit)} ms`);
  console.log(
    `Lazy panel chunks: PDF.js ${size.pdf_chunk_gzip_bytes} B gzip (+ worker ${size.pdf_worker_bytes} B), mammoth ${size.docx_chunk_gzip_bytes} B gzip`,
  );
  console.log(
    `\nSizes: content script ${size.content_script_bytes} B (${size.content_script_gzip_bytes} B gzip), auditor (report pages only) ${size.auditor_bytes} B (${size.auditor_gzip_bytes} B gzip), panel ${size.panel_bytes} B (${size.panel_gzip_bytes} B gzip), zip ${size.zip_bytes} B`,
  );
  console.log(
    `Issue 18 budgets: first audit ≤ 0.15 → ${out.first_audit_ratio_median}; until marks+pill ≤ 0.10 → ${out.table_verdict_ratio_median}; style+layout ≤ 0.5 ms → ${out.style_layout_ms_median}; with previous ≤ 1.2 → ${out.with_previous_ratio}; CLI overhead ≤ 0.35 → ${out.cli_overhead_ratio}`,
  );
  console.log(
    `Budgets: ratio ≤ 0.10 → ${out.ratio_median}; skip ≤ 0.05 ms → ${out.skip_ms_median}; content ≤ 25 KB gzip → ${(size.content_script_gzip_bytes / 1024).toFixed(1)} KB; CLI overhead ≤ 0.25 → ${out.cli_overhead_ratio}; peak RSS ≤ 150 MB → ${out.cli_peak_rss_mb}`,
  );
  // OCR: minutes, not milliseconds (every scanned twin read once); `--no-ocr` leaves it out.
  if (!args.has('--no-ocr')) {
    const ocr = await ocrBench();
    printOcrBench(ocr);
    Object.assign(out, { ocr });
  }
  console.log(JSON.stringify(out));
  if (!existsSync(join(ROOT, '.output'))) process.exitCode = 1;
}

await main();
