/**
 * Prints HTML fixtures to PDF with Debian's Chromium (page.pdf), as an agency would export its
 * report: the article only, A4. The PDFs are committed under tests/fixtures/pdf/printed; run
 * `npx tsx scripts/print-pdfs.ts` to make them again after changing a fixture.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PRINTED } from '../tests/pdf/printed-list';
import { CHROMIUM } from './chromium';
import { ROOT } from './paths';

const OUT = join(ROOT, 'tests/fixtures/pdf/printed');
const CONTAINERS = ['#UCAP-CONTENT', 'ucapcontent', '.trs_editor_view', '.TRS_Editor', '#zoom', '.article-content', '#ivs_content'];
// A4 less 15 mm margins, in CSS pixels.
const PAGE_HEIGHT = ((297 - 30) / 25.4) * 96;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: Math.round((180 / 25.4) * 96), height: 1000 } });
    // Offline: a fixture's scripts, styles and images from the portal are not fetched.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    for (const job of PRINTED) {
      await page.setContent(readFileSync(join(ROOT, job.html), 'utf8'), { waitUntil: 'domcontentloaded' });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(
        ({ containers, split, pageHeight }) => {
          const title = document.title;
          const article = containers.map((s) => document.querySelector(s)).find((el) => el?.querySelector('table')) ?? document.body;
          const heading = document.createElement('h1');
          heading.textContent = title;
          if (article === document.body) document.body.prepend(heading);
          else document.body.replaceChildren(heading, article);
          for (const s of Array.from(document.querySelectorAll('script, style, link, img, iframe'))) s.remove();
          document.body.style.cssText = 'font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 14px; margin: 0';
          const fit = document.createElement('style');
          fit.textContent = 'table { width: 100% !important; table-layout: auto !important } td, th { white-space: normal !important; width: auto !important }';
          document.head.append(fit);
          for (const t of Array.from(document.querySelectorAll('table'))) {
            t.style.borderCollapse = 'collapse';
            t.style.width = '100%';
            t.style.tableLayout = 'auto';
          }
          // Portal tables often carry fixed pixel widths wider than A4: let them fit the page.
          for (const el of Array.from(document.querySelectorAll('table, col, colgroup, tr, td, th'))) {
            el.removeAttribute('width');
            (el as HTMLElement).style.width = '';
            (el as HTMLElement).style.minWidth = '';
          }
          for (const c of Array.from(document.querySelectorAll('td, th'))) (c as HTMLElement).style.border = '1px solid #000';
          if (split) {
            const table = Array.from(document.querySelectorAll('table')).find((t) => /新收/.test(t.textContent ?? ''));
            if (table) {
              const top = table.getBoundingClientRect().top + window.scrollY;
              const spacer = document.createElement('div');
              spacer.style.height = `${(pageHeight * 1.55 - (top % pageHeight)) % pageHeight}px`;
              table.before(spacer);
            }
          }
        },
        { containers: CONTAINERS, split: job.split ?? false, pageHeight: PAGE_HEIGHT },
      );
      const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, printBackground: false });
      writeFileSync(join(OUT, `${job.name}.pdf`), pdf);
      process.stdout.write(`${job.name}.pdf ${(pdf.length / 1024).toFixed(0)} KB\n`);
    }
  } finally {
    await browser.close();
  }
}

await main();
