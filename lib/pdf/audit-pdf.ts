import { quoteOf } from '../checks';
import { auditDocument, type AuditOptions, type DomAudit } from '../audit';
import { elementAt } from '../report/from-dom';
import type { AuditFinding } from '../model/schema';
import { decodeBoxes, pdfToHtml, type PdfHtmlOptions } from './to-html';
import type { PdfBox, PdfPage } from './types';

/** Parses HTML into a Document: DOMParser in the browser, the CLI's own DOM in Node. */
export type ParseHtml = (html: string, url: string) => Document;

export interface PdfAudit extends DomAudit {
  /** The PDF as the page the audit read: what the panel shows as the extracted document. */
  html: string;
}

/** The pages of a PDF on which nothing was read: images only (a scan), or blank. */
export function textlessPages(pages: readonly PdfPage[]): number[] {
  return pages.filter((p) => p.items.every((i) => !i.text.trim())).map((p) => p.number);
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
  if (audit.result.detected) placeQuotes(doc, audit.result.findings);
  if (audit.result.detected) {
    const textless = textlessPages(pages);
    audit.result.document = { kind: 'pdf', pages: pages.length, ...(textless.length ? { textlessPages: textless } : {}) };
  }
  return { ...audit, html };
}

/**
 * The lines a finding's quoted sentence was printed on (prose-vs-table, year-mismatch): each
 * paragraph keeps its lines' boxes and where each line starts in the paragraph's text.
 */
function placeQuotes(doc: Document, findings: AuditFinding[]): void {
  const paragraphs = Array.from(doc.getElementsByTagName('p'));
  for (const finding of findings) {
    const quote = quoteOf(finding)?.replace(/[…]+$/, '').trim() ?? '';
    if (quote.length < 4 || finding.pdf) continue;
    for (const p of paragraphs) {
      const text = p.textContent ?? '';
      const at = text.indexOf(quote);
      if (at < 0) continue;
      const boxes = decodeBoxes(p.getAttribute('data-pdf'));
      const starts = (p.getAttribute('data-pdf-starts') ?? '').split(',').map(Number);
      if (boxes.length !== starts.length) break;
      const lineAt = (offset: number) =>
        Math.max(
          0,
          starts.findLastIndex((s) => s <= offset),
        );
      const placed: PdfBox[] = boxes.slice(lineAt(at), lineAt(at + quote.length - 1) + 1);
      if (placed.length) finding.pdf = placed;
      break;
    }
  }
}
