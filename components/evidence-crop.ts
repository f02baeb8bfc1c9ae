import type { PdfBox } from '@/lib/pdf/types';

/** A rectangle of a PDF page in points, origin top-left, as PdfBox's boxes are. */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text about this many CSS pixels high reads comfortably on an office monitor. */
const TEXT_PX = 12;
// A printed cell's box is about 1.2 font sizes high (ascent to descent).
const BOX_PER_FONT = 1.2;
/** Enough of the page around the cells to see their row and column neighbours. */
const MIN_HEIGHT_PT = 200;
const PAD_PT = 24;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The scale from points to CSS pixels at which the boxes' text is about TEXT_PX high. */
export function readableScale(boxes: readonly PdfBox[], factor = 1): number {
  const box = median(boxes.map((b) => b.box[3])) || 12;
  return Math.min(4, Math.max(1, (TEXT_PX * BOX_PER_FONT * factor) / box));
}

/**
 * The part of the page to draw around the boxes: as wide as the frame shows at `scale` (wider
 * when the boxes spread further: the frame then scrolls), at least MIN_HEIGHT_PT high, centred
 * on the boxes and kept inside the page.
 */
export function cropAround(boxes: readonly PdfBox[], page: { width: number; height: number }, frameWidth: number, scale: number): Region {
  const x0 = Math.min(...boxes.map((b) => b.box[0]));
  const y0 = Math.min(...boxes.map((b) => b.box[1]));
  const x1 = Math.max(...boxes.map((b) => b.box[0] + b.box[2]));
  const y1 = Math.max(...boxes.map((b) => b.box[1] + b.box[3]));
  const w = Math.min(page.width, Math.max(frameWidth / scale, x1 - x0 + 2 * PAD_PT));
  const h = Math.min(page.height, Math.max(MIN_HEIGHT_PT, y1 - y0 + 2 * PAD_PT));
  const within = (start: number, size: number, limit: number) => Math.min(Math.max(0, start), Math.max(0, limit - size));
  return { x: within((x0 + x1 - w) / 2, w, page.width), y: within((y0 + y1 - h) / 2, h, page.height), w, h };
}
