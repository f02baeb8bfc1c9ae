import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditInput } from '../../cli/main';
import { readInput } from '../../cli/read-input';
import { pdfPages } from '../../cli/pdf-pages';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { parseHtml } from '../helpers/dom';
import { comparableFindings } from '../pdf/twins';

/**
 * One scan per behaviour, through the CLI's reading (PDF.js's page images, onnxruntime-web, the
 * PP-OCRv4 models); the sweep over every scanned twin, with its accuracy, is `npm run bench`.
 * Several seconds a page: these are the slow tests of the unit project.
 */
const DIR = 'tests/fixtures/pdf/scanned';
const twin = async (path: string) => auditPdf(await pdfPages(new Uint8Array(readFileSync(path))), parseHtml, { source: path }).result;

describe('a scanned report read by OCR', () => {
  it('audits as its text original: the same rows, section four and findings; OCR named on its cells', { timeout: 300_000 }, async () => {
    const input = await readInput(`${DIR}/pingtan_2023.scan.pdf`);
    expect(input.ocr?.pages).toHaveLength(4);
    const scan = auditInput(input).result;
    const text = await twin('tests/fixtures/pdf/printed/pingtan_2023.pdf');
    expect(scan.document).toMatchObject({ kind: 'pdf', ocr: true });
    expect(scan.tables.applications?.rows).toEqual(text.tables.applications?.rows);
    expect(scan.tables.reviewLitigation?.values).toEqual(text.tables.reviewLitigation?.values);
    expect(comparableFindings(scan.findings.filter((f) => f.check !== 'ocr-uncertain'))).toEqual(comparableFindings(text.findings));
    // A clean scan is not a wall of doubts: a lone "0" the recogniser hedges with "nothing there"
    // is sure once its ink shows a glyph (44 of its zeros were said doubtful before).
    expect(scan.findings.filter((f) => f.check === 'ocr-uncertain').length).toBeLessThanOrEqual(5);
    for (const f of scan.findings.filter((f) => f.check === 'ocr-uncertain')) {
      expect(f.severity).toBe('warning');
      expect(f.cells?.[0]).toMatchObject({ read: 'ocr', confidence: expect.any(Number), pdf: [{ page: expect.any(Number) }] });
    }
  });

  it('says what it cannot read on a scan too coarse to read, and builds no error on it', { timeout: 300_000 }, async () => {
    const scan = auditInput(await readInput(`${DIR}/pingtan_2023.unreadable.pdf`)).result;
    expect(scan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(scan.findings.filter((f) => f.check === 'ocr-uncertain').length).toBeGreaterThan(0);
  });

  it('reads a PDF partly scanned: its text pages from the text layer, its scanned table pages by OCR, as one report', { timeout: 300_000 }, async () => {
    const input = await readInput('tests/fixtures/pdf/mixed/pingtan_gwh_2025.mixed.pdf');
    expect(input.pages).toHaveLength(4);
    expect(input.ocr?.pages.map((p) => p.number)).toEqual([2, 3]);
    const mixed = auditInput(input).result;
    const text = await twin('tests/fixtures/pdf/printed/pingtan_gwh_2025.pdf');
    expect(mixed.document).toEqual({ kind: 'pdf', pages: 4, ocr: true, ocrPages: [2, 3] });
    expect(mixed.tables.applications?.rows).toEqual(text.tables.applications?.rows);
    expect(mixed.tables.reviewLitigation?.values).toEqual(text.tables.reviewLitigation?.values);
    expect(comparableFindings(mixed.findings.filter((f) => f.check !== 'ocr-uncertain'))).toEqual(comparableFindings(text.findings));
    // The prose finding: its sentence from page 1's text layer, its figure from the scan of page 2.
    const prose = mixed.findings.find((f) => f.check === 'prose-vs-table');
    expect(prose?.pdf?.map((b) => b.page)).toContain(1);
    expect(prose?.cells).toEqual([expect.objectContaining({ read: 'ocr', pdf: [expect.objectContaining({ page: 2 })] })]);
    // Without OCR the same file is audited from its text alone, and says which pages went unread.
    const unread = auditInput(await readInput('tests/fixtures/pdf/mixed/pingtan_gwh_2025.mixed.pdf', { ocr: false })).result;
    expect(unread.document).toEqual({ kind: 'pdf', pages: 4, textlessPages: [2, 3] });
    expect(unread.tables.applications).toBeNull();
  });

  it('--no-ocr leaves a scan unread, with the reason', async () => {
    await expect(readInput(`${DIR}/pingtan_2023.scan.pdf`, { ocr: false })).rejects.toMatchObject({ reason: { code: 'pdf-scanned' } });
  });
});
