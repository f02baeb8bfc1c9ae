import { decodeDigits, decodeText, digitClasses, neutralClasses, spaceClasses, type DigitsReading, type Reading, type StepProbs } from './ctc';
import { recInput, recWidth, type Gray } from './image';
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
      out[b.i] = parts.map(([x0, x1]) => {
        const t0 = crop.segments ? Math.max(0, Math.round((x0 * toInput) / perStep)) : 0;
        const t1 = crop.segments ? Math.min(steps, Math.round((x1 * toInput) / perStep)) : steps;
        const p: StepProbs = { data, offset: base + t0 * classes, steps: Math.max(0, t1 - t0), classes };
        return { text: decodeText(p, engine.charset), digits: decodeDigits(p, digits, neutral, spaces) };
      });
    });
  }
  return out;
}
