import { auditDocument, type AuditOptions, type DomAudit } from '../audit';
import { elementAt } from '../page/mark';
import { decodeBoxes, pdfToHtml, type PdfHtmlOptions } from './to-html';
import type { PdfPage } from './types';

/** Parses HTML into a Document: DOMParser in the browser, the CLI's own DOM in Node. */
export type ParseHtml = (html: string, url: string) => Document;

export interface PdfAudit extends DomAudit {
  /** The PDF as the page the audit read: what the panel shows as the extracted document. */
  html: string;
}

/**
 * Audits a PDF's text layer with the page pipeline, then puts on each finding's cells where the
 * PDF printed them, so the evidence can be drawn on the page.
 */
export function auditPdf(pages: readonly PdfPage[], parse: ParseHtml, options: AuditOptions & PdfHtmlOptions): PdfAudit {
  const html = pdfToHtml(pages, options);
  const doc = parse(html, options.url ?? 'about:blank');
  const audit = auditDocument(doc, options);
  const dom = audit.dom;
  for (const finding of audit.result.findings) {
    for (const cell of finding.cells ?? []) {
      const el = dom && cell.ref ? elementAt(dom, cell.ref) : undefined;
      const boxes = decodeBoxes(el?.getAttribute('data-pdf'));
      if (boxes.length) cell.pdf = boxes;
    }
  }
  if (audit.result.detected) {
    const textless = pages.filter((p) => p.items.every((i) => !i.text.trim())).map((p) => p.number);
    audit.result.document = { kind: 'pdf', pages: pages.length, ...(textless.length ? { textlessPages: textless } : {}) };
  }
  return { ...audit, html };
}
