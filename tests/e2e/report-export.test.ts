/**
 * Issue 19 in Chromium: after a batch on a listing page the panel draws the agency's years and
 * 导出报告 downloads the HTML report, which opens with no request; on a report 复制为图片 puts a
 * PNG of the table on the clipboard, of the size and with the caption Gouji drew.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { ROOT, startE2E, until, visit, type E2E } from './harness';

const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'assets', 'screenshots') : join(ROOT, '.tmp', 'screenshots');

let e2e: E2E;
let panel: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  const listing = await visit(e2e, '/fixtures/portal/index.html');
  panel = await e2e.browser.openPanel(await e2e.browser.tabIdOf(listing), { width: 380 });
  await panel.click('[data-action=batch-offer]', { timeout: 15_000 });
  await panel.click('[data-action=batch-start]');
  await panel.waitForFunction(() => document.querySelector('[data-testid=batch-progress]')?.textContent?.includes(' s'), null, { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

/** A PNG's size from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the batch’s charts and its report', () => {
  it('draws 平潭综合实验区’s three years in the batch view, with the continuity table', async () => {
    const charts = panel.locator('[data-testid=batch-charts]');
    await charts.waitFor({ timeout: 10_000 });
    expect(await charts.locator('img[data-chart]').count()).toBe(4);
    expect(
      await charts
        .locator('img[data-chart]')
        .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth === 340)),
    ).toBe(true);
    expect(await charts.locator('h3').first().textContent()).toBe('平潭综合实验区（2023、2024、2025）');
    const links = await charts
      .locator('table[data-figures=chain] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-link'), tr.getAttribute('data-carry'), tr.getAttribute('data-docs')]));
    expect(links).toEqual([
      ['2023-2024', 'holds', 'broken'],
      ['2024-2025', 'holds', 'broken'],
    ]);
    // Drawn to the panel's width, not scaled down from the HTML report's.
    const box = await charts.locator('img[data-chart]').first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(380);
    expect(box!.width).toBeGreaterThan(300);
    await panel.screenshot({ path: join(SHOTS, 'batch-charts.png'), fullPage: true });
    // The charts keep the panel accessible (a11y.test.ts checks it before they are drawn).
    await panel.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const found = await panel.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
        .axe;
      const { violations } = await axe.run(document.querySelector('[data-testid=batch-charts]')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
    expect(found).toEqual([]);
  });

  it('downloads the HTML report of the whole batch, whose figures are the batch’s JSON', async () => {
    const [jsonl] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-action=batch-jsonl]')]);
    const results = readFileSync((await jsonl.path())!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-action=batch-export]')]);
    expect(download.suggestedFilename()).toMatch(/勾稽报告\.html$/);
    // Saved under its own name: a download's temporary path has no .html to open it as a page.
    const path = join(ROOT, '.tmp', 'batch-report.html');
    await download.saveAs(path);
    const html = readFileSync(path, 'utf8');
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('table[data-figures=summary] tbody tr')).toHaveLength(results.length);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const agency = doc.querySelector('[data-agency="平潭综合实验区"]')!;
    for (const r of results.filter((x) => x.report?.agency === '平潭综合实验区')) {
      const received = agency.querySelector(`table[data-figures=received] tr[data-row="${r.report.year}"] td[data-key=received]`)!.textContent;
      expect(received).toBe(String(r.tables.applications.rows.new_received[6]));
    }
    // The year 2024 holds two agencies: ranked by applications received.
    expect([...doc.querySelectorAll('section.year-batch[data-year="2024"] table[data-figures=rank] [data-key=agency]')].map((td) => td.textContent)).toEqual([
      '平潭综合实验区',
      '示例市示例区人民政府',
    ]);

    // Opened in the browser: nothing but the document itself is requested.
    const page = await e2e.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${path}`);
    await page.waitForLoadState('load');
    expect(requests).toEqual([`file://${path}`]);
    expect(await page.locator('svg.chain').count()).toBe(1);
    await page.close();
  });

  it('copies the table of a report as a PNG with its caption, and offers it as a download', async () => {
    const report = await visit(e2e, '/fixtures/samples/sample-report.html');
    const p = await e2e.browser.openPanel(await e2e.browser.tabIdOf(report), { width: 380 });
    await e2e.browser.grantClipboard();
    await p.evaluate(() => navigator.clipboard.writeText(''));
    await p.click('[data-action=copy-image]');
    const copied = await until(
      () =>
        p.evaluate(async () => {
          for (const item of await navigator.clipboard.read()) {
            if (item.types.includes('image/png')) return [...new Uint8Array(await (await item.getType('image/png')).arrayBuffer())];
          }
          return null;
        }),
      'a PNG on the clipboard',
    );
    const size = pngSize(new Uint8Array(copied));
    expect(size.width).toBe(1080);
    expect(await p.getAttribute('.report-actions', 'data-image-size')).toBe(`${size.width}x${size.height}`);
    expect(size.height).toBeGreaterThan(1200);
    const caption = (await p.getAttribute('.report-actions', 'data-image-caption'))!.split('\n');
    expect(caption).toEqual([
      '机关：示例市示例区人民政府',
      '年度：2024',
      '结论：4 处错误 · 1 处警告 · 2 处提示',
      `来源：${e2e.server.url('/fixtures/samples/sample-report.html', 'www.example.gov.cn')}`,
      expect.stringMatching(/^核对时间：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（北京时间）$/),
    ]);
    // The same picture as a file (the clipboard re-encodes it, so the bytes differ; the size not).
    const [saved] = await Promise.all([p.waitForEvent('download'), p.click('[data-action=save-image]')]);
    expect(saved.suggestedFilename()).toBe('示例市示例区人民政府-2024-勾稽报告.png');
    const file = readFileSync((await saved.path())!);
    expect(pngSize(new Uint8Array(file))).toEqual(size);
    writeFileSync(join(SHOTS, 'table-image.png'), file);
    await p.close();
  });

  it('exports a single report with last year’s when Gouji knows it', async () => {
    // Visiting 2024 first puts it in the history; 2025 is then audited against it.
    const before = await visit(e2e, '/fixtures/pages/pingtan_2024.html');
    await e2e.browser.waitForAudit(await e2e.browser.tabIdOf(before));
    const report = await visit(e2e, '/fixtures/pages/pingtan_2025.html');
    const p = await e2e.browser.openPanel(await e2e.browser.tabIdOf(report), { width: 380 });
    await p.waitForSelector('[data-testid=previous-year] a', { timeout: 10_000 });
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-action=export-report]')]);
    expect(download.suggestedFilename()).toBe('平潭综合实验区-2024-2025-勾稽报告.html');
    const doc = parseHtml(readFileSync((await download.path())!, 'utf8'));
    expect([...doc.querySelectorAll('table[data-figures=summary] [data-key=year]')].map((td) => td.textContent)).toEqual(['2024', '2025']);
    expect(doc.querySelector('table[data-figures=chain] tr[data-row="2024-2025"]')!.getAttribute('data-docs')).toBe('broken');
    await p.close();
  });
});
