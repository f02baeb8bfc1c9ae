import type { RasterImage } from '@/lib/ocr/types';
import type { Region } from './evidence-crop';
import type { PdfDocument } from './pdf-document';

/**
 * A page's table images read by OCR, standing in for a PDF so that the evidence (PdfEvidence,
 * PdfRegion) draws their crops the same way: one image a page, one point a pixel.
 */
export class ImageDocument implements PdfDocument {
  readonly kind = 'images';
  constructor(private readonly bitmaps: ImageBitmap[]) {}

  get numPages(): number {
    return this.bitmaps.length;
  }

  getPage(): never {
    throw new Error('an image is not a PDF page');
  }

  size(page: number): { width: number; height: number } {
    const b = this.bitmap(page);
    return { width: b.width, height: b.height };
  }

  /** `region` of image `page` at `scale` CSS pixels a pixel, sharp on high-DPI screens. */
  draw(page: number, canvas: HTMLCanvasElement, region: Region, scale: number): void {
    const ratio = window.devicePixelRatio || 1;
    const device = scale * ratio;
    canvas.width = Math.floor(region.w * device);
    canvas.height = Math.floor(region.h * device);
    canvas.style.width = `${Math.floor(region.w * scale)}px`;
    canvas.style.height = `${Math.floor(region.h * scale)}px`;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw the image on');
    context.drawImage(this.bitmap(page), region.x, region.y, region.w, region.h, 0, 0, canvas.width, canvas.height);
  }

  /** The image's pixels, for OCR. */
  raster(page: number): RasterImage {
    const b = this.bitmap(page);
    const canvas = new OffscreenCanvas(b.width, b.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no canvas to read the image from');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, b.width, b.height);
    context.drawImage(b, 0, 0);
    return { width: b.width, height: b.height, data: context.getImageData(0, 0, b.width, b.height).data, scale: 1 };
  }

  async destroy(): Promise<void> {
    for (const b of this.bitmaps) b.close();
  }

  private bitmap(page: number): ImageBitmap {
    const b = this.bitmaps[page - 1];
    if (!b) throw new Error(`no image ${page}`);
    return b;
  }
}

export const isImageDocument = (doc: PdfDocument): doc is ImageDocument => doc instanceof ImageDocument;
