/**
 * Micro-benchmark, not a test. Per fixture page, milliseconds per page (median, or minimum, of the runs after
 * warm-up) to
 *   parse5   parse with parse5's default tree adapter: the floor, a spec-compliant parse
 *   lite     parse5 building the lite DOM (cli/lite-dom)
 *   audit    auditDocument on a fresh lite document (what Gouji does after the parse)
 *   jsdom    new JSDOM(html, { url })
 *   audit    auditDocument on a fresh jsdom document
 * then lite/p5 and jsdom/p5, and "after" = (lite − parse5 + lite audit) / parse5: everything beyond
 * the parse floor, which the performance budget caps at 25 %.
 *
 * Each of the three runs in its own process: parse5's code is shared by the three tree adapters,
 * and running them side by side makes it polymorphic, which slows every one of them.
 *
 *   npx tsx cli/lite-dom/bench.ts [--runs N] [--stat median|min] [page.html …]
 *   (default: 30 runs, the median, every tests/fixtures/**\/*.html; --stat min is steadier on a busy machine)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_URL = 'https://www.example.gov.cn/zwgk/report.html';

type Mode = 'parse5' | 'lite' | 'jsdom';
/** Per file: [parse ms, audit ms] (audit 0 for parse5). */
type Timings = Record<string, [number, number]>;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

let stat: 'median' | 'min' = 'median';

/** The median (or the minimum: steadier on a busy machine) of the samples. */
function summary(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return stat === 'min' ? sorted[0]! : sorted[sorted.length >> 1]!;
}

/** Ms of `measure` (which times one run of its own) over the runs after a warm-up. */
function time(runs: number, measure: () => number): number {
  for (let i = 0; i < Math.min(5, runs); i++) measure();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(measure());
  return summary(samples);
}

function elapsed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function measureAll(mode: Mode, files: string[], runs: number): Promise<Timings> {
  const { auditDocument } = await import('../../lib/audit');
  const out: Timings = {};
  if (mode === 'parse5') {
    const { parse } = await import('parse5');
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      out[file] = [time(runs, () => elapsed(() => parse(html, { scriptingEnabled: false }))), 0];
    }
  } else if (mode === 'lite') {
    const { parseDocument } = await import('./index');
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const parseMs = time(runs, () => elapsed(() => parseDocument(html, PAGE_URL)));
      const auditMs = time(runs, () => {
        const doc = parseDocument(html, PAGE_URL);
        return elapsed(() => auditDocument(doc, { source: file }));
      });
      out[file] = [parseMs, auditMs];
    }
  } else {
    const { JSDOM } = await import('jsdom');
    const jsdomRuns = Math.max(3, Math.ceil(runs / 4));
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const parseMs = time(jsdomRuns, () => {
        let dom: InstanceType<typeof JSDOM> | undefined;
        const ms = elapsed(() => (dom = new JSDOM(html, { url: PAGE_URL })));
        dom!.window.close();
        return ms;
      });
      const auditMs = time(jsdomRuns, () => {
        const dom = new JSDOM(html, { url: PAGE_URL });
        const ms = elapsed(() => auditDocument(dom.window.document, { source: file }));
        dom.window.close();
        return ms;
      });
      out[file] = [parseMs, auditMs];
    }
  }
  return out;
}

const args = process.argv.slice(2);
let runs = 30;
let mode: Mode | null = null;
for (const [flag, set] of [
  ['--runs', (v: string) => (runs = Math.max(1, Number(v) || runs))],
  ['--mode', (v: string) => (mode = v as Mode)],
  ['--stat', (v: string) => (stat = v === 'min' ? 'min' : 'median')],
] as const) {
  const at = args.indexOf(flag);
  if (at >= 0) {
    set(args[at + 1] ?? '');
    args.splice(at, 2);
  }
}
const files = args.length ? args : htmlFiles(join(ROOT, 'tests/fixtures'));

if (mode) {
  process.stdout.write(JSON.stringify(await measureAll(mode, files, runs)));
} else {
  const results = {} as Record<Mode, Timings>;
  for (const m of ['parse5', 'lite', 'jsdom'] as const) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--mode', m, '--runs', String(runs), '--stat', stat, ...files],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`bench --mode ${m} failed:\n${child.stderr}`);
    results[m] = JSON.parse(child.stdout) as Timings;
  }
  const rows: string[][] = [['page', 'KB', 'parse5', 'lite', 'audit', 'jsdom', 'audit', 'lite/p5', 'jsdom/p5', 'after']];
  const sum = { p5: 0, lite: 0, liteAudit: 0, jsdom: 0, jsdomAudit: 0 };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  for (const file of files) {
    const p5 = results.parse5[file]![0];
    const [lite, liteAudit] = results.lite[file]!;
    const [jsdom, jsdomAudit] = results.jsdom[file]!;
    sum.p5 += p5;
    sum.lite += lite;
    sum.liteAudit += liteAudit;
    sum.jsdom += jsdom;
    sum.jsdomAudit += jsdomAudit;
    rows.push([
      relative(ROOT, file).replace(/^tests\/fixtures\//, ''),
      (Buffer.byteLength(readFileSync(file)) / 1024).toFixed(0),
      p5.toFixed(2),
      lite.toFixed(2),
      liteAudit.toFixed(2),
      jsdom.toFixed(1),
      jsdomAudit.toFixed(2),
      (lite / p5).toFixed(2),
      (jsdom / p5).toFixed(1),
      pct((lite - p5 + liteAudit) / p5),
    ]);
  }
  rows.push([
    'TOTAL',
    '',
    sum.p5.toFixed(1),
    sum.lite.toFixed(1),
    sum.liteAudit.toFixed(1),
    sum.jsdom.toFixed(1),
    sum.jsdomAudit.toFixed(1),
    (sum.lite / sum.p5).toFixed(2),
    (sum.jsdom / sum.p5).toFixed(1),
    pct((sum.lite - sum.p5 + sum.liteAudit) / sum.p5),
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(
    `\nms per page, ${stat} of ${runs} runs (jsdom ${Math.max(3, Math.ceil(runs / 4))}), each DOM in its own process. ` +
      'after = (lite − parse5 + audit on lite) / parse5; the budget is 25 %.',
  );
}
