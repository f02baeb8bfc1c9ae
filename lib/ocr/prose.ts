import { sample, type Gray } from './image';
import { recognize } from './recognize';
import type { OcrEngine, OcrItem } from './types';

const DET_SIDE = 1280;
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

/** Regions of the page already read (the tables), in pixels: [left, top, right, bottom]. */
export type Region = [number, number, number, number];

/**
 * The text lines of a page outside `skip`: PP-OCRv4's detector finds them (its probability map
 * thresholded into connected regions, each grown back by the margin the model was trained to
 * shrink), the recogniser reads them. Placed as lib/pdf places a text layer.
 */
export async function readProse(engine: OcrEngine, g: Gray, scale: number, skip: readonly Region[], signal?: AbortSignal): Promise<OcrItem[]> {
  const ratio = Math.min(1, DET_SIDE / Math.max(g.width, g.height));
  const w = Math.max(32, Math.round((g.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((g.height * ratio) / 32) * 32);
  const plane = w * h;
  const input = new Float32Array(3 * plane);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = sample(g, ((x + 0.5) * g.width) / w - 0.5, ((y + 0.5) * g.height) / h - 0.5) / 255;
      for (let c = 0; c < 3; c++) input[c * plane + y * w + x] = (v - MEAN[c]!) / STD[c]!;
    }
  }
  signal?.throwIfAborted();
  const { data } = await engine.det.run(input, [1, 3, h, w]);
  const boxes = regions(data, w, h, 0.3, 0.6);
  const sx = g.width / w;
  const sy = g.height / h;
  const crops = boxes
    .map(([x0, y0, x1, y1]) => {
      const bw = x1 - x0 + 1;
      const bh = y1 - y0 + 1;
      const d = (bw * bh * 1.5) / (2 * (bw + bh));
      return [(x0 - d) * sx, (y0 - d) * sy, (bw + 2 * d) * sx, (bh + 2 * d) * sy] as [number, number, number, number];
    })
    .filter(([x, y, bw, bh]) => {
      const cx = x + bw / 2;
      const cy = y + bh / 2;
      return bh > 4 && !skip.some(([l, t, r, b]) => cx >= l && cx <= r && cy >= t && cy <= b);
    });
  const readings = await recognize(
    engine,
    crops.map((box) => ({ gray: g, box })),
    signal,
  );
  const items: OcrItem[] = [];
  crops.forEach(([x, y, bw, bh], i) => {
    const r = readings[i]![0]!.text;
    if (!r.text) return;
    items.push({ text: r.text, x: x / scale, y: (y + bh * 0.82) / scale, w: bw / scale, size: (bh * 0.72) / scale, confidence: r.confidence });
  });
  return items;
}

/** Connected regions of the map above `threshold` whose mean is at least `minScore`: [x0, y0, x1, y1]. */
function regions(map: Float32Array, w: number, h: number, threshold: number, minScore: number): Region[] {
  const seen = new Uint8Array(w * h);
  const out: Region[] = [];
  const stack: number[] = [];
  for (let i = 0; i < w * h; i++) {
    if (seen[i] || map[i]! < threshold) continue;
    let [x0, y0, x1, y1] = [w, h, -1, -1];
    let sum = 0;
    let n = 0;
    seen[i] = 1;
    stack.push(i);
    while (stack.length) {
      const j = stack.pop()!;
      const x = j % w;
      const y = (j - x) / w;
      sum += map[j]!;
      n++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const k of [x > 0 ? j - 1 : -1, x < w - 1 ? j + 1 : -1, y > 0 ? j - w : -1, y < h - 1 ? j + w : -1]) {
        if (k >= 0 && !seen[k] && map[k]! >= threshold) {
          seen[k] = 1;
          stack.push(k);
        }
      }
    }
    if (n >= 6 && sum / n >= minScore) out.push([x0, y0, x1, y1]);
  }
  return out;
}
