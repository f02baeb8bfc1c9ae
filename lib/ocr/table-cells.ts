import type { Gray } from './image';
import { recognize, type Crop, type CropReading } from './recognize';
import { INK, type RuledGrid } from './rulings';
import type { OcrCell, OcrEngine, OcrTable } from './types';

interface CellCut {
  span: RuledGrid['cells'][number];
  /** Inside the rules, in pixels: [left, top, width, height]. */
  inner: [number, number, number, number];
  /** One crop per line of text; none for a blank cell. */
  lines: Crop[];
  /** Ink mass inside, for the confidence of a blank. */
  ink: number;
}

const CJK = /[\u3400-\u9fff]/g;

/**
 * The cell's content as a clean image: rule pixels near its edges become paper (a rule the
 * crop caught on a slanted page is not a digit), then its lines of ink.
 */
function cutCell(g: Gray, rules: Uint8Array, grid: RuledGrid, span: RuledGrid['cells'][number], scale: number): CellCut {
  const [r, c, rs, cs] = span;
  const inset = grid.rule + 1;
  const x0 = Math.round(grid.xs[c]! + inset);
  const x1 = Math.round(grid.xs[c + cs]! - inset);
  const y0 = Math.round(grid.ys[r]! + inset);
  const y1 = Math.round(grid.ys[r + rs]! - inset);
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const edge = Math.max(3, Math.round(2.5 * scale));
  const clean = new Uint8Array(w * h);
  let ink = 0;
  const rowInk = new Float64Array(h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const gi = (y0 + y) * g.width + x0 + x;
      const nearEdge = x < edge || y < edge || x >= w - edge || y >= h - edge;
      const v = nearEdge && rules[gi] ? 255 : g.data[gi]!;
      clean[y * w + x] = v;
      const m = Math.max(0, 200 - v) / 200;
      ink += m;
      if (v < INK) rowInk[y]! += 1;
    }
  }
  const cell: Gray = { width: w, height: h, data: clean };
  const lines: Crop[] = [];
  // Lines of text: bands of rows with ink, thin bands (specks) dropped.
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
        if (clean[yy * w + x]! < INK) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    if (right < left) continue;
    const lh = y - top;
    const padY = lh * 0.3;
    const padX = lh * 0.5;
    lines.push({ gray: cell, box: [left - padX, top - padY, right - left + 1 + 2 * padX, lh + 2 * padY] });
  }
  return { span, inner: [x0, y0, w, h], lines, ink };
}

function isFigure(text: string): boolean {
  const digits = (text.match(/\d/g) ?? []).length;
  return digits > 0 && digits >= text.replace(/\s/g, '').length * 0.6;
}

/**
 * Reads every cell of a ruled table. A blank cell (no ink) is blank with confidence 1. In a
 * column of figures, a cell is read twice from the same output, over every class and over the
 * digits alone; the digits' reading stands and carries the confidence, so that a doubtful
 * figure says so instead of coming out as a plausible wrong number.
 */
export async function readTable(
  engine: OcrEngine,
  g: Gray,
  rules: Uint8Array,
  grid: RuledGrid,
  page: number,
  scale: number,
  signal?: AbortSignal,
): Promise<OcrTable> {
  const cuts = grid.cells.map((span) => cutCell(g, rules, grid, span, scale));
  const crops = cuts.flatMap((c) => c.lines);
  const readings = await recognize(engine, crops, signal);
  let k = 0;
  const read = cuts.map((c) => c.lines.map(() => readings[k++]!));
  // Figure columns: most of their one-column cells read as figures.
  const cols = grid.xs.length - 1;
  const votes = Array.from({ length: cols }, () => ({ figure: 0, text: 0 }));
  cuts.forEach((c, i) => {
    if (c.span[3] !== 1 || !c.lines.length) return;
    const text = read[i]!.map((r) => r.text.text).join('');
    votes[c.span[1]]![isFigure(text) ? 'figure' : 'text']++;
  });
  const cells: OcrCell[] = cuts.map((c, i) => {
    const box = { page, box: c.inner.map((v) => Math.round((v / scale) * 10) / 10) as [number, number, number, number] };
    const [, col, rowSpan, colSpan] = c.span;
    const lines = read[i]!;
    if (!lines.length) {
      // Faint marks that made no line of text: blank, the fainter the surer.
      const full = 12 * scale * scale;
      return { text: '', rowSpan, colSpan, confidence: Math.max(0.5, 1 - c.ink / full), figure: false, box };
    }
    const v = votes[col]!;
    const text = lines.map((r) => r.text.text).join('');
    const wordy = (text.match(CJK) ?? []).length >= 2 && Math.min(...lines.map((r) => r.text.confidence)) > 0.8;
    if (colSpan === 1 && v.figure > v.text && !wordy && lines.length === 1) {
      const d = figureReading(lines[0]!);
      return { text: d.text, rowSpan, colSpan, confidence: d.confidence, figure: true, box };
    }
    return { text, rowSpan, colSpan, confidence: Math.min(...lines.map((r) => r.text.confidence)), figure: false, box };
  });
  const rows: OcrCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
  cells.forEach((cell, i) => rows[cuts[i]!.span[0]]!.push(cell));
  return { rows, top: grid.ys[0]! / scale, bottom: grid.ys[grid.ys.length - 1]! / scale };
}

/** A placeholder printed in a figure column (—, /, 无) stands as printed; else the digits. */
function figureReading(r: CropReading): { text: string; confidence: number } {
  if (!/\d/.test(r.text.text) && r.text.text && r.text.confidence > 0.8) return r.text;
  if (!r.digits.text) return { text: r.text.text, confidence: Math.min(r.text.confidence, 0.5) };
  return r.digits;
}
