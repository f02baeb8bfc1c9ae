import { auditDocument } from '@/lib/audit';
import { fetchBytes, type OpenedDocument } from '@/lib/batch';
import type { PreviousReport } from '@/lib/checks/types';
import type { PdfPage } from '@/lib/pdf/types';
import { sniffOfficeFile } from '@/lib/docx/sniff';
import type { AuditResult } from '@/lib/model/schema';
import { auditPdf } from '@/lib/pdf/audit-pdf';
import { extractPages, PdfReadError } from '@/lib/pdf/extract';
import type { PdfDocument } from './pdf-document';
import { parseFetchedPage } from './fetched-page';

export interface AttachmentAudit {
  href: string;
  result: AuditResult;
  /** The open PDF, for drawing the evidence; null for Word files. */
  pdf: PdfDocument | null;
}

/** Why an attachment could not be audited, in terms the panel can put into words. */
export class AttachmentError extends Error {
  constructor(
    readonly reason: 'legacy' | 'ofd' | 'scanned' | 'unsupported' | 'unreadable',
    detail = '',
    /** A scan's bytes, kept so that reading it by OCR does not fetch it again. */
    readonly bytes: Uint8Array | null = null,
  ) {
    super(detail || reason);
  }
}

/**
 * Fetches an attachment a report page links to and audits it with the page pipeline: a PDF from
 * its text layer, a Word .docx converted to HTML. The page's own publication date stands in for
 * the file's, which a PDF or Word file does not state.
 */
export async function auditAttachment(href: string, context: { published: string | null; signal: AbortSignal }): Promise<AttachmentAudit> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await fetchBytes(href, { fetch: (url, init) => fetch(url, init), signal: context.signal, timeoutMs: 30_000 }));
  } catch (error) {
    throw new AttachmentError('unreadable', (error as Error).message);
  }
  const { opened, pdf } = await auditBytes(bytes, href, context.published, true);
  return { href, result: opened.audit.result, pdf };
}

/** Audits a downloaded PDF or Word file; `keepPdf` keeps the PDF open to draw its pages. */
export async function auditBytes(
  bytes: Uint8Array,
  href: string,
  published: string | null,
  keepPdf: boolean,
): Promise<{ opened: OpenedDocument; pdf: PdfDocument | null }> {
  const kind = sniffOfficeFile(bytes);
  if (kind === 'pdf') {
    const runtime = await import('./pdf-runtime');
    let pdf: PdfDocument;
    try {
      pdf = await runtime.openPdf(bytes);
    } catch (error) {
      throw new AttachmentError('unreadable', (error as Error).message);
    }
    let pages: PdfPage[];
    try {
      pages = await extractPages(pdf);
    } catch (error) {
      await pdf.destroy();
      if (error instanceof PdfReadError) {
        throw new AttachmentError(error.reason === 'scanned' ? 'scanned' : 'unreadable', error.message, error.reason === 'scanned' ? bytes : null);
      }
      throw error;
    }
    if (!keepPdf) await pdf.destroy();
    const options = { source: href, url: href, published };
    return {
      opened: { audit: auditPdf(pages, parseFetchedPage, options), again: (previous) => auditPdf(pages, parseFetchedPage, { ...options, previous }) },
      pdf: keepPdf ? pdf : null,
    };
  }
  if (kind === 'docx') {
    const { docxToHtml } = await import('@/lib/docx/to-html');
    let html: string;
    try {
      ({ html } = await docxToHtml(bytes));
    } catch (error) {
      throw new AttachmentError('unreadable', (error as Error).message);
    }
    const doc = parseFetchedPage(html, href);
    if (published) {
      const meta = doc.createElement('meta');
      meta.setAttribute('name', 'PubDate');
      meta.setAttribute('content', published);
      doc.head.append(meta);
    }
    const run = (previous: PreviousReport | null) => {
      const audit = auditDocument(doc, { source: href, previous });
      if (audit.result.detected) audit.result.document = { kind: 'docx' };
      return audit;
    };
    return { opened: { audit: run(null), again: run }, pdf: null };
  }
  throw new AttachmentError(kind === 'legacy-doc' ? 'legacy' : kind === 'ofd' ? 'ofd' : 'unsupported');
}
