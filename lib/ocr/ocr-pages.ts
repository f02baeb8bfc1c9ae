import { joinCutRows } from './cut-rows';
import { estimateSkew, redChannel, resize, rotate, unrotateBox } from './image';
import { readProse, type Region } from './prose';
import { findRuledTables } from './rulings';
import { readTable, type CutRow } from './table-cells';
import type { OcrDocument, OcrEngine, OcrOptions, OcrPage, OcrTable, RasterImage } from './types';

/** Pixels per point below which a page is enlarged before it is read, and to what. */
const MIN_SCALE = 1.5;
const WORK_SCALE = 150 / 72;

/**
 * Reads scanned pages: each page is straightened, its ruled tables are cut into cells and every
 * cell read on its own (figures as digits, with a confidence), and the rest of the page is read
 * line by line. Pure: the engine (runtime and models) comes in as a parameter, so it runs in the
 * CLI and in the extension's Web Worker alike. Pages are numbered from 1 in the order given.
 */
export async function ocrPages(pages: readonly RasterImage[], engine: OcrEngine, options: OcrOptions = {}): Promise<OcrDocument> {
  const out: OcrPage[] = [];
  // The row a page break cut: its upper part, carried to the next page to be read with its lower part.
  const carry: Carry = {};
  for (const [i, image] of pages.entries()) {
    options.signal?.throwIfAborted();
    out.push(await ocrPage(image, i + 1, engine, carry, options.signal));
    options.onProgress?.(i + 1, pages.length);
  }
  joinCutRows(out);
  return { pages: out };
}

/** A cut row's upper part and the scale of the page it was on (its pixels are stitched to the next page's). */
type Carry = { row?: { cells: CutRow; scale: number } };

async function ocrPage(image: RasterImage, number: number, engine: OcrEngine, carry: Carry, signal?: AbortSignal): Promise<OcrPage> {
  const above = carry.row;
  carry.row = undefined;
  let raw = redChannel(image);
  let scale = image.scale;
  // A scan coarser than ~110 dpi is brought up to 150: its rules and glyphs then have the size
  // the reader expects, and what the pixels cannot tell comes out as low confidence.
  if (scale < MIN_SCALE) {
    raw = resize(raw, WORK_SCALE / scale);
    scale = WORK_SCALE;
  }
  const skew = estimateSkew(raw);
  const g = rotate(raw, -skew);
  const tables: OcrTable[] = [];
  const skip: Region[] = [];
  const found = findRuledTables(g, scale);
  for (const [k, table] of found.entries()) {
    const rules = new Uint8Array(table.horizontal.length);
    for (let i = 0; i < rules.length; i++) rules[i] = table.horizontal[i]! | table.vertical[i]!;
    // Only the page's first table can go on from the page before, only its last on the next.
    const cut = {
      above: k === 0 && above && Math.abs(above.scale - scale) < 0.01 ? above.cells : undefined,
      below: k === found.length - 1 ? (cells: CutRow) => (carry.row = { cells, scale }) : undefined,
    };
    tables.push(await readTable(engine, g, rules, table.grid, number, scale, signal, cut));
    const { xs, ys } = table.grid;
    skip.push([xs[0]!, ys[0]!, xs[xs.length - 1]!, ys[ys.length - 1]!]);
  }
  const items = await readProse(engine, g, scale, skip, signal);
  const [cx, cy] = [image.width / image.scale / 2, image.height / image.scale / 2];
  // The recogniser is as sure of an enlarged coarse scan as of a sharp one; the pixels are not.
  const cap = Math.min(1, image.scale / MIN_SCALE);
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row) {
        // The crops the panel shows are cut from the page as published, not as straightened.
        c.box = { ...c.box, box: unrotateBox(c.box.box, -skew, cx, cy) };
        c.confidence = Math.min(c.confidence, cap);
      }
    }
  }
  if (cap < 1) for (const item of items) item.confidence = Math.min(item.confidence, cap);
  return { number, width: image.width / image.scale, height: image.height / image.scale, items, tables };
}
