/**
 * What reading a PDF or Word attachment costs, in Node: PDF.js's text extraction, Gouji's table
 * rebuild plus the audit, and the .docx conversion. (In the panel the same code runs, PDF.js in
 * its worker.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPages } from '../../cli/pdf-pages';
import { parseDocument } from '../../cli/lite-dom';
import { auditDocument } from '../../lib/audit';
import { docxToHtml } from '../../lib/docx/to-html';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { makeDocx } from '../../tests/docx/make-docx';

export interface DocumentRow {
  name: string;
  kb: number;
  pages: number;
  extract: number;
  audit: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

async function time(fn: () => unknown, reps: number): Promise<number> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

export async function documentCosts(root: string, reps: number): Promise<{ pdfs: DocumentRow[]; docxConvert: number; docxAudit: number; docxKb: number }> {
  const dir = join(root, 'tests/fixtures/pdf');
  const files = [join(dir, 'huaian_szf_2024.pdf'), ...readdirSync(join(dir, 'printed')).map((f) => join(dir, 'printed', f))];
  const pdfs: DocumentRow[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const pages = await pdfPages(bytes);
    const extract = await time(() => pdfPages(bytes), reps);
    const audit = await time(() => auditPdf(pages, parseDocument, { source: file }), reps);
    pdfs.push({ name: file.slice(dir.length + 1), kb: Math.round(bytes.length / 1024), pages: pages.length, extract, audit });
  }
  const html = readFileSync(join(root, 'tests/fixtures/samples/sample-report.html'), 'utf8');
  const doc = parseDocument(html, 'https://www.example.gov.cn/');
  const docx = await makeDocx((doc.querySelector('.TRS_Editor') ?? doc.body) as Element, [doc.title]);
  const docxConvert = await time(() => docxToHtml(docx), reps);
  const converted = (await docxToHtml(docx)).html;
  const docxAudit = await time(() => auditDocument(parseDocument(converted, 'https://www.example.gov.cn/'), { source: 'sample.docx' }), reps);
  return { pdfs, docxConvert, docxAudit, docxKb: Math.round(docx.length / 1024) };
}
