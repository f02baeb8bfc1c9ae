import type { RasterImage } from './types';

/** One channel, 0 (ink) to 255 (paper), row by row. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
  /** Darker than this is ink: set from the page's own paper and ink (a coarse scan's rules are grey). */
  ink?: number;
}

/** The ink threshold of a page: a third of the way from its paper towards its darkest ink. */
export function inkLevel(g: Gray): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < g.data.length; i += 3) hist[g.data[i]!]!++;
  const n = Math.ceil(g.data.length / 3);
  const at = (q: number) => {
    let c = 0;
    for (let v = 0; v < 256; v++) if ((c += hist[v]!) >= n * q) return v;
    return 255;
  };
  const paper = at(0.5);
  const ink = at(0.005);
  return Math.round(paper - (paper - ink) / 3);
}

/** How much redder than grey a pixel may be and still be grey (a scan's colour noise). */
const RED_TINT = 30;

/** A pixel's lightness (ITU-R 601 luma), 0–255. */
const luma = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;

/**
 * The seal's lightness: the median luma of pixels plainly red (the seal's body). Null when a
 * page has too few of them to be sealed.
 */
function sealLuma(data: RasterImage['data'], pixels: number): number | null {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let j = 0; j < pixels * 4; j += 4) {
    const r = data[j]!;
    if (r > 180 && r - Math.max(data[j + 1]!, data[j + 2]!) > 100) {
      hist[Math.round(luma(r, data[j + 1]!, data[j + 2]!))]!++;
      n++;
    }
  }
  if (n < Math.max(100, pixels * 0.001)) return null;
  let c = 0;
  for (let v = 0; v < 256; v++) if ((c += hist[v]!) * 2 >= n) return Math.max(v, 16);
  return null;
}

/**
 * The red channel as grey: black ink stays dark while a red seal stamped over the figures turns
 * nearly white, so the digits under it read as if it were not there. A scan's seal is not pure
 * red at its edges (a coarse JPEG darkens the red channel by 50–100 where ring meets paper, and
 * those arcs were read as digits), so a red pixel is judged by its lightness against the seal's
 * own instead: the seal multiplies what is under it, so a pixel as light as the seal is seal over
 * paper (white), and one darker is ink under the seal (as dark as it is darker than the seal).
 */
export function redChannel(image: RasterImage): Gray {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const seal = sealLuma(data, out.length);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    const r = data[j]!;
    const g = data[j + 1]!;
    const b = data[j + 2]!;
    out[i] = seal !== null && r - Math.max(g, b) > RED_TINT ? Math.min(255, Math.round((255 * luma(r, g, b)) / seal)) : r;
  }
  const grey: Gray = { width, height, data: out };
  grey.ink = inkLevel(grey);
  return grey;
}

/** Bilinear sample, paper outside the image. */
export function sample(g: Gray, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= g.width - 1 || y0 >= g.height - 1) {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi >= 0 && yi >= 0 && xi < g.width && yi < g.height ? g.data[yi * g.width + xi]! : 255;
  }
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * g.width + x0;
  const d = g.data;
  const top = d[i]! + (d[i + 1]! - d[i]!) * fx;
  const bottom = d[i + g.width]! + (d[i + g.width + 1]! - d[i + g.width]!) * fx;
  return top + (bottom - top) * fy;
}

/** Rotates by `degrees` (clockwise on screen) about the centre, same size. */
export function rotate(g: Gray, degrees: number): Gray {
  if (degrees === 0) return g;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = g.width / 2;
  const cy = g.height / 2;
  const out = new Uint8Array(g.width * g.height);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      out[y * g.width + x] = sample(g, cx + dx * cos + dy * sin, cy - dx * sin + dy * cos);
    }
  }
  return { width: g.width, height: g.height, data: out, ink: g.ink };
}

/**
 * A box found on the page `rotate(g, degrees)` made, where it lies on `g` itself: the bounding box
 * of its four corners taken back through the rotation about (cx, cy). Any unit, as long as the
 * centre is in the same one (the crops' points).
 */
export function unrotateBox(box: readonly [number, number, number, number], degrees: number, cx: number, cy: number): [number, number, number, number] {
  if (degrees === 0) return [...box];
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const [x, y, w, h] = box;
  const corners = [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ].map(([px, py]) => [cx + (px! - cx) * cos + (py! - cy) * sin, cy - (px! - cx) * sin + (py! - cy) * cos] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return [round(left), round(top), round(Math.max(...xs) - left), round(Math.max(...ys) - top)];
}

/**
 * The page's skew in degrees: the angle at which the rows of ink line up best (the variance of
 * the projection of dark pixels onto the vertical is largest). Lines of text and table rules
 * both vote. Searched within ±4°, coarse then fine.
 */
export function estimateSkew(g: Gray): number {
  const step = Math.max(1, Math.round(Math.max(g.width, g.height) / 900));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < g.height; y += step) {
    for (let x = 0; x < g.width; x += step) {
      if (g.data[y * g.width + x]! < 128) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 50) return 0;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(Math.ceil((g.height + g.width * 0.1) / step) + 2);
    const offset = g.width * 0.07;
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round((ys[i]! - xs[i]! * t + offset) / step);
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -4; d <= 4; d += 0.25) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const coarse = best;
  for (let d = coarse - 0.25; d <= coarse + 0.25; d += 0.05) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.abs(best) < 0.05 ? 0 : best;
}

/**
 * A region resized to `height` rows for the recogniser, normalised as PaddleOCR does
 * ((v / 255 - 0.5) / 0.5, three equal channels), into `out` at batch slot `slot`, padded with 0
 * (PaddleOCR pads the normalised tensor with zeros) up to `width`.
 */
export function recInput(g: Gray, box: [number, number, number, number], height: number, width: number, out: Float32Array, slot: number): void {
  const [x0, y0, w, h] = box;
  const scaled = Math.max(1, Math.min(width, Math.round((w / h) * height)));
  const plane = height * width;
  const base = slot * 3 * plane;
  for (let y = 0; y < height; y++) {
    const sy = y0 + ((y + 0.5) * h) / height - 0.5;
    for (let x = 0; x < scaled; x++) {
      const sx = x0 + ((x + 0.5) * w) / scaled - 0.5;
      const v = sample(g, sx, sy) / 127.5 - 1;
      const i = base + y * width + x;
      out[i] = v;
      out[i + plane] = v;
      out[i + 2 * plane] = v;
    }
  }
}

/** Width in the recogniser's input of a region at the given height. */
export function recWidth(box: readonly number[], height: number): number {
  return Math.max(1, Math.round((box[2]! / box[3]!) * height));
}

/** Resized by `factor` (bilinear): a coarse scan brought up to the size the rules and the recogniser expect. */
export function resize(g: Gray, factor: number): Gray {
  const width = Math.max(1, Math.round(g.width * factor));
  const height = Math.max(1, Math.round(g.height * factor));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = (y + 0.5) / factor - 0.5;
    for (let x = 0; x < width; x++) out[y * width + x] = sample(g, (x + 0.5) / factor - 0.5, sy);
  }
  const r: Gray = { width, height, data: out };
  r.ink = inkLevel(r);
  return r;
}
