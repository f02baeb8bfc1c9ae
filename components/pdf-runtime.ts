import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfDocument } from './pdf-document';
import type { Region } from './evidence-crop';
import { isImageDocument } from './image-document';
import type { RasterImage } from '@/lib/ocr/types';

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
  if (isImageDocument(doc)) return doc.size(pageNumber);
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
  if (isImageDocument(doc)) return doc.draw(pageNumber, canvas, region, scale);
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

/**
 * A whole page as pixels at `dpi`, for OCR. Drawn on a canvas of the panel's (PDF.js draws the
 * scan's own image into it); the pixels are then handed to the OCR worker.
 */
export async function renderPageImage(doc: PdfDocument, pageNumber: number, dpi: { fallback: number; min: number; max: number }): Promise<RasterImage> {
  const page = await (doc as unknown as PDFDocumentProxy).getPage(pageNumber);
  // The scan's own resolution, as the CLI reads it (cli/ocr.ts takes the image itself): the
  // widest image painted on the page, its pixels over the page's width in points.
  const ops = await page.getOperatorList();
  let pixels = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] === pdfjs.OPS.paintImageXObject) pixels = Math.max(pixels, Number((ops.argsArray[i] as unknown[])[1]) || 0);
  }
  const native = (pixels / page.getViewport({ scale: 1 }).width) * 72;
  const scale = (native > 0 ? Math.min(dpi.max, Math.max(dpi.min, native)) : dpi.fallback) / 72;
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no canvas to draw the page on');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, viewport }).promise;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  page.cleanup();
  return { width: canvas.width, height: canvas.height, data, scale };
}
