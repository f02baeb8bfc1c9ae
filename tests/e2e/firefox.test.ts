/**
 * Gouji in a real Firefox (Debian's firefox-esr, or any Firefox scripts/browsers.ts finds): the
 * Firefox build (`wxt build -b firefox`, MV2) installed as a temporary add-on through WebDriver
 * BiDi (puppeteer-core), on pages served from 127.0.0.1 under gov.cn names. The journeys are the
 * shared list of scenarios.ts, the same that chromium-scenarios.test.ts runs in Chromium; the
 * sidebar is opened as a tab bound to the page's tab. Any error the extension logs fails the run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchFirefoxWithExtension, navigate, type FirefoxGouji } from '../../scripts/firefox';
import { ROOT, buildExtension, startServer, type Build, type StaticServer } from './harness';
import { defineScenarios, type Driver, type Evaluator, type Tab } from './scenarios';

const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');

let build: Build;
let server: StaticServer;
let ff: FirefoxGouji;
let auditMs = 0;

function evaluator(page: Page): Evaluator {
  return {
    evaluate: async <R>(expression: string) => (await page.evaluate(expression)) as R,
    screenshot: async (path: string) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

const driver: Driver = {
  name: 'firefox',
  url: (path, host = 'www.example.gov.cn') => server.url(path, host),
  open: async (path, host = 'www.example.gov.cn') => {
    const url = server.url(path, host);
    const page = await ff.open(url);
    const tab: Tab = { ...evaluator(page), tabId: await ff.tabIdOf(page), url };
    return tab;
  },
  waitForAudit: (tab, timeout) => ff.waitForAudit(tab.tabId, { timeout }),
  storedAudit: (tab) => ff.storedAudit(tab.tabId),
  badgeText: (tab) => ff.badgeText(tab.tabId),
  overlay: (tab) => ff.overlayState(tab.tabId),
  openPanel: async (tab) => evaluator(await ff.openPanel(tab.tabId)),
  extensionErrors: () => ff.extensionErrors(),
  screenshots: SCREENSHOTS,
};

beforeAll(async () => {
  let runId: string | undefined;
  try {
    runId = inject('goujiRunId');
  } catch {
    runId = process.env.GOUJI_E2E_RUN_ID;
  }
  build = await buildExtension({ browser: 'firefox', runId });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  ff = await launchFirefoxWithExtension({ extensionDir: build.dir, addonId: 'gouji@gouji.invalid' });
  console.log(`[e2e] firefox ${ff.executable}: launched in ${ff.launchMs} ms, add-on installed in ${ff.installMs} ms`);
}, 180_000);

afterAll(async () => {
  if (auditMs) console.log(`[e2e] firefox: a report page audited and marked ${auditMs} ms after its navigation started`);
  await ff?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('runs the add-on: a report page is audited and marked within seconds', async () => {
    const page = await ff.newPage();
    const url = server.url('/fixtures/samples/sample-report.html?timing');
    const t0 = Date.now();
    await navigate(page, url);
    const tabId = await ff.tabIdOf(page);
    await ff.waitForAudit(tabId);
    for (let i = 0; i < 100 && !(await page.evaluate('document.querySelector("[data-gouji]") !== null')); i++) await new Promise((r) => setTimeout(r, 50));
    auditMs = Date.now() - t0;
    expect(await page.evaluate('document.querySelectorAll("[data-gouji]").length')).toBeGreaterThan(0);
    expect(auditMs).toBeLessThan(10_000);
    await page.close();
  });

  it('reads a table published as an image by OCR in the sidebar, from the add-on’s own models', async () => {
    const page = await ff.open(server.url('/e2e/image-table.html?firefox'));
    const tabId = await ff.tabIdOf(page);
    await ff.waitForAudit(tabId);
    const panel = await ff.openPanel(tabId, { width: 360 });
    await panel.waitForSelector('[data-testid=image-tables] [data-action=read-scan]');
    await panel.click('[data-testid=image-tables] [data-action=read-scan]');
    await panel.waitForSelector('[data-testid=ocr-progress]');
    await panel.waitForSelector('[data-action=close-report]', { timeout: 240_000 });
    // Read from the picture: the table found, its figures labelled as read by OCR.
    const verdict = await panel.$eval('[data-testid=verdict]', (el) => (el as HTMLElement).innerText);
    expect(verdict).not.toMatch(/未找到第三部分表格/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'firefox-ocr-image.png'), fullPage: true });
    expect(ff.extensionErrors()).toEqual([]);
    await panel.close();
    await page.close();
  }, 300_000);
});

defineScenarios(() => driver);
