import { auditOcr } from '@/lib/ocr/audit-ocr';
import { renumberPage } from '@/lib/ocr/renumber';
import { extractPages } from '@/lib/pdf/extract';
import type { PdfDocument } from './pdf-document';
import type { AttachmentAudit } from './attachment-audit';
import { parseFetchedPage } from './fetched-page';
import { type OcrProgress, readPages } from './ocr/client';

/**
 * Pixels per inch the pages are drawn at for OCR: the scan's own (as the CLI reads it), within
 * bounds — finer adds time, not figures; coarser than 150 loses thin strokes ("1") — and 200
 * for a page with no image.
 */
export const OCR_DPI = { fallback: 200, min: 150, max: 300 };

/** Reads a scanned PDF by OCR, page by page, and audits what was read; the PDF stays open for the evidence. */
export async function auditScan(
  bytes: Uint8Array,
  href: string,
  context: { published: string | null; signal: AbortSignal; onProgress(p: OcrProgress): void },
): Promise<AttachmentAudit> {
  const runtime = await import('./pdf-runtime');
  const pdf = await runtime.openPdf(bytes);
  try {
    const doc = await readPages({ pages: pdf.numPages, render: (n) => runtime.renderPageImage(pdf, n, OCR_DPI) }, context);
    const { result } = auditOcr(doc, parseFetchedPage, { source: href, url: href, published: context.published });
    return { href, result, pdf };
  } catch (error) {
    await pdf.destroy();
    throw error;
  }
}

/**
 * A PDF partly scanned, already open and audited from its text: its pages without text are read
 * by OCR and the whole audited again as one (the text pages as before). The PDF stays open: the
 * audit on screen keeps drawing from it.
 */
export async function auditScannedPages(
  pdf: PdfDocument,
  href: string,
  scanned: readonly number[],
  context: { published: string | null; signal: AbortSignal; onProgress(p: OcrProgress): void },
): Promise<AttachmentAudit> {
  const runtime = await import('./pdf-runtime');
  const textPages = await extractPages(pdf);
  const read = await readPages({ pages: scanned.length, render: (i) => runtime.renderPageImage(pdf, scanned[i - 1]!, OCR_DPI) }, context);
  const doc = { pages: read.pages.map((p, i) => renumberPage(p, scanned[i]!)) };
  const { result } = auditOcr(doc, parseFetchedPage, { source: href, url: href, published: context.published, textPages });
  return { href, result, pdf };
}
