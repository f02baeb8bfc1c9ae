/** Issue 4 in Chromium: the sentence a prose finding quotes is highlighted in the page, without changing its DOM. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, until, visit, type E2E } from './harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);
afterAll(async () => {
  await e2e?.close();
});

/** The highlighted text, read in the page's own world (highlights are document-wide). */
const HIGHLIGHTED = `(() => {
  const h = CSS.highlights.get('gouji-quote');
  return h ? [...h].map((r) => r.toString().replace(/\\s+/g, '')) : null;
})()`;

describe('quoted prose', () => {
  it('highlights 共受理公开申请34件 on the page whose table says 32', async () => {
    const page = await visit(e2e, '/fixtures/pages/pingtan_gwh_2025.html');
    const ranges = await until(() => page.evaluate(HIGHLIGHTED) as Promise<string[] | null>, 'the quote highlight');
    expect(ranges.some((r) => r.includes('34件'))).toBe(true);
    const style = await page.evaluate(() => document.getElementById('gouji-style')?.textContent ?? '');
    expect(style).toContain('::highlight(gouji-quote)');
  });

  it('highlights the wrong year in a report on 2025, which has no marked cell', async () => {
    const page = await visit(e2e, '/fixtures/pages/pingtan_czj_2025.html');
    const ranges = await until(() => page.evaluate(HIGHLIGHTED) as Promise<string[] | null>, 'the quote highlight');
    expect(ranges.some((r) => r.includes('2024年'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('[data-gouji]').length)).toBe(0);
  });

  it('highlights nothing on a page whose prose agrees with its table', async () => {
    const page = await visit(e2e, '/fixtures/pages/pingtan_2023.html');
    const tabId = await e2e.browser.tabIdOf(page);
    await until(async () => (await e2e.browser.badgeText(tabId)) || null, 'the badge');
    expect(await page.evaluate(HIGHLIGHTED)).toBeNull();
  });
});
