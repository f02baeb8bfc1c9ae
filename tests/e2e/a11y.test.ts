/**
 * Issue 13, problem 11: axe-core finds no WCAG 2.0/2.1 A/AA or best-practice violation in the
 * side panel, at a side panel's width, on each kind of page it shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, until, visit, type E2E } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const WIDTH = 360;

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

/** Each violation as "rule (impact): target" lines, so a failure names what to fix. */
async function violations(panel: Page): Promise<string[]> {
  // Evaluated, not a <script> tag: the extension page's CSP forbids inline scripts.
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE);
  const found = await panel.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  }, TAGS);
  return found;
}

async function panelFor(path: string): Promise<Page> {
  const page = await visit(e2e, path);
  const tabId = await e2e.browser.tabIdOf(page);
  return e2e.browser.openPanel(tabId, { width: WIDTH });
}

describe('the side panel passes axe (WCAG 2.1 AA + best practice)', () => {
  it('on a report with errors', async () => {
    const panel = await panelFor('/fixtures/samples/sample-report.html');
    await panel.waitForSelector('[data-testid=extracted-table]');
    expect(await violations(panel)).toEqual([]);
  });

  it('on a clean report', async () => {
    const panel = await panelFor('/fixtures/pages/pingtan_2025.html');
    await panel.waitForSelector('[data-testid=verdict].ok');
    expect(await violations(panel)).toEqual([]);
  });

  it('on a report published as an attachment, before and after its PDF is audited, and zoomed', async () => {
    const panel = await panelFor('/e2e/attachment-report.html');
    await panel.waitForSelector('[data-testid=attachments]');
    // Soft: each stage's violations are reported, not only the first stage's.
    expect.soft(await violations(panel)).toEqual([]);
    await panel
      .locator('[data-testid=attachments] li', { hasText: '示例区2024年政府信息公开工作年度报告.pdf' })
      .locator('[data-action=audit-attachment]')
      .click();
    await panel.waitForSelector('[data-testid=pdf-evidence] [data-testid=pdf-mark]', { timeout: 30_000 });
    expect.soft(await violations(panel)).toEqual([]);
    await panel.click('[data-action=zoom-evidence]');
    await until(async () => (await panel.locator('[data-testid=pdf-zoom] [data-testid=pdf-mark]').count()) > 0, 'the zoomed page');
    expect(await violations(panel)).toEqual([]);
  });

  it('on a listing of reports (not a report itself), and its batch audit', async () => {
    const panel = await panelFor('/fixtures/portal/index.html');
    await panel.waitForSelector('[data-action=batch-offer]', { timeout: 15_000 });
    expect.soft(await violations(panel)).toEqual([]);
    // And its batch audit's table, once every linked report has been read.
    await panel.click('[data-action=batch-offer]');
    await panel.click('[data-action=batch-start]');
    await panel.waitForFunction(() => document.querySelector('[data-testid=batch-progress]')?.textContent?.includes(' s'), null, { timeout: 60_000 });
    expect(await violations(panel)).toEqual([]);
  });
});
