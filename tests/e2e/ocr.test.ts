/**
 * Issue 17 in Chromium: a scanned PDF attachment and a report page whose table is an image are
 * read by OCR in the panel — only on the user's click, with progress, cancellable — from the
 * extension's own models (no network request), and audited like their text originals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditDocument } from '../../lib/audit';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import type { AuditResult } from '../../lib/model/schema';
import { ui } from '../../lib/i18n/ui';
import { OCR_MODEL_MB } from '../../components/ocr/client';
import { comparable } from '../pdf/twins';
import { parseHtml } from '../helpers/dom';
import { ROOT, startE2E, unexplainedRequests, until, visit, type E2E } from './harness';

const SAMPLE = join(ROOT, 'tests/fixtures/samples/sample-report.html');
const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
const t = ui('zh-CN');

let e2e: E2E;

/** The sample report's own audit: what OCR of its table must give back. */
const original = () => auditDocument(parseHtml(readFileSync(SAMPLE, 'utf8')), { source: SAMPLE }).result;

beforeAll(async () => {
  // tests/e2e/pages/image-table.{html,png}: the sample with its table as a picture (scripts/make-image-table.ts).
  e2e = await startE2E();
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

/** The audit as the panel's 复制 JSON gives it. */
async function copiedJson(panel: Page) {
  await e2e.browser.grantClipboard();
  await panel.evaluate(() => navigator.clipboard.writeText(''));
  await panel.click('[data-action=json]');
  return JSON.parse(await until(() => panel.evaluate(() => navigator.clipboard.readText()), 'the JSON copy'));
}

/** The same scan read by the CLI (OCR in Node): the panel must read the same. */
async function cliOcr(file: string, url: string) {
  const { readInput } = await import('../../cli/read-input');
  const { auditInput } = await import('../../cli/main');
  return auditInput({ ...(await readInput(file)), url }).result;
}

/** The text PDF the scan was made from, audited from its text layer. */
async function printedTwin(url: string) {
  const pages = await pdfPages(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/pdf/printed/pingtan_gwh_2025.pdf'))));
  return auditPdf(pages, parseHtml, { source: url, url, published: null }).result;
}

async function readByOcr(panel: Page, within: string, pages = 1): Promise<void> {
  const button = panel.locator(`${within} [data-action=read-scan]`);
  expect(await button.innerText()).toMatch(/需加载约 \d+ MB 识别模型，仅在本机运行/);
  await button.click();
  await panel.waitForSelector('[data-testid=ocr-progress]');
  // Which page is being read, of how many.
  await panel.waitForSelector(`[data-testid=ocr-progress] :text("${t.ocrPage.replace('{n}', '1').replace('{m}', String(pages))}")`, { timeout: 120_000 });
  // The report read from the scan replaces the page's (it has 返回 to go back).
  await panel.waitForSelector('[data-action=close-report]', { timeout: 240_000 });
}

describe('a report published as a scanned PDF', () => {
  let panel: Page;
  it('says the attachment is a scan and offers to read it; reading it gives what the CLI reads, and the text original’s rows', async () => {
    const page = await visit(e2e, '/e2e/scan-report.html');
    panel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page), { width: 360 });
    await panel.locator('[data-testid=attachments] [data-action=audit-attachment]').click();
    await until(async () => ((await panel.locator('[data-testid=attachments] [role=alert]').count()) > 0 ? true : null), 'the scan message');
    expect(await panel.innerText('[data-testid=attachments] [role=alert]')).toBe(t.attachmentScanned);
    await readByOcr(panel, '[data-testid=attachments]', 4);
    const shown = await copiedJson(panel);
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-ocr-scan.png'), fullPage: true });
    expect(shown.document).toMatchObject({ kind: 'pdf', ocr: true });
    const url = new URL('/fixtures/pdf/scanned/pingtan_gwh_2025.scan.pdf', page.url()).href;
    const cli = await cliOcr(join(ROOT, 'tests/fixtures/pdf/scanned/pingtan_gwh_2025.scan.pdf'), url);
    const printed = await printedTwin(url);
    writeFileSync(
      join(ROOT, '.tmp', 'ocr-scan.json'),
      JSON.stringify({ panel: comparable(shown), cli: comparable(cli), printed: comparable(printed) }, null, 1),
    );
    expect(comparable(shown).rows).toEqual(comparable(printed).rows);
    // The same findings, OCR's own doubts aside (warnings on figures read with little confidence).
    const besidesDoubts = (r: AuditResult) => comparable(r).findings.filter((f) => f.check !== 'ocr-uncertain');
    expect(besidesDoubts(shown)).toEqual(besidesDoubts(printed));
    expect(comparable(cli).rows).toEqual(comparable(printed).rows);
  }, 300_000);

  it('shows, beside each figure a finding rests on, the crop of the scan it was read from', async () => {
    const crops = panel.locator('[data-testid=ocr-crops] li');
    await until(async () => ((await crops.count()) > 0 ? true : null), 'the crops');
    // Drawn (an undrawn canvas is 300 × 150 and transparent), a cell high, with the figure's ink in it.
    await until(async () => ((await panel.locator('[data-testid=ocr-crops] .pdf-region[data-region]').count()) > 0 ? true : null), 'a drawn crop');
    const drawn = await panel.$$eval(
      '[data-testid=ocr-crops] li',
      (items, blank) => {
        const item = items.find((li) => li.querySelector('.pdf-region[data-region]') && !li.querySelector('.read')!.textContent!.includes(blank))!;
        const canvas = item.querySelector('canvas')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        let opaque = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200) opaque++;
          if (data[i + 3]! > 200 && data[i]! < 128) ink++;
        }
        return { ink, opaque, pixels: data.length / 4, height: canvas.getBoundingClientRect().height };
      },
      t.ocrBlank,
    );
    expect(drawn.opaque).toBe(drawn.pixels);
    expect(drawn.height).toBeGreaterThan(15);
    expect(drawn.height).toBeLessThan(40);
    const inked = drawn.ink;
    expect(inked).toBeGreaterThan(5);
    expect(await crops.first().innerText()).toMatch(/识别为 .+ · 把握 \d+%/);
  });
});

describe('a PDF attachment whose table pages are scanned and the rest text', () => {
  it('audits the text, says which pages are images, and reading them gives the text original’s rows and findings', async () => {
    const page = await visit(e2e, '/e2e/mixed-report.html');
    const panel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page), { width: 360 });
    await panel.locator('[data-testid=attachments] [data-action=audit-attachment]').click();
    await panel.waitForSelector('[data-testid=textless-pages]', { timeout: 60_000 });
    expect(await panel.innerText('[data-testid=textless-pages] .status')).toContain('PDF第2、3页只有图片');
    const button = panel.locator('[data-testid=textless-pages] [data-action=read-scan]');
    expect(await button.innerText()).toBe(t.readScannedPages.replace('{mb}', String(OCR_MODEL_MB)));
    await button.click();
    await panel.waitForSelector(`[data-testid=ocr-progress] :text("${t.ocrPage.replace('{n}', '1').replace('{m}', '2')}")`, { timeout: 120_000 });
    // Read: the pages are no longer said to be unread, and the report is the text original's.
    await until(async () => ((await panel.locator('[data-testid=textless-pages]').count()) === 0 ? true : null), 'the reading', 240_000);
    const shown = await copiedJson(panel);
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-ocr-mixed.png'), fullPage: true });
    expect(shown.document).toEqual({ kind: 'pdf', pages: 4, ocr: true, ocrPages: [2, 3] });
    const printed = await printedTwin(new URL('/fixtures/pdf/mixed/pingtan_gwh_2025.mixed.pdf', page.url()).href);
    expect(comparable(shown).rows).toEqual(comparable(printed).rows);
    const besidesDoubts = (r: AuditResult) => comparable(r).findings.filter((f) => f.check !== 'ocr-uncertain');
    expect(besidesDoubts(shown)).toEqual(besidesDoubts(printed));
    await panel.close();
  }, 300_000);
});

describe('a report page whose table is an image', () => {
  let panel: Page;
  it('offers to read the image, and cancels at once', async () => {
    const page = await visit(e2e, '/e2e/image-table.html');
    panel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page), { width: 360 });
    await panel.waitForSelector('[data-testid=image-tables]');
    expect(await panel.innerText('[data-testid=image-tables] .hint')).toBe(t.imageTablesHint.replace('{n}', '1'));
    await panel.click('[data-testid=image-tables] [data-action=read-scan]');
    await panel.waitForSelector('[data-testid=ocr-progress]');
    await panel.click('[data-action=cancel-ocr]');
    await until(async () => ((await panel.innerText('[data-testid=image-tables]')).includes(t.ocrCancelled) ? true : null), 'the cancel');
    expect(await panel.locator('[data-testid=ocr-progress]').count()).toBe(0);
  }, 60_000);

  // A screen picture (1-px rules at 96 dpi): every row read as the page with the table in its text
  // has it, under the page's name, every figure labelled as OCR, and no error that page lacks.
  it('reads the table from the image under the page’s name, its figures labelled OCR, with no error the text original lacks', async () => {
    await readByOcr(panel, '[data-testid=image-tables]');
    const shown = await copiedJson(panel);
    // Every figure of the table is labelled as read by OCR, with its confidence.
    const ocrCells = shown.findings.flatMap((f: { cells?: { read?: string; confidence?: number }[] }) => f.cells ?? []);
    for (const cell of ocrCells) {
      expect(cell.read).toBe('ocr');
      expect(cell.confidence).toBeGreaterThan(0);
    }
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-ocr-image.png'), fullPage: true });
    const expected = comparable(original());
    const got = comparable(shown);
    writeFileSync(join(ROOT, '.tmp', 'ocr-image.json'), JSON.stringify({ panel: got, original: expected }, null, 1));
    expect(shown.document).toMatchObject({ kind: 'images', pages: 1, ocr: true });
    expect([got.year, got.agency]).toEqual([expected.year, expected.agency]);
    expect(got.rows).toEqual(expected.rows);
    expect(ocrCells.length).toBeGreaterThan(0);
    const errors = (r: typeof got) => r.findings.filter((f) => f.severity === 'error');
    for (const error of errors(got)) expect(errors(expected)).toContainEqual(error);
  }, 300_000);

  it('fetched nothing but the scan and the image the user asked to read, and the extension’s own files', () => {
    const requests = unexplainedRequests(e2e).browser.filter((r) => r.startsWith('panel'));
    expect([...new Set(requests.map((r) => new URL(r.split(' ')[2]!).pathname))].sort()).toEqual([
      '/e2e/image-table.png',
      '/fixtures/pdf/mixed/pingtan_gwh_2025.mixed.pdf',
      '/fixtures/pdf/scanned/pingtan_gwh_2025.scan.pdf',
    ]);
  });
});
