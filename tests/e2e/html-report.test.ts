/**
 * Issue 19: the CLI's HTML report of the four 平潭综合实验区 years, opened in Chromium: not one
 * request besides the document, the year charts and the continuity chain drawn, its broken links
 * drawn cut. (Its figures against the JSON: tests/cli/html-report.test.ts.)
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from './harness';

const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'assets', 'screenshots') : join(ROOT, '.tmp', 'screenshots');
const FILE = join(ROOT, '.tmp', 'pingtan-2019-2025.html');
const INPUTS = [2019, 2023, 2024, 2025].map((y) => join(ROOT, 'tests/fixtures/pages', `pingtan_${y}.html`));

let browser: Browser;
let page: Page;
const requests: string[] = [];
const routed: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const quiet = { isTTY: false, write: () => true } as unknown as typeof process.stdout;
  expect(await main(['audit', ...INPUTS, '--format', 'html', '--out', FILE], { stdout: quiet, stderr: quiet, env: {} })).toBe(0);
  console.log(`[e2e] HTML report of the four 平潭 years: ${statSync(FILE).size} bytes`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // Every request the page makes, whatever its scheme, and none allowed to leave.
  await page.route('**/*', (route) => {
    routed.push(route.request().url());
    return route.request().url() === `file://${FILE}` ? route.continue() : route.abort();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${FILE}`);
  await page.waitForLoadState('networkidle');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  it('requests nothing but itself', () => {
    expect(requests).toEqual([`file://${FILE}`]);
    expect(routed).toEqual([`file://${FILE}`]);
  });

  it('shows the four year charts and the continuity chain', async () => {
    const agency = page.locator('[data-agency="平潭综合实验区"]');
    const charts = agency.locator('svg.chart');
    expect(await charts.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(500);
      expect(box!.height).toBeGreaterThan(150);
    }
    await agency.locator('.charts').screenshot({ path: join(SHOTS, 'html-report-charts.png') });
    await agency
      .locator('svg.chain')
      .locator('xpath=..')
      .screenshot({ path: join(SHOTS, 'html-report-chain.png') });
  });

  it('draws the broken links cut, with a ✗ in the cut, and the missing years dotted', async () => {
    const link = page.locator('svg.chain g[data-link="2023-2024"]');
    expect(await link.getAttribute('data-docs')).toBe('broken');
    // The cut is a real gap on screen: the two stubs of the broken track do not meet.
    const stubs = await link.locator('line[x1="170"][x2="170"]').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
    expect(stubs).toHaveLength(2);
    expect(stubs[1]![0]! - stubs[0]![1]!).toBeGreaterThan(20);
    expect(await link.locator('circle').isVisible()).toBe(true);
    // The carried applications hold: one unbroken line.
    expect(await link.locator('line[x1="60"]').count()).toBe(1);
    const gap = page.locator('svg.chain g[data-link="2019-2023"]');
    expect(await gap.locator('line').first().getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await gap.textContent()).toContain('缺 2020–2022 年报');
  });

  it('prints in grey with the marks still there: glyphs and patterns, not colour alone', async () => {
    // Each series of a chart has its own pattern, and the legend repeats it.
    const fills = await page.locator('svg[data-chart$="-outcomes"] defs pattern').evaluateAll((ps) => ps.map((p) => p.innerHTML));
    expect(new Set(fills).size).toBe(6);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chain-table tr.broken td[data-key=docs]').first().textContent()).toMatch(/^✗ 断开/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('passes axe (WCAG 2.1 AA + best practice), run after the requests were counted', async () => {
    // Evaluated through DevTools, which the document's CSP does not govern; nothing is fetched.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const found = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const { violations } = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
    });
    expect(found).toEqual([]);
  });

  it('saves a picture of the report for the README', async () => {
    // Its first screens: the verdicts and the first charts (the whole document is ~8,000 px tall).
    await page.screenshot({ path: join(SHOTS, 'html-report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1400 } });
    expect(statSync(join(SHOTS, 'html-report.png')).size).toBeGreaterThan(10_000);
  });
});
