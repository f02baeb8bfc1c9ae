import type { AuditOptions } from '../audit';
import { PROSE_CHECKS } from '../checks';
import { auditPdf, textlessPages, type ParseHtml, type PdfAudit } from '../pdf/audit-pdf';
import { encodeBoxes, escapeHtml, type PdfHtmlOptions } from '../pdf/to-html';
import type { PdfPage } from '../pdf/types';
import type { OcrCell, OcrDocument, OcrTable } from './types';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** `data-ocr` carries the cell's confidence; lib/grid reads it back, so the report knows the cell was read by OCR. */
function cellHtml(cell: OcrCell): string {
  const spans = (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  return `<td${spans} data-pdf="${encodeBoxes([cell.box])}" data-ocr="${round(cell.confidence)}">${escapeHtml(cell.text)}</td>`;
}

export function ocrTableHtml(table: OcrTable): string {
  return `<table>${table.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')}</table>`;
}

/** The OCR'd pages as the text layer lib/pdf rebuilds prose from (tables are placed whole). */
export function ocrTextPages(doc: OcrDocument): PdfPage[] {
  return doc.pages.map((p) => ({
    number: p.number,
    width: p.width,
    height: p.height,
    items: p.items.map(({ text, x, y, w, size }) => ({ text, x, y, w, size })),
  }));
}

export interface OcrAuditOptions extends AuditOptions, PdfHtmlOptions {
  /** `images`: a page's pictures (its table pasted as images), each a page of the reading. */
  kind?: 'pdf' | 'images';
  /**
   * A PDF partly scanned: its text layer, page by page. `doc` then holds only the pages that had
   * no text (numbered as in the PDF), and each stands in for its empty page.
   */
  textPages?: readonly PdfPage[];
}

/** The PDF's pages, each page without text replaced by what OCR read on it. */
function mergedPages(doc: OcrDocument, textPages: readonly PdfPage[] | undefined): { pages: PdfPage[]; read: Set<number> } {
  const read = new Set(doc.pages.map((p) => p.number));
  const ocr = new Map(ocrTextPages(doc).map((p) => [p.number, p]));
  if (!textPages) return { pages: [...ocr.values()], read };
  return { pages: textPages.map((p) => ocr.get(p.number) ?? p), read };
}

/**
 * Audits what OCR read like a PDF (lib/pdf/audit-pdf.ts): the same JSON, each finding's cells
 * with where they were printed (`pdf`, the crop the reading came from), `read: "ocr"` and their
 * `confidence`. With `textPages`, the PDF's own text and its scanned pages are read as one.
 */
export function auditOcr(doc: OcrDocument, parse: ParseHtml, options: OcrAuditOptions): PdfAudit {
  const blocks = doc.pages.flatMap((p) => p.tables.map((t) => ({ page: p.number, y: t.top, html: ocrTableHtml(t) })));
  // A page's pictures hold its table, not its text: the checks on the report's text ran on the
  // page itself, and here would only find its sections "missing".
  const disabled = options.kind === 'images' ? [...(options.disabled ?? []), ...PROSE_CHECKS] : options.disabled;
  const { textPages, ...rest } = options;
  const { pages, read } = mergedPages(doc, textPages);
  const audit = auditPdf(pages, parse, { ...rest, blocks, disabled });
  if (audit.result.detected) {
    // Pages still without anything read (no picture on them, or nothing OCR could make out).
    const textless = textPages ? textlessPages(pages).filter((n) => !read.has(n)) : [];
    audit.result.document = {
      kind: options.kind ?? 'pdf',
      pages: pages.length,
      ocr: true,
      ...(textPages ? { ocrPages: [...read].sort((a, b) => a - b) } : {}),
      ...(textless.length ? { textlessPages: textless } : {}),
    };
  }
  return audit;
}
