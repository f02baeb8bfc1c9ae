import { decodeDigits, decodeText, digitClasses, neutralClasses, spaceClasses, type DigitsReading, type Reading, type StepProbs } from './ctc';
import { recInput, recWidth, type Gray } from './image';
import { INK } from './rulings';
import type { OcrEngine } from './types';

/** The recogniser's input height (PP-OCRv4). */
export const REC_HEIGHT = 48;
const BATCH = 16;
/** Crops are padded to a multiple of this width, so that few tensor shapes are ever run. */
const BUCKET = 96;
const MAX_WIDTH = 3200;

export interface Crop {
  gray: Gray;
  /** [left, top, width, height] in the image's pixels. */
  box: [number, number, number, number];
  /**
   * Parts of the crop read apart, as x ranges within the box (pixels from its left): a strip of
   * several cells' figures is read in one pass, with the context of a line, and each cell gets
   * the characters of its own part. The whole box when absent.
   */
  segments?: [number, number][];
}

/** Both decodes of one crop: over every class, and over the digits alone. */
export interface CropReading {
  text: Reading;
  digits: DigitsReading;
}

/** Whether each column of the crop holds any ink (outside the image: paper). */
function inkedColumns(crop: Crop): Uint8Array {
  const { gray: g, box } = crop;
  const [x0, y0, w, h] = box.map(Math.round) as [number, number, number, number];
  const out = new Uint8Array(Math.max(0, w));
  const ink = g.ink ?? INK;
  for (let x = 0; x < w; x++) {
    const gx = x0 + x;
    if (gx < 0 || gx >= g.width) continue;
    for (let y = Math.max(0, y0); y < Math.min(g.height, y0 + h); y++) {
      if (g.data[y * g.width + gx]! < ink) {
        out[x] = 1;
        break;
      }
    }
  }
  return out;
}

/**
 * For each of the recogniser's steps from t0 to t1, whether it looks at bare paper: no ink under
 * it or under the steps beside it (each step sees a little around itself).
 */
function paperSteps(inked: Uint8Array, t0: number, t1: number, pixelsPerStep: number): boolean[] {
  const out: boolean[] = [];
  for (let t = t0; t < t1; t++) {
    const from = Math.max(0, Math.floor((t - 1) * pixelsPerStep));
    const to = Math.min(inked.length, Math.ceil((t + 2) * pixelsPerStep));
    let bare = true;
    for (let x = from; x < to && bare; x++) if (inked[x]) bare = false;
    out.push(bare);
  }
  return out;
}

/** Runs the recogniser over every crop, in batches of crops of about the same width. */
export async function recognize(engine: OcrEngine, crops: readonly Crop[], signal?: AbortSignal): Promise<CropReading[][]> {
  const digits = digitClasses(engine.charset);
  const neutral = neutralClasses(engine.charset);
  const spaces = spaceClasses(engine.charset);
  const out: CropReading[][] = new Array(crops.length);
  const order = crops.map((c, i) => ({ i, w: Math.min(MAX_WIDTH, recWidth(c.box, REC_HEIGHT)) })).sort((a, b) => a.w - b.w);
  let k = 0;
  while (k < order.length) {
    signal?.throwIfAborted();
    const width = Math.ceil(order[k]!.w / BUCKET) * BUCKET;
    const batch = [];
    while (k < order.length && batch.length < BATCH && order[k]!.w <= width) batch.push(order[k++]!);
    const input = new Float32Array(batch.length * 3 * REC_HEIGHT * width);
    batch.forEach((b, slot) => recInput(crops[b.i]!.gray, crops[b.i]!.box, REC_HEIGHT, width, input, slot));
    const { data, dims } = await engine.rec.run(input, [batch.length, 3, REC_HEIGHT, width]);
    const steps = dims[1]!;
    const classes = dims[2]!;
    batch.forEach((b, slot) => {
      const crop = crops[b.i]!;
      const base = slot * steps * classes;
      // Input pixels per step; the crop occupies the first b.w pixels of the row.
      const perStep = width / steps;
      const toInput = b.w / crop.box[2];
      const parts = crop.segments ?? [[0, crop.box[2]]];
      const inked = inkedColumns(crop);
      out[b.i] = parts.map(([x0, x1]) => {
        const t0 = crop.segments ? Math.max(0, Math.round((x0 * toInput) / perStep)) : 0;
        const t1 = crop.segments ? Math.min(steps, Math.round((x1 * toInput) / perStep)) : steps;
        const p: StepProbs = { data, offset: base + t0 * classes, steps: Math.max(0, t1 - t0), classes };
        const paper = paperSteps(inked, t0, Math.max(t0, t1), perStep / toInput);
        return { text: decodeText(p, engine.charset), digits: decodeDigits(p, digits, neutral, spaces, paper) };
      });
    });
  }
  return out;
}
