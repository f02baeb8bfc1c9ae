import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { runBatch, type BatchOptions } from '../../lib/batch';
import { batchRow } from '../../lib/format/batch';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

const PDF = new Uint8Array(readFileSync(FIXTURES + 'pdf/printed/sample-report.pdf'));
const attachmentPage = (href: string) =>
  `<html><head><title>示例区2024年政府信息公开工作年度报告</title></head><body><div class="TRS_Editor"><p>详见附件。</p><p><a href="${href}">年报.pdf</a></p></div></body></html>`;

const files: Record<string, { type: string; body: string | Uint8Array }> = {
  'https://www.example.gov.cn/direct.pdf': { type: 'application/pdf', body: PDF },
  'https://www.example.gov.cn/only-attachment.html': { type: 'text/html', body: attachmentPage('/files/report.pdf') },
  'https://www.example.gov.cn/files/report.pdf': { type: 'application/octet-stream', body: PDF },
  'https://www.example.gov.cn/broken-attachment.html': { type: 'text/html', body: attachmentPage('/files/missing.pdf') },
  'https://www.example.gov.cn/old.doc': { type: 'application/msword', body: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) },
};

function options(urls: string[], withDocuments: boolean): BatchOptions {
  return {
    concurrency: 2,
    delayMs: 1,
    timeoutMs: 5_000,
    signal: new AbortController().signal,
    fetch: (async (input: string | URL | Request) => {
      urls.push(String(input));
      const file = files[String(input)];
      return file ? new Response(file.body as BodyInit, { headers: { 'content-type': file.type } }) : new Response('', { status: 404 });
    }) as typeof fetch,
    parse: (html, url) => parseHtml(html, url),
    onUpdate: () => undefined,
    // What the panel does with PDF.js, done with PDF.js's Node build.
    ...(withDocuments
      ? {
          openDocument: async (bytes: Uint8Array, href: string, published: string | null) => {
            const pages = await pdfPages(bytes);
            return {
              audit: auditPdf(pages, parseHtml, { source: href, published }),
              again: (previous) => auditPdf(pages, parseHtml, { source: href, published, previous }),
            };
          },
        }
      : {}),
  };
}

const links = Object.keys(files)
  .filter((h) => !h.includes('/files/'))
  .map((href) => ({ href, title: href.split('/').pop()! }));

describe('a batch over reports published as PDFs', () => {
  it('audits a linked PDF, and a page whose table is only in its PDF attachment, from the PDF', async () => {
    const urls: string[] = [];
    const items = await runBatch(links, options(urls, true));
    const [direct, viaPage, broken, old] = items;
    expect(direct).toMatchObject({ status: 'done', result: { detected: true, document: { kind: 'pdf' } } });
    expect(direct!.status === 'done' && direct!.result.findings.filter((f) => f.severity === 'error').length).toBe(4);
    expect(viaPage).toMatchObject({ status: 'done', via: 'https://www.example.gov.cn/files/report.pdf', result: { document: { kind: 'pdf' } } });
    expect(batchRow(viaPage!, 'zh-CN')[2]).toMatch(/（据附件PDF）$/);
    // The attachment could not be fetched: the page's own result stands, saying the table is missing.
    expect(broken).toMatchObject({ status: 'done', result: { detected: true, tables: { applications: null } } });
    expect(broken!.status === 'done' && broken!.result.findings.some((f) => f.check === 'table-not-found')).toBe(true);
    expect(old).toMatchObject({ status: 'failed', reason: 'a legacy Word .doc or WPS .wps file' });
    expect(urls.filter((u) => u.includes('/files/')).sort()).toEqual([
      'https://www.example.gov.cn/files/missing.pdf',
      'https://www.example.gov.cn/files/report.pdf',
    ]);
  });

  it('without a PDF reader, says a PDF is not a page and does not follow attachments', async () => {
    const urls: string[] = [];
    const items = await runBatch(links, options(urls, false));
    expect(items[0]).toMatchObject({ status: 'failed', reason: 'not a page (application/pdf)' });
    expect(items[1]).toMatchObject({ status: 'done', result: { tables: { applications: null } } });
    expect(urls.some((u) => u.includes('/files/'))).toBe(false);
  });
});
