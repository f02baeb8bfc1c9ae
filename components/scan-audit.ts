import { auditOcr } from '@/lib/ocr/audit-ocr';
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
