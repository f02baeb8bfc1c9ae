/**
 * Issue 5 in Chromium: on a portal's listing page the panel audits every linked report, and each
 * row matches what that page audits to on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { batchRow } from '../../lib/format/batch';
import { findPrevious } from '../../lib/history';
import { parseHtml } from '../helpers/dom';
import { ROOT, startE2E, unexplainedRequests, visit, type E2E } from './harness';
import { BATCH_ROWS } from './scenarios';

let e2e: E2E;
let panel: Page;
let elapsedMs = 0;

beforeAll(async () => {
  e2e = await startE2E();
  const listing = await visit(e2e, '/fixtures/portal/index.html');
  const tabId = await e2e.browser.tabIdOf(listing);
  panel = await e2e.browser.openPanel(tabId);
  await panel.click('[data-action=batch-offer]', { timeout: 15_000 });
  const t0 = Date.now();
  await panel.click('[data-action=batch-start]');
  await panel.waitForFunction(() => document.querySelector('[data-testid=batch-progress]')?.textContent?.includes(' s'), null, { timeout: 60_000 });
  elapsedMs = Date.now() - t0;
  console.log(`[e2e] batch of the fake portal: ${elapsedMs} ms`);
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

describe('batch audit of a listing page', () => {
  it('lists every same-site report link, none dropped, failures named', async () => {
    const rows = await panel.$$eval('[data-testid=batch-table] tbody tr', (trs) =>
      trs.map((tr) => ({ status: (tr as HTMLElement).dataset.status, href: tr.querySelector('a')!.href, text: (tr as HTMLElement).innerText })),
    );
    expect(rows.map((r) => [r.href.split('/fixtures/')[1], r.status])).toEqual(BATCH_ROWS.map(([p, s]) => [p, s]));
    expect(rows[5]!.text).toMatch(/无法读取：HTTP 404/);
    expect(rows[6]!.text).toMatch(/不是年报/);
  });

  it('shows for each page what it audits to on its own (with last year’s page when the batch has it)', async () => {
    const cells = await panel.$$eval('[data-testid=batch-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())),
    );
    const read = (path: string) => {
      const url = e2e.server.url(`/fixtures/${path}`, 'www.example.gov.cn');
      return { url, doc: () => parseHtml(readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8'), url) };
    };
    const memos = BATCH_ROWS.filter(([, s]) => s === 'done').flatMap(([p]) => {
      const { url, doc } = read(p);
      const memo = auditDocument(doc(), { source: url }).memo;
      return memo ? [memo] : [];
    });
    let linked = 0;
    for (const [i, [path, status]] of BATCH_ROWS.entries()) {
      if (status !== 'done') continue;
      const { url, doc } = read(path);
      const first = auditDocument(doc(), { source: url });
      const previous = first.memo ? findPrevious(memos, first.memo.agency, first.memo.year) : null;
      if (previous) linked++;
      const alone = previous ? auditDocument(doc(), { source: url, previous }).result : first.result;
      const row = batchRow({ href: url, title: '', status: 'done', result: alone }, 'zh-CN');
      expect(cells[i]!.slice(1)).toEqual([row[1], row[2], row[3], row[4]]);
    }
    // 2025 against 2024 and 2024 against 2023: section two's 现行有效件数 does not carry over.
    expect(linked).toBe(2);
    expect(cells[0]![2]).toBe('1 处警告');
  });

  it('filters to the reports with errors', async () => {
    await panel.selectOption('.batch select', 'errors');
    const hrefs = await panel.$$eval('[data-testid=batch-table] tbody tr a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => h.split('/fixtures/')[1])).toEqual(['samples/sample-report.html']);
    await panel.selectOption('.batch select', 'all');
  });

  it('exports JSON Lines, one object per linked page, failures included', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-action=batch-jsonl]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(BATCH_ROWS.length);
    expect(lines[5]).toMatchObject({ schema: 'gouji.audit/1', error: 'HTTP 404' });
    expect(lines[3].findings.filter((f: { severity: string }) => f.severity === 'error')).toHaveLength(4);
  });

  it('exports CSV with a BOM', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-action=batch-csv]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF机关,年度,结论')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(BATCH_ROWS.length + 1);
  });

  it('fetched only the reports the user asked for (and the PDF of the page that has its report only as an attachment)', async () => {
    const fetched = e2e.server.requests.map((r) => new URL(r.url).pathname).filter((p) => p !== '/favicon.ico');
    for (const [path] of BATCH_ROWS) expect(fetched).toContain(`/fixtures/${path}`);
    // synthetic/attachment_only.html links its report as a PDF; the batch follows that one link (a 404 here).
    expect(fetched.filter((p) => !p.startsWith('/fixtures/portal/index.html') && !BATCH_ROWS.some(([path]) => p === `/fixtures/${path}`))).toEqual([
      '/zwgk/nb/2024/P020250120.pdf',
    ]);
    expect(unexplainedRequests(e2e).browser.filter((r) => r.startsWith('background'))).toEqual([]);
  });
});
