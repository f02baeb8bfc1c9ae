/**
 * Issue 20 in Chromium: a batch over a portal that misbehaves on purpose
 * (tests/helpers/misbehaving-portal.ts). The challenge-protected and the script-built reports are
 * read in a background tab and audit as they do on their own; the login redirect is named
 * 未能取得页面（跳转到登录页）; nothing that was not read is counted as "not a report".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { batchRow } from '../../lib/format/batch';
import { parseHtml } from '../helpers/dom';
import { misbehavingPortal, PORTAL_LINKS, SLOW_MS, type PortalLog } from '../helpers/misbehaving-portal';
import { ROOT, startE2E, visit, type E2E } from './harness';

let e2e: E2E;
let panel: Page;
const log: PortalLog = { busyServed: 0 };
let tabNotes: string[] = [];

beforeAll(async () => {
  e2e = await startE2E({ route: misbehavingPortal(log) });
  const listing = await visit(e2e, '/bad/index.html');
  const tabId = await e2e.browser.tabIdOf(listing);
  panel = await e2e.browser.openPanel(tabId);
  await panel.click('[data-action=batch-offer]', { timeout: 15_000 });
  await panel.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __tabNotes: string[] }).__tabNotes = seen;
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid=batch-tab]')?.textContent;
      if (t && seen[seen.length - 1] !== t) seen.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await panel.click('[data-action=batch-start]');
  await panel.waitForFunction(() => document.querySelector('[data-testid=batch-progress]')?.textContent?.includes(' s'), null, { timeout: SLOW_MS + 90_000 });
  tabNotes = await panel.evaluate(() => (window as unknown as { __tabNotes: string[] }).__tabNotes.slice());
}, SLOW_MS + 150_000);

afterAll(async () => {
  await e2e?.close();
});

const rows = () =>
  panel.$$eval('[data-testid=batch-table] tbody tr', (trs) =>
    trs.map((tr) => ({
      status: (tr as HTMLElement).dataset.status,
      path: new URL(tr.querySelector('a')!.href).pathname,
      cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()),
    })),
  );

describe('batch audit of a portal that misbehaves', () => {
  it('reads the challenge-protected and the script-built reports in a background tab, and they audit as on their own', async () => {
    const got = await rows();
    expect(got.map((r) => r.path)).toEqual(PORTAL_LINKS.map((l) => l.path));
    const own = (fixture: string, path: string) => {
      const url = e2e.server.url(path);
      const result = auditDocument(parseHtml(readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8'), url), { source: url }).result;
      return batchRow({ href: url, title: '', status: 'done', result, viaTab: true }, 'zh-CN');
    };
    const challenge = got.find((r) => r.path === '/bad/challenge.html')!;
    expect(challenge.status).toBe('done');
    const want = own('pages/pingtan_2023.html', '/bad/challenge.html');
    expect(challenge.cells.slice(1, 5)).toEqual([want[1], want[2], want[3], want[4]]);
    expect(challenge.cells[2]).toContain('通过后台标签页读取');
    const built = got.find((r) => r.path === '/bad/script-built.html')!;
    expect(built.status).toBe('done');
    const sample = own('samples/sample-report.html', '/bad/script-built.html');
    expect(built.cells.slice(1, 5)).toEqual([sample[1], sample[2], sample[3], sample[4]]);
  });

  it('names the login redirect, and counts nothing unread as "not a report"', async () => {
    const got = await rows();
    const login = got.find((r) => r.path === '/bad/login.html')!;
    expect(login.status).toBe('failed');
    expect(login.cells.join(' ')).toContain('未能取得页面（跳转到登录页）');
    expect(got.map((r) => r.cells.join(' ')).filter((t) => t.includes('不是年报'))).toEqual([]);
  });

  it('retries the 429 after its Retry-After and waits for the slow server', async () => {
    const got = await rows();
    expect(log.busyServed).toBe(2);
    expect(got.find((r) => r.path === '/bad/busy.html')!.status).toBe('done');
    expect(got.find((r) => r.path === '/bad/slow.html')!.status).toBe('done');
  });

  it('told the user a background tab was reading, and left no tab open', async () => {
    expect(tabNotes.some((t) => /^通过后台标签页读取 \d\/2/.test(t))).toBe(true);
    const open = await e2e.browser.inWorker(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''), null);
    expect(open.filter((u) => u.includes('/bad/challenge.html') || u.includes('/bad/script-built.html'))).toEqual([]);
  });
});
