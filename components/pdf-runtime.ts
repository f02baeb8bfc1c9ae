import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfDocument } from './pdf-document';
import type { Region } from './evidence-crop';

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

/** A page's size in points. */
export async function pageSize(doc: PdfDocument, pageNumber: number): Promise<{ width: number; height: number }> {
  const { width, height } = (await (doc as unknown as PDFDocumentProxy).getPage(pageNumber)).getViewport({ scale: 1 });
  return { width, height };
}

/** Draws only `region` of a page (points) at `scale` CSS pixels per point, sharp on high-DPI screens. */
export async function renderRegion(
  doc: PdfDocument,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  region: Region,
  scale: number,
  signal?: AbortSignal,
): Promise<void> {
  const page = await (doc as unknown as PDFDocumentProxy).getPage(pageNumber);
  const ratio = window.devicePixelRatio || 1;
  const device = scale * ratio;
  const viewport = page.getViewport({ scale: device, offsetX: -region.x * device, offsetY: -region.y * device });
  canvas.width = Math.floor(region.w * device);
  canvas.height = Math.floor(region.h * device);
  canvas.style.width = `${Math.floor(region.w * scale)}px`;
  canvas.style.height = `${Math.floor(region.h * scale)}px`;
  const task = page.render({ canvas, viewport });
  signal?.addEventListener('abort', () => task.cancel(), { once: true });
  await task.promise;
}
