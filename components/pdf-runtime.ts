import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfDocument } from './pdf-document';

// Loaded only when the user audits a PDF: the panel's first paint does not carry PDF.js.
// The worker and the character maps ship inside the extension (wxt.config.ts): no remote code.
pdfjs.GlobalWorkerOptions.workerSrc = browser.runtime.getURL('/pdf.worker.min.mjs');

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await pdfjs.getDocument({
      data: bytes.slice(),
      cMapUrl: browser.runtime.getURL('/cmaps/'),
      cMapPacked: true,
      isEvalSupported: false,
      enableXfa: false,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    throw new Error(name === 'PasswordException' ? 'the PDF is protected by a password' : `the PDF could not be read (${(error as Error).message})`);
  }
}

/** Draws one page to fit `width` CSS pixels; returns the scale from PDF points to those pixels. */
export async function renderPage(doc: PdfDocument, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<number> {
  const page = await (doc as unknown as PDFDocumentProxy).getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const scale = width / base.width;
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(base.width * scale)}px`;
  canvas.style.height = `${Math.floor(base.height * scale)}px`;
  await page.render({ canvas, viewport }).promise;
  return scale;
}
