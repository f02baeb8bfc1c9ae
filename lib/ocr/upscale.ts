import type { RasterImage } from './types';

/**
 * Pictures pasted into pages are screen images (about 96 dpi, text 12–16 px high), far coarser
 * than a scan: rules one pixel thin, strokes of a "1" one pixel wide. Enlarged to about
 * the width a 200 dpi scan of the same table has, they read like a scan; `scale` says how many
 * pixels now make one of the picture's, so the crops' boxes stay in the picture's pixels.
 */
export const TARGET_WIDTH = 1600;
const MAX_FACTOR = 3;

export function upscaleForOcr(image: RasterImage): RasterImage {
  const factor = Math.min(MAX_FACTOR, Math.floor(TARGET_WIDTH / image.width));
  if (factor < 2) return image;
  const { width, height, data } = image;
  const w = width * factor;
  const h = height * factor;
  const out = new Uint8ClampedArray(w * h * 4);
  // Nearest neighbour, not bilinear: a rule one pixel thin stays as dark as it was drawn (blurred
  // to two lighter pixels it falls under the ink threshold and the table's rows run together).
  for (let y = 0; y < h; y++) {
    const row = Math.floor(y / factor) * width;
    for (let x = 0; x < w; x++) {
      const from = (row + Math.floor(x / factor)) * 4;
      const to = (y * w + x) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = data[from + 3]!;
    }
  }
  return { width: w, height: h, data: out, scale: image.scale * factor };
}
