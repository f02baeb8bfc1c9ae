/**
 * The user journeys every browser must pass, written once against a small driver interface:
 * tests/e2e/firefox.test.ts runs them in real Firefox (puppeteer-core over WebDriver BiDi),
 * tests/e2e/chromium-scenarios.test.ts in Chromium (Playwright), so the two browsers are held to
 * the same list. The drivers differ only in how they open tabs, reach the extension's APIs (badge,
 * stored audit, the pill in its closed shadow root) and read console errors; everything else
 * happens through `evaluate` of source text in the tab or the panel, the same in both.
 *
 * Nothing expected here is written down by hand: marks, findings, verdicts, copies, the PDF and
 * batch results are computed with the library (auditDocument and friends, in jsdom) from the same
 * files the browser is served. The few judgements the extension makes beyond the library (the
 * badge, the verdict line, the pill) are the helpers under "Expectations", the one place to change
 * when SPEC.md §4 changes them, shared by both browsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditDocument, resultWithMessages } from '../../lib/audit';
import { batchRow } from '../../lib/format/batch';
import { formatJson } from '../../lib/format/json';
import { formatMarkdown } from '../../lib/format/markdown';
import { formatSummary } from '../../lib/format/summary';
import { findingsRows, formatTsv } from '../../lib/format/table';
import { badgeOf, countFindings, verdictLine, verdictOf } from '../../lib/format/verdict';
import { findPrevious } from '../../lib/history';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';
import { cellsOfFindings } from '../../lib/live/mark';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { parseHtml } from '../helpers/dom';
import { ROOT, describeMarks, expectedMarks, type Mark, type StoredAudit } from './harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures');

// ---------------------------------------------------------------------------------------------
// The driver

/** Something to evaluate JavaScript source in: a web page's tab, or the panel. */
export interface Evaluator {
  /** Evaluates an expression (source text) in the document's own world; promises are awaited. */
  evaluate<R>(expression: string): Promise<R>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Tab extends Evaluator {
  tabId: number;
  url: string;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  /** http://<host>:<port><path> on the test server (every *.gov.cn name is 127.0.0.1 in the browser). */
  url(path: string, host?: string): string;
  /** Opens the address in a new tab, waits for its document, returns it with its tab id. */
  open(path: string, host?: string): Promise<Tab>;
  waitForAudit(tab: Tab, timeout?: number): Promise<StoredAudit>;
  storedAudit(tab: Tab): Promise<StoredAudit | null>;
  badgeText(tab: Tab): Promise<string>;
  /** The pill's and the card's text, read inside their closed shadow roots. */
  overlay(tab: Tab): Promise<{ pill: string | null; card: { hidden: boolean; text: string } | null }>;
  /** The panel's page in a tab of its own, bound to the tab (Chrome: side panel; Firefox: sidebar). */
  openPanel(tab: Tab): Promise<Evaluator>;
  /** Errors the extension logged (console errors, uncaught exceptions, "[gouji] … failed"). */
  extensionErrors(): string[];
  /** Where screenshots go (created), or null for none. */
  screenshots: string | null;
}

// ---------------------------------------------------------------------------------------------
// Expectations (shared by both browsers; mirror what entrypoints/background.ts and the panel do)

/**
 * The toolbar badge for an audit (docs/FORMATS.md §4), from the library's own rules: the error
 * count, ! for warnings alone, ✓ only for a read table that holds, ? when the table was not read,
 * nothing on a page that is not a report.
 */
export function expectedBadge(result: AuditResult | null): string {
  if (!result) return '';
  return badgeOf(verdictOf(result), 'zh-CN')?.text ?? '';
}

/** The panel's verdict line for an audit (zh-CN, nothing dismissed). */
export function expectedVerdict(result: AuditResult): string {
  return verdictLine(verdictOf(result), 'zh-CN');
}

/** Where the cells named by the library's error findings are: table index, row index, cell index. */
export function errorCells(file: string, url: string): { table: number; row: number; col: number }[] {
  const doc = parseHtml(readFileSync(file, 'utf8'), url);
  const { result, dom } = auditDocument(doc, { source: url });
  if (!dom) return [];
  const tables = Array.from(doc.querySelectorAll('table'));
  return [
    ...cellsOfFindings(
      dom,
      result.findings.filter((f) => f.severity === 'error'),
    ).keys(),
  ].map((el) => {
    const cell = el as HTMLTableCellElement;
    return { table: tables.indexOf(cell.closest('table')!), row: (cell.parentElement as HTMLTableRowElement).rowIndex, col: cell.cellIndex };
  });
}

/** The library's audit of a served file, as the content script would make it at `url`. */
export function libraryAudit(file: string, url: string): AuditResult {
  return auditDocument(parseHtml(readFileSync(file, 'utf8'), url), { source: url }).result;
}

// ---------------------------------------------------------------------------------------------
// Helpers in the page and the panel (source text: no imports, no named inner functions)

const js = (s: string) => JSON.stringify(s);

export function readMarks(tab: Evaluator): Promise<Mark[]> {
  return tab.evaluate(`((__name) => (${describeMarks.toString()})(document))((f) => f)`);
}

const panelText = (p: Evaluator, selector: string) => p.evaluate<string | null>(`document.querySelector(${js(selector)})?.textContent?.trim() ?? null`);
const panelCount = (p: Evaluator, selector: string) => p.evaluate<number>(`document.querySelectorAll(${js(selector)}).length`);

/** Clicks the first element matching `selector` (whose text contains `hasText`, if given). */
async function click(p: Evaluator, selector: string, hasText?: string): Promise<void> {
  const ok = await p.evaluate<boolean>(`(() => {
    const el = [...document.querySelectorAll(${js(selector)})].find((e) => ${hasText === undefined ? 'true' : `(e.textContent ?? '').includes(${js(hasText)})`});
    if (!el) return false;
    el.click();
    return true;
  })()`);
  if (!ok) throw new Error(`nothing to click at ${selector}${hasText ? ` with "${hasText}"` : ''}`);
}

export async function until<T>(fn: () => Promise<T>, what: string, timeout = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await fn();
    } catch (error) {
      last = undefined;
      if (Date.now() > deadline) throw error;
    }
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Replaces the panel's clipboard with a recorder (no permission prompt, the same in both browsers). */
const CLIPBOARD_RECORDER = `(() => {
  const copied = [];
  window.__goujiCopied = copied;
  const clip = navigator.clipboard;
  Object.defineProperty(clip, 'writeText', { configurable: true, value: async (text) => { copied.push({ 'text/plain': text }); } });
  Object.defineProperty(clip, 'write', { configurable: true, value: async (items) => {
    const out = {};
    for (const item of items) for (const type of item.types) out[type] = await (await item.getType(type)).text();
    copied.push(out);
  } });
  return true;
})()`;

async function copy(panel: Evaluator, action: string): Promise<Record<string, string>> {
  const before = await panel.evaluate<number>('window.__goujiCopied.length');
  await click(panel, `.copybar button[data-action=${action}]`);
  return until(() => panel.evaluate<Record<string, string> | null>(`window.__goujiCopied[${before}] ?? null`), `the ${action} copy`);
}

function shown(stored: StoredAudit): { result: AuditResult; options: { lang: 'zh-CN'; url: string; auditedAt: string } } {
  const result = AuditResultSchema.parse(stored.result);
  return { result: resultWithMessages(result, 'zh-CN'), options: { lang: 'zh-CN', url: result.source, auditedAt: stored.auditedAt } };
}

// ---------------------------------------------------------------------------------------------
// The scenarios

const SAMPLE = '/fixtures/samples/sample-report.html';
const CLEAN = '/fixtures/pages/pingtan_2023.html';
const NOT_A_REPORT = '/fixtures/synthetic/ordinary_page_many_tables.html';
const ATTACHMENTS = '/e2e/attachment-report.html';
const PDF = '/fixtures/pdf/printed/sample-report-split.pdf';
const LISTING = '/fixtures/portal/index.html';

/** The listing's linked reports in the order the portal lists them, and how each batch row ends. */
export const BATCH_ROWS = [
  ['pages/pingtan_2025.html', 'done'],
  ['pages/pingtan_2024.html', 'done'],
  ['pages/pingtan_2023.html', 'done'],
  ['samples/sample-report.html', 'done'],
  ['synthetic/attachment_only.html', 'done'],
  ['portal/gone.html', 'failed'],
  ['synthetic/news_about_reports.html', 'done'],
] as const;

/** Registers the shared journeys as vitest tests; `driver()` is ready when the first one runs. */
export function defineScenarios(driver: () => Driver): void {
  let sample: Tab;
  let samplePanel: Evaluator;
  const shot = async (target: Evaluator, name: string) => {
    const dir = driver().screenshots;
    if (dir) await target.screenshot(join(dir, `${driver().name}-${name}.png`));
  };

  describe('a report page with planted errors (the sample)', () => {
    it("marks the cells the library marks, every error finding's cells included", async () => {
      const d = driver();
      sample = await d.open(SAMPLE);
      await d.waitForAudit(sample);
      const expected = expectedMarks(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(expected.length).toBeGreaterThan(0);
      const marks = await until(async () => {
        const m = await readMarks(sample);
        return m.length >= expected.length ? m : null;
      }, 'the marks');
      expect(marks).toEqual(expected);
      const result = libraryAudit(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(countFindings(result.findings).error).toBeGreaterThan(0);
      expect(marks.some((m) => m.severity === 'error')).toBe(true);
      // Every cell an error finding names carries data-gouji=error (whatever else is marked how).
      const cells = errorCells(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(cells.length).toBeGreaterThan(0);
      const attrs = await sample.evaluate<(string | null)[]>(
        `JSON.parse(${js(JSON.stringify(cells))}).map((p) => document.querySelectorAll('table')[p.table]?.rows[p.row]?.cells[p.col]?.getAttribute('data-gouji') ?? null)`,
      );
      expect(attrs).toEqual(cells.map(() => 'error'));
    });

    it('stores the same findings the library gives', async () => {
      const d = driver();
      const stored = (await d.storedAudit(sample))!;
      const result = libraryAudit(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(stored.result.findings.map((f) => `${f.severity} ${f.check}`)).toEqual(result.findings.map((f) => `${f.severity} ${f.check}`));
    });

    it('puts one pill before the table with the verdict, and the badge', async () => {
      const d = driver();
      const result = libraryAudit(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(await sample.evaluate<number>(`document.querySelectorAll('gouji-ui[data-gouji-ui=pill]').length`)).toBe(1);
      const { pill } = await until(async () => {
        const o = await d.overlay(sample);
        return o.pill ? o : null;
      }, 'the pill');
      expect(pill).toContain(expectedVerdict(result));
      expect(await until(() => d.badgeText(sample), 'the badge')).toBe(expectedBadge(result));
      await shot(sample, 'page');
    });
  });

  describe('a clean report page (pingtan 2023)', () => {
    it('no marks, the all-clear pill, the ✓ badge', async () => {
      const d = driver();
      const tab = await d.open(CLEAN, 'www.pingtan.gov.cn');
      await d.waitForAudit(tab);
      const result = libraryAudit(join(FIXTURES, 'pages', 'pingtan_2023.html'), tab.url);
      expect(await readMarks(tab)).toEqual(expectedMarks(join(FIXTURES, 'pages', 'pingtan_2023.html'), tab.url));
      expect(await readMarks(tab)).toEqual([]);
      const { pill } = await until(async () => {
        const o = await d.overlay(tab);
        return o.pill ? o : null;
      }, 'the pill');
      expect(pill).toBe(expectedVerdict(result));
      expect(await d.badgeText(tab)).toBe(expectedBadge(result));
      await tab.close();
    });
  });

  describe('a page that is not a report', () => {
    it('is left alone: no mark, no pill, no style, no badge, no stored audit; the panel says so', async () => {
      const d = driver();
      const tab = await d.open(NOT_A_REPORT, 'www.pingtan.gov.cn');
      await new Promise((r) => setTimeout(r, 2000)); // document_idle and any late re-check (600 ms debounce)
      expect(libraryAudit(join(FIXTURES, 'synthetic', 'ordinary_page_many_tables.html'), tab.url).detected).toBe(false);
      expect(await tab.evaluate<number>(`document.querySelectorAll('gouji-ui, [data-gouji], #gouji-style').length`)).toBe(0);
      expect(await d.badgeText(tab)).toBe(expectedBadge(null));
      expect(await d.storedAudit(tab)).toBeNull();
      const panel = await d.openPanel(tab);
      expect(await panelCount(panel, '[data-testid=verdict]')).toBe(0);
      expect(await panelCount(panel, '.not-report')).toBe(1);
      await panel.close();
      await tab.close();
    });
  });

  describe('the panel on the sample report', () => {
    it("shows the audit: verdict, findings in the library's order, the address", async () => {
      const d = driver();
      samplePanel = await d.openPanel(sample);
      const result = libraryAudit(join(FIXTURES, 'samples', 'sample-report.html'), sample.url);
      expect(await panelText(samplePanel, '[data-testid=verdict]')).toBe(expectedVerdict(result));
      const listed = await samplePanel.evaluate<string[]>(
        `[...document.querySelectorAll('.report li.finding')].map((el) => (['error', 'warning', 'info'].find((s) => el.classList.contains(s)) ?? '') + ' ' + el.getAttribute('data-check'))`,
      );
      const bySeverity = (['error', 'warning', 'info'] as const).flatMap((s) =>
        result.findings.filter((f) => f.severity === s).map((f) => `${f.severity} ${f.check}`),
      );
      expect(listed).toEqual(bySeverity);
      expect(await panelText(samplePanel, '.report .meta dd.url')).toBe(sample.url);
      await shot(samplePanel, 'panel');
    });

    it('定位 flashes marked cells in the page', async () => {
      await sample.evaluate(`(() => {
        const seen = [];
        window.__goujiFlashes = seen;
        new MutationObserver((list) => {
          for (const m of list) if (m.target.hasAttribute('data-gouji-flash')) seen.push({ text: (m.target.textContent || '').trim(), marked: m.target.hasAttribute('data-gouji') });
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-gouji-flash'] });
        return true;
      })()`);
      await click(samplePanel, 'li.finding.error button', '定位');
      const flashed = await until(
        () => sample.evaluate<{ text: string; marked: boolean }[] | null>('window.__goujiFlashes.length ? window.__goujiFlashes : null'),
        'a flash',
      );
      expect(flashed.length).toBeGreaterThan(0);
      expect(flashed.every((f) => f.marked)).toBe(true);
    });

    it('copies the summary, Markdown, the rich table and JSON exactly as the library formats them', async () => {
      const d = driver();
      const { result, options } = shown((await d.storedAudit(sample))!);
      expect(await samplePanel.evaluate<boolean>(CLIPBOARD_RECORDER)).toBe(true);
      expect((await copy(samplePanel, 'summary'))['text/plain']).toBe(formatSummary(result, options));
      expect((await copy(samplePanel, 'markdown'))['text/plain']).toBe(formatMarkdown(result, options));
      const table = await copy(samplePanel, 'table');
      expect(table['text/plain']).toBe(formatTsv(findingsRows(result, 'zh-CN')));
      expect(table['text/html']).toContain('<table');
      expect((await copy(samplePanel, 'json'))['text/plain']).toBe(formatJson(result));
      await samplePanel.close();
    });
  });

  describe('a report published as a PDF attachment', () => {
    it("审核附件 audits the PDF in the panel: the library's verdict, the cells outlined on the PDF page", async () => {
      const d = driver();
      const tab = await d.open(ATTACHMENTS);
      const panel = await d.openPanel(tab);
      await until(() => panelCount(panel, '[data-testid=attachments] li'), 'the attachment list');
      const clicked = await panel.evaluate<boolean>(`(() => {
        const li = [...document.querySelectorAll('[data-testid=attachments] li')].find((el) => el.textContent.includes('示例区2024年政府信息公开工作年度报告.pdf'));
        const button = li?.querySelector('[data-action=audit-attachment]');
        button?.click();
        return Boolean(button);
      })()`);
      expect(clicked).toBe(true);
      const url = new URL(PDF, tab.url).href;
      const pages = await pdfPages(new Uint8Array(readFileSync(join(ROOT, 'tests', PDF.replace(/^\//, '')))));
      const expected = (await auditPdf(pages, parseHtml, { source: url, url, published: '2025-01-20' })).result;
      await until(() => panelCount(panel, '[data-testid=pdf-evidence] [data-testid=pdf-mark]'), 'the PDF evidence', 45_000);
      expect(await panelText(panel, '[data-testid=verdict]')).toBe(verdictLine(verdictOf(expected), 'zh-CN'));
      const inked = await panel.evaluate<number>(`(() => {
        const c = document.querySelector('[data-testid=pdf-evidence] canvas');
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
        return dark;
      })()`);
      expect(inked).toBeGreaterThan(1000);
      await shot(panel, 'panel-pdf');
      await panel.close();
      await tab.close();
    });
  });

  describe('the batch on a listing page', () => {
    it('audits every linked report; each row is what that page audits to on its own', async () => {
      const d = driver();
      const tab = await d.open(LISTING);
      const panel = await d.openPanel(tab);
      await until(() => panelCount(panel, '[data-action=batch-offer]'), 'the batch offer');
      await click(panel, '[data-action=batch-offer]');
      await until(() => panelCount(panel, '[data-action=batch-start]'), 'the batch start');
      await click(panel, '[data-action=batch-start]');
      await until(
        () => panel.evaluate<boolean>(`document.querySelector('[data-testid=batch-progress]')?.textContent?.includes(' s') ?? false`),
        'the batch to finish',
        60_000,
      );
      const rows = await panel.evaluate<{ status: string; href: string; cells: string[] }[]>(
        `[...document.querySelectorAll('[data-testid=batch-table] tbody tr')].map((tr) => ({ status: tr.dataset.status, href: tr.querySelector('a').href, cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()) }))`,
      );
      expect(rows.map((r) => [r.href.split('/fixtures/')[1], r.status])).toEqual(BATCH_ROWS.map(([p, s]) => [p, s]));
      const read = (path: string) => {
        const url = d.url(`/fixtures/${path}`);
        return { url, doc: () => parseHtml(readFileSync(join(FIXTURES, path), 'utf8'), url) };
      };
      const memos = BATCH_ROWS.filter(([, s]) => s === 'done').flatMap(([p]) => {
        const { url, doc } = read(p);
        const memo = auditDocument(doc(), { source: url }).memo;
        return memo ? [memo] : [];
      });
      for (const [i, [path, status]] of BATCH_ROWS.entries()) {
        if (status !== 'done') continue;
        const { url, doc } = read(path);
        const first = auditDocument(doc(), { source: url });
        const previous = first.memo ? findPrevious(memos, first.memo.agency, first.memo.year) : null;
        const alone = previous ? auditDocument(doc(), { source: url, previous }).result : first.result;
        const row = batchRow({ href: url, title: '', status: 'done', result: alone }, 'zh-CN');
        expect(rows[i]!.cells.slice(1), path).toEqual([row[1], row[2], row[3], row[4]]);
      }
      await shot(panel, 'panel-batch');
      await panel.close();
      await tab.close();
    });
  });

  describe('the console', () => {
    it('has no error from the extension in any of the above', async () => {
      await new Promise((r) => setTimeout(r, 300)); // let the last output lines arrive
      expect(driver().extensionErrors()).toEqual([]);
    });
  });
}
