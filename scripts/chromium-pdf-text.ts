/**
 * The text Chromium's PDF viewer copies out of every PDF fixture (select all, copy), committed as
 * tests/fixtures/pdf/text/<name>.chromium.txt so that tests/pdf/text-twins.test.ts runs without a
 * browser. Run `npx tsx scripts/chromium-pdf-text.ts` after adding or reprinting a PDF fixture.
 *
 * The viewer is driven through its scripting API for embedders (pdf_scripting_api: `selectAll`,
 * then `getSelectedText`), which returns the selection the viewer's copy puts on the clipboard;
 * a keyboard Ctrl+A, Ctrl+C in headless Chromium reaches the page, not the viewer, and copies
 * nothing. The PDF is embedded in a page served from localhost, as the API answers only its embedder.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { pdfFixtures } from '../tests/pdf/text-twins';
import { CHROMIUM } from './chromium';
import { ROOT } from './paths';

const OUT = join(ROOT, 'tests/fixtures/pdf/text');

// Run in the page as a string: tsx would wrap named functions in a helper the page lacks.
// The viewer answers once the document is loaded: ask again until it does.
const ASK = `new Promise((resolve, reject) => {
  const embed = document.getElementById('pdf');
  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'getSelectedTextReply' && e.data.selectedText) resolve(String(e.data.selectedText));
  });
  let tries = 0;
  (function ask() {
    if (++tries > 40) return reject(new Error('the PDF viewer did not answer'));
    embed.postMessage({ type: 'selectAll' });
    embed.postMessage({ type: 'getSelectedText' });
    setTimeout(ask, 500);
  })();
})`;

async function main(): Promise<void> {
  let current = '';
  const server = createServer((req, res) => {
    if (req.url === '/doc.pdf') {
      res.setHeader('content-type', 'application/pdf');
      res.end(readFileSync(current));
    } else {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><body style="margin:0"><embed id="pdf" src="/doc.pdf" type="application/pdf" style="width:100vw;height:100vh"></body>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The PDF viewer runs in the new headless mode only.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox'] });
  try {
    for (const { name, path } of pdfFixtures()) {
      current = path;
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const text = (await page.evaluate(ASK)) as string;
      if (!text.trim()) throw new Error(`${name}: the viewer copied no text`);
      writeFileSync(join(OUT, `${name}.chromium.txt`), text.endsWith('\n') ? text : text + '\n');
      console.log(`${name}.chromium.txt: ${text.length} characters`);
      await page.close();
    }
    writeFileSync(join(OUT, 'CHROMIUM_VERSION'), browser.version() + '\n');
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
