/**
 * Issue 13, problems 9, 11 and 12 in Chromium: the panel's table fits a 360 px side panel (总计
 * in view, labels sticky, blanks named 空白), the verdict is announced, and a page that is not a
 * report says why, offering 审核此页 only where Gouji did not already audit it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../lib/i18n/ui';
import { ROOT, sleep, startE2E, until, visit, type E2E } from './harness';

const SHOTS = join(ROOT, '.tmp');
const WIDTH = 360;
const t = ui('zh-CN');

let e2e: E2E;
let panel: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  const page = await visit(e2e, '/fixtures/samples/sample-report.html');
  const tabId = await e2e.browser.tabIdOf(page);
  await e2e.browser.waitForAudit(tabId);
  panel = await e2e.browser.openPanel(tabId, { width: WIDTH });
  await panel.waitForSelector('[data-testid=extracted-table]');
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

const visibleRows = (p: Page) =>
  p.$$eval('[data-testid=extracted-table] tbody tr', (trs) =>
    trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.querySelector('td')!.dataset.row),
  );

describe('the table as read, at 360 px', () => {
  it('shows only the rows with findings by default, 总计 in view without scrolling', async () => {
    const toggle = panel.locator('[data-action=only-problem-rows]');
    expect(await toggle.isChecked()).toBe(true);
    const marked = await panel.$$eval('[data-testid=extracted-table] tbody tr', (trs) =>
      trs.filter((tr) => tr.querySelector('td.mark')).map((tr) => tr.querySelector('td')!.dataset.row),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(await visibleRows(panel)).toEqual(marked);
    const fit = await panel.$eval('.extracted .scroll', (el) => {
      const total = el.querySelector('thead th:last-child')!.getBoundingClientRect();
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, totalRight: total.right, viewport: document.documentElement.clientWidth };
    });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.totalRight).toBeLessThanOrEqual(fit.viewport);
    await panel.screenshot({ path: join(SHOTS, 'panel-360-errors.png'), fullPage: true });
  });

  it('uses short column headers and keeps the full names for screen readers', async () => {
    const heads = await panel.$$eval('[data-testid=extracted-table] thead th', (ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-label')]));
    expect(heads.map(([text]) => text)).toEqual([t.tableRowHead, '自然人', '商业', '科研', '公益', '法律', '其他', '总计']);
    expect(heads[2]![1]).toBe('商业企业');
  });

  it('names a blank cell 空白, never 0', async () => {
    const blank = panel.locator('[data-testid=extracted-table] td[data-row=denied_process_info][data-col=research]');
    expect(await blank.textContent()).toBe('—');
    expect(await blank.getAttribute('title')).toContain(t.blankCell);
    expect(await blank.getAttribute('aria-label')).toContain(t.blankCell);
  });

  it('shows every row when the toggle is turned off from the keyboard, labels sticky when scrolled', async () => {
    const all = await panel.locator('[data-testid=extracted-table] tbody tr').count();
    expect(all).toBe(25);
    await panel.focus('[data-action=only-problem-rows]');
    await panel.keyboard.press('Space');
    await until(async () => ((await visibleRows(panel)).length === all ? true : null), 'all the rows');
    // A narrower panel than any real one, so that the table must scroll: the labels stay put.
    const sticky = await panel.$eval('.extracted .scroll', async (el) => {
      (el as HTMLElement).style.width = '200px';
      el.scrollLeft = el.scrollWidth;
      await new Promise((r) => requestAnimationFrame(r));
      const label = el.querySelector('tbody th[scope=row]')!.getBoundingClientRect();
      const total = el.querySelector('thead th:last-child')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const result = { scrolled: el.scrollLeft, labelLeft: label.left - box.left, totalRight: total.right - box.right };
      (el as HTMLElement).style.width = '';
      el.scrollLeft = 0;
      return result;
    });
    expect(sticky.scrolled).toBeGreaterThan(0);
    expect(Math.abs(sticky.labelLeft)).toBeLessThan(1);
    expect(sticky.totalRight).toBeLessThanOrEqual(1);
    await panel.keyboard.press('Space');
    await until(async () => ((await visibleRows(panel)).length < all ? true : null), 'the problem rows again');
  });

  it('fits in English too', async () => {
    await panel.click('.bar .link');
    await until(async () => ((await panel.textContent('[data-testid=extracted-table] thead th:last-child')) === 'Total' ? true : null), 'the English table');
    const fit = await panel.$eval('.extracted .scroll', (el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    await panel.screenshot({ path: join(SHOTS, 'panel-360-errors-en.png'), fullPage: true });
    await panel.click('.bar .link');
    await until(
      async () => ((await panel.textContent('[data-testid=extracted-table] thead th:last-child')) === '总计' ? true : null),
      'the Chinese table again',
    );
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
  });

  it('keeps the table reachable by keyboard', async () => {
    expect(await panel.getAttribute('.extracted .scroll', 'tabindex')).toBe('0');
    expect(await panel.getAttribute('.extracted .scroll', 'aria-label')).toBe(t.table);
  });

  it('announces the verdict in a polite live region', async () => {
    const verdict = (await panel.textContent('[data-testid=verdict]'))!.trim();
    const title = (await panel.textContent('.meta .title'))!.trim();
    const live = panel.locator('[data-testid=announce]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect((await live.textContent())!.trim()).toBe(`${title}：${verdict}`);
  });
});

describe('pages that are not reports say why', () => {
  async function notReport(path: string): Promise<Page> {
    const page = await visit(e2e, path);
    const p = await e2e.browser.openPanel(await e2e.browser.tabIdOf(page), { width: WIDTH });
    await p.waitForSelector('.not-report');
    // The listing's links and the tab's title arrive after the first paint.
    await sleep(500);
    return p;
  }

  it('an ordinary gov.cn page the first look passed over: no title, no table; 审核此页 offered', async () => {
    const p = await notReport('/fixtures/synthetic/ordinary_page_many_tables.html');
    expect(await p.textContent('[data-testid=not-report-reason]')).toBe(t.reasonNoTitleNoTable);
    expect(await p.locator('[data-action=audit-page]').count()).toBe(1);
    await p.screenshot({ path: join(SHOTS, 'panel-360-not-report.png'), fullPage: true });
    await p.close();
  });

  it('news about reports, audited already: its title without a table; no 审核此页', async () => {
    const p = await notReport('/fixtures/synthetic/news_about_reports.html');
    await until(async () => ((await p.getAttribute('[data-testid=not-report-reason]', 'data-reason')) === 'title-without-table' ? true : null), 'the reason');
    expect(await p.textContent('[data-testid=not-report-reason]')).toBe(t.reasonTitleOnly);
    expect(await p.locator('[data-action=audit-page]').count()).toBe(0);
    await p.close();
  });

  it('the notice publishing the blank format: a notice, not a report; no 审核此页', async () => {
    const p = await notReport('/fixtures/synthetic/blank_format_notice.html');
    await until(async () => ((await p.getAttribute('[data-testid=not-report-reason]', 'data-reason')) === 'about-reports' ? true : null), 'the reason');
    expect(await p.locator('[data-action=audit-page]').count()).toBe(0);
    await p.close();
  });

  it('a listing: names how many reports it links', async () => {
    const p = await notReport('/fixtures/portal/index.html');
    await p.waitForSelector('[data-action=batch-offer]');
    const links = Number((await p.textContent('[data-action=batch-offer]'))!.match(/\((\d+)\)/)![1]);
    expect(await p.textContent('[data-testid=not-report-reason]')).toBe(t.reasonListing.replace('{n}', String(links)));
    await p.screenshot({ path: join(SHOTS, 'panel-360-listing.png'), fullPage: true });
    await p.close();
  });

  it('a page outside gov.cn: not checked, says so, offers 审核此页', async () => {
    // Served by the test itself: the browser resolves no name outside gov.cn.
    const url = 'http://www.example.com/report.html';
    await e2e.browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>示例</title><p>年度报告</p>' }));
    const tabIds = () => e2e.browser.inWorker(async () => (await chrome.tabs.query({})).map((tab) => tab.id!), null);
    const before = new Set(await tabIds());
    const page = await e2e.browser.newPage();
    await page.goto(url);
    // Its address is hidden from the extension (no access to the host): found as the new tab.
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    const p = await e2e.browser.openPanel(tabId!, { width: WIDTH });
    await p.waitForSelector('.not-report');
    expect(await p.textContent('.not-report .status')).toBe(t.reasonOutside);
    expect(await p.locator('[data-action=audit-page]').count()).toBe(1);
    await p.close();
    await page.close();
  });
});
