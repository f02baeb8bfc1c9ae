import type { PdfDocumentLike } from '@/lib/pdf/extract';

/**
 * An open PDF as the panel uses it. Declared here, not taken from PDF.js, so that the modules
 * naming it do not pull PDF.js into the panel's first chunk (it loads when a PDF is audited).
 */
export interface PdfDocument extends PdfDocumentLike {
  destroy(): Promise<void>;
  /** A page's pictures standing in for a PDF (ImageDocument): its pages are pictures. */
  readonly kind?: 'images';
}
