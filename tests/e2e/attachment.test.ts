/**
 * Issue 8 in Chromium: a report page whose table is only in its attachments offers 审核附件; a
 * PDF is read with the packaged PDF.js and its findings shown on the PDF page, a .docx as its
 * HTML twin, and what cannot be read says why.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditDocument, withMessages } from '../../lib/audit';
import { formatSummary } from '../../lib/format/summary';
import { verdictLine, verdictOf } from '../../lib/format/verdict';
import { ui } from '../../lib/i18n/ui';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { makeDocx } from '../docx/make-docx';
import { parseHtml } from '../helpers/dom';
import { ROOT, startE2E, unexplainedRequests, until, visit, type E2E } from './harness';

const GENERATED = join(ROOT, 'tests/e2e/pages/generated');
const SAMPLE = join(ROOT, 'tests/fixtures/samples/sample-report.html');
const PDF = join(ROOT, 'tests/fixtures/pdf/printed/sample-report-split.pdf');
const SCAN =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'assets', 'screenshots') : join(ROOT, '.tmp', 'screenshots');
const t = ui('zh-CN');

let e2e: E2E;
let panel: Page;
let pageUrl = '';

beforeAll(async () => {
  mkdirSync(GENERATED, { recursive: true });
  const doc = parseHtml(readFileSync(SAMPLE, 'utf8'));
  writeFileSync(join(GENERATED, 'sample-report.docx'), await makeDocx(doc.querySelector('.TRS_Editor, #zoom, article') ?? doc.body, [doc.title]));
  writeFileSync(join(GENERATED, 'scan.pdf'), SCAN);
  // The sample as a page that has the table and links its PDF too.
  writeFileSync(
    join(GENERATED, 'sample-with-pdf.html'),
    readFileSync(SAMPLE, 'utf8').replace('</body>', '<p><a href="/fixtures/pdf/printed/sample-report.pdf">附件：年报PDF版.pdf</a></p></body>'),
  );
  writeFileSync(join(GENERATED, 'old-report.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  e2e = await startE2E();
  const page = await visit(e2e, '/e2e/attachment-report.html');
  pageUrl = page.url();
  panel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page), { width: 360 });
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

/** Dark pixels of the canvas inside the first outline of `within`: the figure the outline frames. */
function inkWithin(panel: Page, within: string): Promise<number> {
  return panel.$eval(within, (root) => {
    const canvas = root.querySelector('canvas')!;
    const mark = root.querySelector('[data-testid=pdf-mark]')!.getBoundingClientRect();
    const at = canvas.getBoundingClientRect();
    const k = canvas.width / at.width;
    const data = canvas.getContext('2d')!.getImageData((mark.left - at.left) * k, (mark.top - at.top) * k, mark.width * k, mark.height * k).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });
}

const auditButton = (name: string) => panel.locator('[data-testid=attachments] li', { hasText: name }).locator('[data-action=audit-attachment]');

/** What the library makes of the PDF in Node: the panel must show the same. */
async function expectedPdf() {
  const pages = await pdfPages(new Uint8Array(readFileSync(PDF)));
  const url = new URL('/fixtures/pdf/printed/sample-report-split.pdf', pageUrl).href;
  return auditPdf(pages, parseHtml, { source: url, url, published: '2025-01-20' }).result;
}

describe('a report published as attachments', () => {
  it('lists the attachments with 审核附件 and says the table is not on the page', async () => {
    await panel.waitForSelector('[data-testid=attachments]');
    const items = await panel.$$eval('[data-testid=attachments] li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^PDF/);
    expect(await panel.innerText('[data-testid=attachments] .hint')).toBe(t.attachmentsHint);
    expect(await auditButton('.pdf').first().innerText()).toBe(t.auditAttachment);
  });

  it('audits the PDF: the same verdict as the library, and the failing cells outlined on the PDF page', async () => {
    await auditButton('示例区2024年政府信息公开工作年度报告.pdf').click();
    await panel.waitForSelector('[data-testid=pdf-evidence] [data-testid=pdf-mark]', { timeout: 30_000 });
    const expected = await expectedPdf();
    expect(await panel.innerText('[data-testid=verdict]')).toBe(verdictLine(verdictOf(expected), 'zh-CN'));
    // The evidence opens on the likeliest misprint; its cell is outlined on the page it was printed on.
    const lead = expected.findings.find((f) => f.check === 'suspect-cell')!;
    const box = lead.cells![0]!.pdf![0]!;
    expect(Number(await panel.getAttribute('[data-testid=pdf-evidence]', 'data-page'))).toBe(box.page);
    expect(await panel.locator('[data-testid=pdf-mark]').count()).toBe(lead.cells!.flatMap((c) => c.pdf ?? []).filter((b) => b.page === box.page).length);
    // The page was really drawn: the canvas is not blank.
    const inked = await panel.$eval('[data-testid=pdf-evidence] canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
    // Drawn is the part of the page around the cells, not the whole page: at least 200 pt high,
    // the cell inside it, its text at a readable size (a cell's box is ~1.2 font sizes high).
    const drawn = await panel.$eval('[data-testid=pdf-evidence] .pdf-region', (el) => ({
      scale: Number((el as HTMLElement).dataset.scale),
      region: (el as HTMLElement).dataset.region!.split(',').map(Number),
      canvasWidth: el.querySelector('canvas')!.getBoundingClientRect().width,
    }));
    const [rx, ry, rw, rh] = drawn.region as [number, number, number, number];
    expect(rh).toBeGreaterThanOrEqual(200);
    expect(rh).toBeLessThan(842);
    expect(box.box[0]).toBeGreaterThanOrEqual(rx);
    expect(box.box[0] + box.box[2]).toBeLessThanOrEqual(rx + rw);
    expect(box.box[1]).toBeGreaterThanOrEqual(ry);
    expect(box.box[1] + box.box[3]).toBeLessThanOrEqual(ry + rh);
    expect(Math.abs(drawn.canvasWidth - rw * drawn.scale)).toBeLessThan(2);
    expect((box.box[3] / 1.2) * drawn.scale).toBeGreaterThanOrEqual(11);
    // The outline sits where the PDF printed the figure: the cell's box, moved and scaled with the crop…
    const mark = await panel.locator('[data-testid=pdf-evidence] [data-testid=pdf-mark]').first().boundingBox();
    const origin = await panel.locator('[data-testid=pdf-evidence] .pdf-region').boundingBox();
    expect(Math.abs(mark!.x - origin!.x - ((box.box[0] - rx) * drawn.scale - 2))).toBeLessThan(3);
    expect(Math.abs(mark!.y - origin!.y - ((box.box[1] - ry) * drawn.scale - 2))).toBeLessThan(3);
    // …and the canvas has the figure's ink inside the outline.
    expect(await inkWithin(panel, '[data-testid=pdf-evidence]')).toBeGreaterThan(10);
    await panel.screenshot({ path: join(SCREENSHOTS, 'panel-pdf.png'), fullPage: true });
  });

  it('zooms to the whole page on a click, on Enter too, and closes on Esc', async () => {
    const lead = (await expectedPdf()).findings.find((f) => f.check === 'suspect-cell')!;
    const box = lead.cells![0]!.pdf![0]!;
    await panel.click('[data-testid=pdf-evidence] .evidence-frame');
    const zoom = panel.locator('[data-testid=pdf-zoom]');
    await until(async () => ((await zoom.locator('[data-testid=pdf-mark]').count()) > 0 ? true : null), 'the zoomed page');
    expect(await zoom.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
    const drawn = await zoom
      .locator('.pdf-region')
      .evaluate((el) => ({ scale: Number((el as HTMLElement).dataset.scale), region: (el as HTMLElement).dataset.region! }));
    const small = Number(await panel.getAttribute('[data-testid=pdf-evidence] .evidence-frame .pdf-region', 'data-scale'));
    // The whole page, larger than the crop.
    expect(drawn.region.split(',').map(Number).slice(0, 2)).toEqual([0, 0]);
    expect(Number(drawn.region.split(',')[3])).toBeGreaterThan(800);
    expect(drawn.scale).toBeGreaterThan(small);
    const mark = await zoom.locator('[data-testid=pdf-mark]').first().boundingBox();
    const origin = await zoom.locator('.pdf-region').boundingBox();
    expect(Math.abs(mark!.x - origin!.x - (box.box[0] * drawn.scale - 2))).toBeLessThan(3);
    expect(Math.abs(mark!.y - origin!.y - (box.box[1] * drawn.scale - 2))).toBeLessThan(3);
    // Scrolled to the cell: its outline is in view.
    const view = await zoom.locator('.zoom-frame').boundingBox();
    expect(mark!.y).toBeGreaterThanOrEqual(view!.y);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(view!.y + view!.height);
    expect(await inkWithin(panel, '[data-testid=pdf-zoom]')).toBeGreaterThan(10);
    await panel.screenshot({ path: join(ROOT, '.tmp', 'panel-360-pdf-zoom.png') });
    await panel.keyboard.press('Escape');
    await until(async () => ((await zoom.count()) === 0 ? true : null), 'the dialog to close');
    // Keyboard: Enter on the focused evidence opens it again.
    await panel.focus('[data-testid=pdf-evidence] .evidence-frame');
    await panel.keyboard.press('Enter');
    await until(async () => ((await zoom.count()) === 1 ? true : null), 'the dialog from the keyboard');
    await panel.click('[data-action=close-zoom]');
    await until(async () => ((await zoom.count()) === 0 ? true : null), 'the dialog to close on 关闭');
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('evidence-frame'))).toBe(true);
  });

  it('moves the evidence to another finding on 定位', async () => {
    const item = panel.locator('li.finding[data-check=row-total]').first();
    await item.locator('[data-action=show-evidence]').click();
    const expected = await expectedPdf();
    const rowTotal = withMessages(expected.findings, 'zh-CN').find((f) => f.check === 'row-total')!;
    const pages = [...new Set(rowTotal.cells!.flatMap((c) => (c.pdf ?? []).map((b) => b.page)))].sort();
    await until(async () => (Number(await panel.getAttribute('[data-testid=pdf-evidence]', 'data-page')) === pages[0] ? true : null), 'the evidence page');
    await until(async () => ((await panel.locator('[data-testid=pdf-mark]').count()) > 0 ? true : null), 'the marks');
    expect(await panel.locator('[data-testid=pdf-mark]').count()).toBe(rowTotal.cells!.flatMap((c) => c.pdf ?? []).filter((b) => b.page === pages[0]).length);
  });

  it('copies a summary that names the PDF pages', async () => {
    await e2e.browser.grantClipboard();
    await panel.evaluate(() => navigator.clipboard.writeText(''));
    await panel.click('[data-action=summary]');
    const text = await until(() => panel.evaluate(() => navigator.clipboard.readText()), 'the summary copy');
    const expected = await expectedPdf();
    expect(text).toBe(formatSummary({ ...expected, findings: withMessages(expected.findings, 'zh-CN') }, { lang: 'zh-CN', url: expected.source }));
    expect(text).toMatch(/（PDF第\d+页）/);
  });

  it('audits the Word version as its HTML twin, then says why the scan and the .doc cannot be read', async () => {
    await panel.click('[data-action=close-report]');
    await auditButton('.docx').click();
    await panel.waitForSelector('[data-testid=verdict]');
    await until(async () => ((await panel.innerText('.meta')).includes('.docx') ? true : null), 'the Word audit');
    const html = auditDocument(parseHtml(readFileSync(SAMPLE, 'utf8')), { source: SAMPLE }).result;
    expect(await panel.innerText('[data-testid=verdict]')).toBe(verdictLine(verdictOf(html), 'zh-CN'));
    expect(await panel.locator('[data-testid=pdf-evidence]').count()).toBe(0);
    await panel.click('[data-action=close-report]');
    await auditButton('年报扫描件.pdf').click();
    await until(async () => ((await panel.locator('[data-testid=attachments] [role=alert]').count()) > 0 ? true : null), 'the scan message');
    expect(await panel.innerText('[data-testid=attachments] [role=alert]')).toBe(t.attachmentScanned);
    await auditButton('.doc').last().click();
    await until(async () => ((await panel.locator('[data-testid=attachments] [role=alert]').count()) > 1 ? true : null), 'the .doc message');
    expect(await panel.locator('[data-testid=attachments] [role=alert]').nth(1).innerText()).toBe(t.attachmentLegacy);
  });

  it('on a page with the table and its PDF, says whether the two print the same figures', async () => {
    const page = await visit(e2e, '/e2e/generated/sample-with-pdf.html');
    const both = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page));
    await both.waitForSelector('[data-testid=attachments]');
    expect(await both.locator('[data-testid=attachments] .hint').count()).toBe(0);
    await both.locator('[data-action=audit-attachment]').click();
    await both.waitForSelector('[data-testid=versions]', { timeout: 30_000 });
    expect(await both.innerText('[data-testid=versions]')).toBe(t.versionsSame);
    await both.close();
  });

  it('audits a PDF opened in a tab of its own (the browser’s PDF viewer runs no content script)', async () => {
    const tab = await e2e.browser.newPage();
    const url = e2e.server.url('/fixtures/pdf/printed/sample-report-split.pdf?tab', 'www.example.gov.cn');
    e2e.navigated.add(url);
    await tab.goto(url).catch(() => undefined);
    const filePanel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(tab));
    expect(await filePanel.innerText('.not-report .status')).toBe(t.fileInTab);
    await filePanel.click('[data-action=audit-file]');
    await filePanel.waitForSelector('[data-testid=pdf-evidence] [data-testid=pdf-mark]', { timeout: 30_000 });
    const expected = await expectedPdf();
    expect(await filePanel.innerText('[data-testid=verdict]')).toBe(verdictLine(verdictOf(expected), 'zh-CN'));
    await filePanel.close();
  });

  it('fetched nothing but the attachments the user asked for', () => {
    const panelRequests = unexplainedRequests(e2e).browser.filter((r) => r.startsWith('panel'));
    // (The PDF opened in its own tab was fetched again by the panel, as the user asked.)
    expect([...new Set(panelRequests.map((r) => new URL(r.split(' ')[2]!).pathname))].sort()).toEqual(
      [
        '/e2e/generated/old-report.doc',
        '/e2e/generated/sample-report.docx',
        '/e2e/generated/scan.pdf',
        '/fixtures/pdf/printed/sample-report-split.pdf',
        '/fixtures/pdf/printed/sample-report.pdf',
      ].sort(),
    );
  });
});
