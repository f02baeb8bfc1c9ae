/**
 * Makes tests/e2e/pages/image-table.{html,png}: the sample report with its section-three table
 * replaced by a screenshot of it, as portals paste tables into pages as pictures. Taken in a plain
 * Chromium (no extension: the picture carries none of Gouji's marks). Run: npx tsx scripts/make-image-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium';
import { ROOT } from './paths';

const html = readFileSync(join(ROOT, 'tests/fixtures/samples/sample-report.html'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(html);
  const table = page.locator('table').filter({ hasText: '信息公开申请数量' }).first();
  writeFileSync(join(ROOT, 'tests/e2e/pages/image-table.png'), await table.screenshot());
} finally {
  await browser.close();
}
const at = html.indexOf('信息公开申请数量');
const start = html.lastIndexOf('<table', at);
const end = html.indexOf('</table>', at) + '</table>'.length;
if (start < 0 || end < at) throw new Error('the sample report has no section-three table');
const picture = '<p><img src="/e2e/image-table.png" alt="收到和处理政府信息公开申请情况"></p>';
writeFileSync(join(ROOT, 'tests/e2e/pages/image-table.html'), `${html.slice(0, start)}${picture}${html.slice(end)}`);
