import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { AuditResultSchema } from '../../lib/model/schema';
import { TEMPLATE_ROWS } from '../../lib/model/keys';
import { parseHtml } from '../helpers/dom';
import { formatSummary } from '../../lib/format/summary';

const dir = new URL('../fixtures/pdf/', import.meta.url);
const figures = JSON.parse(readFileSync(new URL('huaian_szf_2024.figures.json', dir), 'utf8')) as {
  agency: string;
  year: number;
  template: '2021';
  rows: Record<string, number[]>;
  review_litigation: number[];
};

describe('the real PDF: 淮安市人民政府 2024 (WPS export)', async () => {
  const pages = await pdfPages(new Uint8Array(readFileSync(new URL('huaian_szf_2024.pdf', dir))));
  const { result, html } = auditPdf(pages, parseHtml, { source: 'huaian_szf_2024.pdf' });

  it('is read as the 2024 report of 淮安市人民政府 on the 2021 template', () => {
    expect(AuditResultSchema.parse(JSON.parse(JSON.stringify(result)))).toBeTruthy();
    expect(result.detected).toBe(true);
    expect(result.report).toMatchObject({ agency: figures.agency, year: figures.year, template: figures.template });
    expect(result.document).toEqual({ kind: 'pdf', pages: 6 });
  });

  it('reads all 25 rows of section three exactly as printed (table split over pages 4–5)', () => {
    const rows = result.tables.applications!.rows;
    const got = TEMPLATE_ROWS['2021'].map((k) => rows[k]);
    expect(got).toEqual(Object.values(figures.rows));
    expect(result.tables.applications!.columns).toBe('header');
  });

  it('reads section four', () => {
    expect(result.tables.reviewLitigation?.values).toEqual(figures.review_litigation);
  });

  it('finds the figures consistent: no error, and no warning about the reading', () => {
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps the prose whole across line and page breaks', () => {
    expect(html).toContain('全市共受理政府信息公开申请 3119件，答复 3050件');
    expect(html).not.toMatch(/-\s*\d\s*-/);
  });

  it('rebuilds the spanning labels the way the printed table draws them', () => {
    expect(html.replace(/ data-pdf="[^"]*"/g, '')).toContain('<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>');
  });
});

describe('a PDF with pages that are images only', async () => {
  const pages = await pdfPages(new Uint8Array(readFileSync(new URL('huaian_szf_2024.pdf', dir))));
  // As if page 6 had been scanned: a page with no text at all.
  const scanned = pages.map((p) => (p.number === 6 ? { ...p, items: [] } : p));
  const { result } = auditPdf(scanned, parseHtml, { source: 'partly-scanned.pdf' });

  it('says which pages were not read, in the result and in the summary', () => {
    expect(result.document?.textlessPages).toEqual([6]);
    expect(formatSummary(result, { lang: 'zh-CN' })).toContain('PDF第6页只有图片（扫描件？），其上的内容未能读取。');
    expect(formatSummary(result, { lang: 'en' })).toContain('PDF page 6 is images only (scanned?): nothing on it was read.');
  });

  it('still reads the table on the pages that have text', () => {
    expect(result.tables.applications?.rows.results_total).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
  });
});
