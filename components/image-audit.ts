import { fetchBytes } from '@/lib/batch';
import { auditOcr } from '@/lib/ocr/audit-ocr';
import { upscaleForOcr } from '@/lib/ocr/upscale';
import type { TableImage } from '@/lib/page/table-images';
import type { AttachmentAudit } from './attachment-audit';
import { parseFetchedPage } from './fetched-page';
import { ImageDocument } from './image-document';
import { type OcrProgress, readPages } from './ocr/client';

/**
 * Reads a page's table images by OCR and audits what was read. The images are fetched again by
 * the panel (from the browser's cache, mostly: the page has just shown them), on the user's click.
 */
export async function auditImages(
  images: readonly TableImage[],
  pageUrl: string,
  context: { title: string | null; published: string | null; signal: AbortSignal; onProgress(p: OcrProgress): void },
): Promise<AttachmentAudit> {
  const bitmaps: ImageBitmap[] = [];
  try {
    for (const image of images) {
      const { bytes } = await fetchBytes(image.src, { fetch: (url, init) => fetch(url, init), signal: context.signal, timeoutMs: 30_000 });
      bitmaps.push(await createImageBitmap(new Blob([bytes as BlobPart])));
    }
  } catch (error) {
    for (const b of bitmaps) b.close();
    throw error;
  }
  const doc = new ImageDocument(bitmaps);
  try {
    const read = await readPages({ pages: doc.numPages, render: async (n) => upscaleForOcr(doc.raster(n)) }, context);
    // The pictures hold the table; the page holds the report's name (agency, year).
    const { result } = auditOcr(read, parseFetchedPage, { source: pageUrl, url: pageUrl, published: context.published, title: context.title, kind: 'images' });
    return { href: pageUrl, result, pdf: doc };
  } catch (error) {
    await doc.destroy();
    throw error;
  }
}
