import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { OcrDocument, RasterImage } from '../lib/ocr/types';
import { upscaleForOcr } from '../lib/ocr/upscale';
import { findTableImages } from '../lib/page/table-images';
import { MAX_BYTES, TIMEOUT_MS } from './limits';
import { parseDocument } from './lite-dom';

/** A picture's pixels: PNG and JPEG, which is what portals paste; anything else is left unread. */
export function decodeImage(bytes: Uint8Array): RasterImage | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), scale: 1 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
    return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), scale: 1 };
  }
  return null;
}

async function imageBytes(src: string): Promise<Uint8Array | null> {
  if (src.startsWith('data:')) {
    const comma = src.indexOf(',');
    return comma > 0 && /;base64$/i.test(src.slice(0, comma)) ? new Uint8Array(Buffer.from(src.slice(comma + 1), 'base64')) : null;
  }
  if (src.startsWith('file:')) return new Uint8Array(await readFile(fileURLToPath(src)));
  if (!/^https?:/i.test(src)) return null;
  const response = await fetch(src, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length <= MAX_BYTES ? bytes : null;
}

/**
 * A report page whose table is not in its text but in pictures: the pictures read by OCR, one a
 * page, in the page's order. A saved page's pictures are read beside it on disk (or from the
 * address it records); null when it shows none that could be decoded.
 */
export async function readPageImages(
  source: string,
  html: string,
  url: string | undefined,
  onPage?: (page: number, pages: number) => void,
): Promise<OcrDocument | null> {
  const local = !/^https?:/i.test(source);
  const base = url ?? (local ? pathToFileURL(source).href : source);
  const images = findTableImages(parseDocument(html, base), base);
  const rasters: RasterImage[] = [];
  for (const image of images) {
    try {
      const bytes = await imageBytes(image.src);
      const raster = bytes && decodeImage(bytes);
      if (raster) rasters.push(upscaleForOcr(raster));
    } catch {
      // A picture that cannot be fetched or decoded is one fewer to read, not a failed audit.
    }
  }
  if (!rasters.length) return null;
  const { ocrEngine } = await import('./ocr');
  const { ocrPages } = await import('../lib/ocr/ocr-pages');
  return ocrPages(rasters, await ocrEngine(), { onProgress: onPage });
}
