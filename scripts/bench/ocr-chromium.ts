/**
 * OCR's seconds per page in Chromium, as a user pays them: the built extension, a report page
 * linking a scanned twin, 审核附件 then 识别并审核扫描件 in the panel; the time each page's
 * "正在识别第 n / m 页" stays up (the page drawn by PDF.js, then read in the worker), and the
 * models' loading before the first. One thread of WebAssembly, this machine.
 * Alone: `node --import tsx scripts/bench/ocr-chromium.ts [scan.pdf…]` (names in tests/fixtures/pdf/scanned/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../chromium';
import { buildExtension } from '../extension-build';
import { ROOT } from '../paths';
import { startServer } from '../static-server';

export interface ChromiumOcrRow {
  name: string;
  pages: number;
  loadSeconds: number;
  secondsPerPage: number[];
}

export async function ocrChromiumBench(names = ['sample-report.scan.pdf', 'pingtan_2023.scan.pdf']): Promise<ChromiumOcrRow[]> {
  const build = await buildExtension({ browser: 'chrome' });
  const server = await startServer();
  const browser = await launchWithExtension({ extensionDir: build.dir });
  const rows: ChromiumOcrRow[] = [];
  try {
    for (const name of names) {
      const dir = join(ROOT, 'tests/e2e/pages/generated');
      // Made by the E2E scenarios too; a fresh clone has none yet.
      mkdirSync(dir, { recursive: true });
      const page = `bench-${name}.html`;
      writeFileSync(
        join(dir, page),
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例区2024年政府信息公开工作年度报告</title></head><body><p>年报详见附件。</p><p><a href="/fixtures/pdf/scanned/${name}">年报（扫描件）.pdf</a></p></body></html>`,
      );
      const tab = await browser.newPage();
      await tab.goto(server.url(`/e2e/generated/${page}`, 'www.example.gov.cn'));
      const panel = await browser.openPanel(await browser.tabIdOf(tab));
      await panel.click('[data-action=audit-attachment]');
      await panel.waitForSelector('[data-action=read-scan]', { timeout: 60_000 });
      const t0 = Date.now();
      await panel.click('[data-action=read-scan]');
      const seen = new Map<string, number>();
      for (;;) {
        const done = await panel.locator('[data-action=close-report]').count();
        const text = await panel
          .locator('[data-testid=ocr-progress] .status')
          .first()
          .innerText({ timeout: 200 })
          .catch(() => '');
        if (text && !seen.has(text)) seen.set(text, Date.now());
        if (done) break;
        if (Date.now() - t0 > 15 * 60_000) throw new Error(`${name}: not read within 15 minutes`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const end = Date.now();
      const starts = [...seen.entries()].filter(([text]) => /\d+\s*\/\s*\d+/.test(text)).map(([, at]) => at);
      const pages = starts.length;
      const perPage = starts.map((at, i) => ((starts[i + 1] ?? end) - at) / 1000);
      rows.push({ name, pages, loadSeconds: ((starts[0] ?? end) - t0) / 1000, secondsPerPage: perPage });
      await panel.close();
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await ocrChromiumBench(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  for (const r of rows) {
    const sorted = [...r.secondsPerPage].sort((a, b) => a - b);
    console.log(
      `${r.name}: ${r.pages} pages, models ${r.loadSeconds.toFixed(1)} s, s/page median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} (${r.secondsPerPage.map((s) => s.toFixed(1)).join(', ')})`,
    );
  }
}
