import type { Gray } from './image';
import { recognize, type Crop, type CropReading } from './recognize';
import { INK, type RuledGrid } from './rulings';
import { OCR_SURE } from '../report/identities';
import type { OcrCell, OcrEngine, OcrTable } from './types';

interface CellCut {
  span: RuledGrid['cells'][number];
  /** Inside the rules, in pixels: [left, top, width, height]. */
  inner: [number, number, number, number];
  /** One crop per line of text; none for a blank cell. */
  lines: Crop[];
  /** Dark pixels inside, for the confidence of a blank. */
  ink: number;
  /** One line of ink no wider than one digit: one glyph is there, whatever it is. */
  lone: boolean;
  /** The cell's clean image (rules near its edges and specks made paper). */
  clean: Gray;
  /** Read from both parts of a row the page break cut: the part above was on the page before. */
  stitched?: boolean;
}

/** A digit's ink is about 0.45–0.65 of its height wide; two digits side by side, over 1. */
const ONE_GLYPH = 0.85;

/** The cut row at a page's foot, carried to the next page's head, where its lower part is. */
export type CutRow = CellCut[];

const CJK = /[\u3400-\u9fff]/g;
const PLACEHOLDER = /^(?:[-—–－─/／\\]+|无|空)$/;

/**
 * The cell's content as a clean image: rule pixels near its edges become paper (a rule the
 * crop caught on a slanted page is not a digit), then its lines of ink.
 */
function cutCell(g: Gray, rules: Uint8Array, grid: RuledGrid, span: RuledGrid['cells'][number], scale: number): CellCut {
  const [r, c, rs, cs] = span;
  const inset = grid.rule + 1;
  const x0 = Math.round(grid.xs[c]! + inset);
  const x1 = Math.round(grid.xs[c + cs]! - inset);
  // Where the page cut the table there is no rule to stay inside: the cut row's ink runs to the edge.
  const y0 = Math.round(grid.ys[r]! + (r === 0 && grid.open.top ? 0 : inset));
  const y1 = Math.round(grid.ys[r + rs]! - (r + rs === grid.ys.length - 1 && grid.open.bottom ? 0 : inset));
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const edge = Math.max(3, Math.round(2.5 * scale));
  const level = g.ink ?? INK;
  const clean = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const gi = (y0 + y) * g.width + x0 + x;
      const nearEdge = x < edge || y < edge || x >= w - edge || y >= h - edge;
      clean[y * w + x] = nearEdge && rules[gi] ? 255 : g.data[gi]!;
    }
  }
  // Specks are paper where a figure is: a few dark pixels on their own are noise, or what is
  // left of a seal's edge, never a figure's stroke (its thinnest, broken up by JPEG, is longer).
  // Words keep theirs (the dots of 秘 or 、 are as small).
  const original = clean.slice();
  const minSpeck = Math.max(4, Math.round(scale * scale));
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || clean[start]! >= level) continue;
    const part: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      part.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const j = ny * w + nx;
          if (!seen[j] && clean[j]! < level) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (part.length < minSpeck) for (const i of part) clean[i] = 255;
  }
  const cell: Gray = { width: w, height: h, data: clean, ink: level };
  const found = linesOf(cell, scale);
  if (found.lines.length === 0 || figureLike(found.lines)) return { span, inner: [x0, y0, w, h], clean: cell, ...found };
  const kept: Gray = { ...cell, data: original };
  return { span, inner: [x0, y0, w, h], clean: kept, ...linesOf(kept, scale) };
}

/** A cell's lines of text: bands of rows with ink, thin bands (specks) dropped; and its ink. */
function linesOf(cell: Gray, scale: number): { lines: Crop[]; ink: number; lone: boolean } {
  const { width: w, height: h, data: clean } = cell;
  const level = cell.ink ?? INK;
  let ink = 0;
  const rowInk = new Float64Array(h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (clean[y * w + x]! < level) {
        rowInk[y]! += 1;
        ink++;
      }
    }
  }
  const lines: Crop[] = [];
  let lone = false;
  const minBand = Math.max(2, Math.round(2.5 * scale));
  let y = 0;
  while (y < h) {
    if (rowInk[y]! === 0) {
      y++;
      continue;
    }
    const top = y;
    while (y < h && rowInk[y]! > 0) y++;
    if (y - top < minBand) continue;
    let left = w;
    let right = -1;
    for (let yy = top; yy < y; yy++) {
      for (let x = 0; x < w; x++) {
        if (clean[yy * w + x]! < level) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    if (right < left) continue;
    const lh = y - top;
    lone = lines.length === 0 && right - left + 1 <= lh * ONE_GLYPH;
    const padY = lh * 0.3;
    const padX = lh * 0.5;
    lines.push({ gray: cell, box: [left - padX, top - padY, right - left + 1 + 2 * padX, lh + 2 * padY] });
  }
  return { lines, ink, lone: lone && lines.length === 1 };
}

/** Whether a cell's clean image has ink in rows y0 to y1. */
function inkAt(cell: Gray, y0: number, y1: number): boolean {
  for (let i = Math.max(0, y0) * cell.width; i < Math.min(cell.height, y1) * cell.width; i++) if (cell.data[i]! < (cell.ink ?? INK)) return true;
  return false;
}

/**
 * The lower part of a cut cell read with its upper part, carried from the page before: the two
 * clean images one above the other (left-aligned, a column being as wide on both pages), so
 * that a figure the cut ran through is whole again.
 */
function stitch(above: CellCut, below: CellCut, scale: number): CellCut {
  const a = above.clean;
  const b = below.clean;
  const width = Math.max(a.width, b.width);
  const data = new Uint8Array(width * (a.height + b.height)).fill(255);
  for (let y = 0; y < a.height; y++) data.set(a.data.subarray(y * a.width, (y + 1) * a.width), y * width);
  for (let y = 0; y < b.height; y++) data.set(b.data.subarray(y * b.width, (y + 1) * b.width), (a.height + y) * width);
  const clean: Gray = { width, height: a.height + b.height, data, ink: b.ink };
  return { ...below, clean, stitched: true, ...linesOf(clean, scale) };
}

/** A figure, or what the recogniser makes of one out of context (o or 。 for 0). */
/** A figure, or what the recogniser makes of one out of context (o or 。 for 0). */
function isFigure(text: string): boolean {
  return /^[\doO〇○。°lI|丨,，.\s]+$/.test(text) && /[\doO〇○。]/.test(text);
}

/** One short line: what a figure looks like before it is read. */
function figureLike(lines: readonly Crop[]): boolean {
  const line = lines[0];
  return lines.length === 1 && line !== undefined && line.box[2] <= line.box[3] * 4;
}

/** A cell holding one short line. */
const narrow = (c: CellCut) => figureLike(c.lines);

/**
 * One row's figures side by side on one strip, read in one pass: a lone "0" out of context is
 * as much a "。" or an "o" as a zero, while a line of figures reads as figures.
 */
function strip(cuts: readonly CellCut[]): Crop {
  const boxes = cuts.map((c) => c.lines[0]!.box.map(Math.round) as [number, number, number, number]);
  const height = Math.max(...boxes.map((b) => b[3]));
  const gap = Math.round(height * 0.6);
  const width = boxes.reduce((w, b) => w + b[2] + gap, gap);
  const data = new Uint8Array(width * height).fill(255);
  const segments: [number, number][] = [];
  let x = gap;
  cuts.forEach((c, i) => {
    const [bx, by, bw, bh] = boxes[i]!;
    const src = c.lines[0]!.gray;
    const dy = Math.floor((height - bh) / 2);
    for (let y = 0; y < bh; y++) {
      const sy = by + y;
      if (sy < 0 || sy >= src.height) continue;
      for (let k = 0; k < bw; k++) {
        const sx = bx + k;
        if (sx >= 0 && sx < src.width) data[(dy + y) * width + x + k] = src.data[sy * src.width + sx]!;
      }
    }
    segments.push([x - gap / 2, x + bw + gap / 2]);
    x += bw + gap;
  });
  return { gray: { width, height, data }, box: [0, 0, width, height], segments };
}

/**
 * Reads every cell of a ruled table. A blank cell (no ink) is blank with confidence 1. Figure
 * columns (most cells one short line) are read a row at a time on a strip; each cell's part is
 * decoded twice from the same output, over every class and over the digits alone: the digits'
 * reading stands and carries the confidence, so that a doubtful figure says so instead of
 * coming out as a plausible wrong number. Every other cell is read line by line.
 */
export async function readTable(
  engine: OcrEngine,
  g: Gray,
  rules: Uint8Array,
  grid: RuledGrid,
  page: number,
  scale: number,
  signal?: AbortSignal,
  carry: { above?: CutRow; below?: (row: CutRow) => void } = {},
): Promise<OcrTable> {
  const rows = grid.ys.length - 1;
  const cuts = grid.cells.map((span) => cutCell(g, rules, grid, span, scale));
  if (grid.open.bottom) carry.below?.(cuts.filter((c) => c.span[0] + c.span[2] === rows));
  if (grid.open.top && carry.above) {
    const above = carry.above;
    cuts.forEach((c, i) => {
      const part = c.span[0] === 0 ? above.find((a) => a.span[1] === c.span[1] && a.span[3] === c.span[3]) : undefined;
      // Ink on both sides of the cut, touching it: a line of text or a figure the cut ran through.
      if (part && inkAt(part.clean, part.clean.height - 3, part.clean.height) && inkAt(c.clean, 0, 3)) cuts[i] = stitch(part, c, scale);
    });
  }
  const cols = grid.xs.length - 1;
  const votes = Array.from({ length: cols }, () => ({ narrow: 0, other: 0 }));
  for (const c of cuts) if (c.span[3] === 1 && c.lines.length) votes[c.span[1]]![narrow(c) ? 'narrow' : 'other']++;
  const figureCol = votes.map((v) => v.narrow >= 1 && v.narrow >= v.other);
  const inStrip = cuts.map((c) => c.span[3] === 1 && figureCol[c.span[1]]! && narrow(c));
  const strips = new Map<number, number[]>();
  cuts.forEach((c, i) => {
    if (inStrip[i]) strips.set(c.span[0], [...(strips.get(c.span[0]) ?? []), i]);
  });
  const crops: Crop[] = [];
  const owners: { cells: number[] }[] = [];
  for (const members of strips.values()) {
    crops.push(strip(members.map((i) => cuts[i]!)));
    owners.push({ cells: members });
  }
  cuts.forEach((c, i) => {
    if (inStrip[i]) return;
    for (const line of c.lines) {
      crops.push(line);
      owners.push({ cells: [i] });
    }
  });
  const readings = await recognize(engine, crops, signal);
  const lines: CropReading[][] = cuts.map(() => []);
  readings.forEach((parts, k) => {
    parts.forEach((r, j) => lines[owners[k]!.cells[j] ?? owners[k]!.cells[0]!]!.push(r));
  });
  const cells: OcrCell[] = cuts.map((c, i) => {
    const box = { page, box: c.inner.map((v) => Math.round((v / scale) * 10) / 10) as [number, number, number, number] };
    const [, , rowSpan, colSpan] = c.span;
    const read = lines[i]!;
    if (!read.length) {
      // Marks that made no line of text: blank, surer the fewer they are next to a thin "1"'s pixels.
      const one = 4 * scale * scale;
      return { text: '', rowSpan, colSpan, confidence: c.ink <= one * 0.1 ? 1 : Math.max(0.3, 1 - c.ink / one), figure: false, box };
    }
    // A short word in a column of figures (a header's 总计) reads as a word on the strip too.
    const wordy = (read[0]!.text.text.match(CJK) ?? []).length >= 1 && read[0]!.text.confidence > 0.5;
    if (inStrip[i] && !wordy) {
      const d = figureReading(read[0]!, c.lone);
      return { text: d.text, rowSpan, colSpan, confidence: d.confidence, figure: true, box };
    }
    const text = read.map((r) => r.text.text).join('');
    return { text, rowSpan, colSpan, confidence: Math.min(...read.map((r) => r.text.confidence)), figure: isFigure(text), box };
  });
  await secondLook(engine, cuts, cells, inStrip, signal);
  cells.forEach((cell, i) => {
    if (cuts[i]!.stitched) cell.stitched = true;
  });
  const out: OcrCell[][] = Array.from({ length: rows }, () => []);
  cells.forEach((cell, i) => out[cuts[i]!.span[0]]!.push(cell));
  return { rows: out, top: grid.ys[0]! / scale, bottom: grid.ys[grid.ys.length - 1]! / scale, openTop: grid.open.top, openBottom: grid.open.bottom };
}

/**
 * A lone digit the strip read with doubt is read again on its own: where both readings agree on
 * the digit, it is as sure as the surer of them (a first column's zeros, read at the start of the
 * strip, come out at 0.8–0.89 there and at 0.92–0.97 alone). Where they disagree the doubt stands
 * — except where the strip read nothing at all over a glyph's ink (the last "3" of a line of
 * figures, dropped): the reading alone stands, as sure as it is.
 */
async function secondLook(engine: OcrEngine, cuts: readonly CellCut[], cells: OcrCell[], inStrip: readonly boolean[], signal?: AbortSignal): Promise<void> {
  const doubtful = cells.flatMap((cell, i) => (cell.figure && inStrip[i] && cuts[i]!.lone && /^\d?$/.test(cell.text) && cell.confidence < OCR_SURE ? [i] : []));
  if (!doubtful.length) return;
  const again = await recognize(
    engine,
    doubtful.map((i) => cuts[i]!.lines[0]!),
    signal,
  );
  doubtful.forEach((i, k) => {
    const alone = again[k]![0]!.digits;
    const cell = cells[i]!;
    if (alone.text === cell.text) cell.confidence = Math.max(cell.confidence, alone.identity);
    else if (cell.text === '' && /^\d$/.test(alone.text)) [cell.text, cell.confidence] = [alone.text, alone.identity];
  });
}

/**
 * A placeholder printed in a figure column (—, /, 无) stands as printed; else the digits. A lone
 * glyph read as one digit is as sure as which digit it is: that something is there, the ink says.
 */
function figureReading(r: CropReading, lone: boolean): { text: string; confidence: number } {
  if (PLACEHOLDER.test(r.text.text) && r.text.confidence > 0.8) return r.text;
  if (!r.digits.text) return { text: r.text.text, confidence: Math.min(r.text.confidence, 0.5) };
  if (lone && /^\d$/.test(r.digits.text)) return { text: r.digits.text, confidence: Math.max(r.digits.confidence, r.digits.identity) };
  return r.digits;
}
