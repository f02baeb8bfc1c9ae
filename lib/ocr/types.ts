import type { PdfBox, PdfItem } from '../pdf/types';

/**
 * A page as pixels: RGBA, 4 bytes a pixel, row by row (ImageData's layout). `scale` is pixels
 * per PDF point (dpi / 72), so that boxes come out in the page coordinates lib/pdf uses; an image
 * that is not a PDF page (a table pasted as <img>) takes 1.
 */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
  scale: number;
}

/** One ONNX model as lib/ocr runs it: a float32 NCHW tensor in, the first output back. */
export interface OcrModel {
  run(input: Float32Array, dims: readonly number[]): Promise<{ data: Float32Array; dims: readonly number[] }>;
}

/**
 * The PaddleOCR PP-OCRv4 models, loaded by the caller (the CLI from node_modules, the extension
 * from its package): lib/ocr never loads a runtime or a file itself. `charset` is the
 * recogniser's character list (ppocr_keys_v1.txt, one per line).
 */
export interface OcrEngine {
  rec: OcrModel;
  det: OcrModel;
  charset: readonly string[];
}

export interface OcrOptions {
  signal?: AbortSignal;
  /** Called after each page: pages done so far, of `pages`. */
  onProgress?: (page: number, pages: number) => void;
}

/** Text read off a page, placed as lib/pdf places a text layer, with how sure the reading is. */
export interface OcrItem extends PdfItem {
  confidence: number;
}

/** A cell of a ruled table read by OCR: its text, spans, where it was printed, and how sure. */
export interface OcrCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** 0–1; a blank cell is blank with confidence 1. */
  confidence: number;
  /** Read as a figure (digits only) rather than as text. */
  figure: boolean;
  /** The crop the reading came from, in page points: the panel shows it beside the value. */
  box: PdfBox;
  /** Read with its part on the page before (a row the page break cut): this reading is the whole cell's. */
  stitched?: boolean;
}

export interface OcrTable {
  /** HTML-like rows: each row's cells left to right, a spanned slot left out. */
  rows: OcrCell[][];
  /** Top and bottom of the table on its page, in points. */
  top: number;
  bottom: number;
  /** The page cut the table here: its first (last) row is the part of a row this page holds. */
  openTop?: boolean;
  openBottom?: boolean;
}

export interface OcrPage {
  /** 1-based. */
  number: number;
  /** In points (pixels / scale). */
  width: number;
  height: number;
  /** The text outside the tables. */
  items: OcrItem[];
  tables: OcrTable[];
}

export interface OcrDocument {
  pages: OcrPage[];
}
