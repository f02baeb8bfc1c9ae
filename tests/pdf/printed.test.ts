import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { auditFile } from '../helpers/fixtures';
import { parseHtml } from '../helpers/dom';
import { PRINTED } from './printed-list';
import { comparable } from './twins';

const ROOT = new URL('../../', import.meta.url);

describe('PDFs printed from the HTML fixtures by Chromium audit as their HTML twins', () => {
  it.each(PRINTED.map((job) => [job.name, job] as const))('%s', async (_name, job) => {
    const html = auditFile(new URL(job.html, ROOT).pathname).result;
    const pages = await pdfPages(new Uint8Array(readFileSync(new URL(`tests/fixtures/pdf/printed/${job.name}.pdf`, ROOT))));
    // The panel passes on the date of the page that links the PDF; so does this test.
    const pdf = auditPdf(pages, parseHtml, { source: `${job.name}.pdf`, published: html.report?.published ?? null }).result;
    expect(comparable(pdf)).toEqual(comparable(html));
  });

  it('the split fixtures really break section three across two pages', async () => {
    for (const job of PRINTED.filter((j) => j.split)) {
      const pages = await pdfPages(new Uint8Array(readFileSync(new URL(`tests/fixtures/pdf/printed/${job.name}.pdf`, ROOT))));
      const { html } = auditPdf(pages, parseHtml, { source: job.name });
      const table = /<table>(?:(?!<\/table>).)*新收(?:(?!<\/table>).)*<\/table>/s.exec(html)![0];
      const onPages = new Set([...table.matchAll(/data-pdf="(\d+),/g)].map((m) => m[1]));
      expect(onPages.size, job.name).toBeGreaterThanOrEqual(2);
    }
  });
});
