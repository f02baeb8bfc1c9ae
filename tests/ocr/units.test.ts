import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeDigits, decodeText, digitClasses, neutralClasses, spaceClasses, type StepProbs } from '../../lib/ocr/ctc';
import type { Gray } from '../../lib/ocr/image';
import { estimateSkew, redChannel, rotate, unrotateBox } from '../../lib/ocr/image';
import { findRuledTables } from '../../lib/ocr/rulings';
import { readTable } from '../../lib/ocr/table-cells';
import type { OcrEngine, RasterImage } from '../../lib/ocr/types';
import { upscaleForOcr } from '../../lib/ocr/upscale';

// A small charset: 1 '0'…10 '9', 11 '.', 12 'o', 13 '。', 14 '中', 15 ','; the last class is a space.
const CHARSET = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'o', '。', '中', ','];
const CLASSES = CHARSET.length + 2;
const cls = (c: string) => (c === '_' ? 0 : CHARSET.indexOf(c) + 1);

/** Steps as [[char, p], …]: each step's named probabilities, the rest of the mass on the blank. */
function steps(...rows: [string, number][][]): StepProbs {
  const data = new Float32Array(rows.length * CLASSES);
  rows.forEach((row, t) => {
    let left = 1;
    for (const [c, p] of row) {
      data[t * CLASSES + cls(c)] = data[t * CLASSES + cls(c)]! + p;
      left -= p;
    }
    data[t * CLASSES] = data[t * CLASSES]! + Math.max(0, left);
  });
  return { data, offset: 0, steps: rows.length, classes: CLASSES };
}
const digits = digitClasses(CHARSET);
const neutral = neutralClasses(CHARSET);

describe('CTC decoding of a figure', () => {
  it('reads digits, a repeated digit only across a blank, with the least peak as confidence', () => {
    const p = steps([], [['1', 0.98]], [], [['0', 0.93]], [['0', 0.95]], [], [['0', 0.97]], []);
    expect(decodeDigits(p, digits, neutral)).toEqual({ text: '100', confidence: expect.closeTo(0.95, 5), identity: 1 });
  });

  it('tells which digit apart from whether one is there: a lone 0 hedged with the blank is sure of being a 0', () => {
    const hedged = decodeDigits(
      steps(
        [],
        [
          ['0', 0.69],
          ['中', 0.07],
        ],
        [],
      ),
      digits,
      neutral,
    );
    expect(hedged.text).toBe('0');
    expect(hedged.confidence).toBeCloseTo(0.69, 5);
    expect(hedged.identity).toBeCloseTo(0.69 / 0.76, 5);
    // A digit that might be another digit stays doubtful either way.
    const torn = decodeDigits(
      steps(
        [],
        [
          ['0', 0.6],
          ['8', 0.35],
        ],
        [],
      ),
      digits,
      neutral,
    );
    expect(torn.text).toBe('0');
    expect(torn.identity).toBeLessThan(0.65);
  });

  it('counts a look-alike as its digit: a lone 0 the model calls 。 or o is a 0', () => {
    const p = steps(
      [],
      [
        ['。', 0.5],
        ['o', 0.3],
        ['0', 0.15],
      ],
      [],
    );
    const r = decodeDigits(p, digits, neutral);
    expect(r.text).toBe('0');
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(decodeText(p, CHARSET).text).toBe('。');
  });

  it('is doubtful when a Chinese character competes with the digit', () => {
    const r = decodeDigits(
      steps(
        [],
        [
          ['中', 0.45],
          ['7', 0.55],
        ],
        [],
      ),
      digits,
      neutral,
    );
    expect(r.text).toBe('7');
    expect(r.confidence).toBeLessThan(0.6);
  });

  it('is doubtful when a step read as nothing might have been a thin 1', () => {
    const r = decodeDigits(steps([['2', 0.99]], [], [['1', 0.35]], [], [['3', 0.99]]), digits, neutral);
    expect(r.text).toBe('23');
    expect(r.confidence).toBeLessThan(0.7);
  });

  it('takes an ideographic space between figures for nothing, not for a character that might be there', () => {
    const charset = [...CHARSET, '　'];
    const p = (c: string) => {
      const q = steps([['1', 0.99]], [], [['0', 0.99]], [['中', 0.6]]);
      // Stand the space in for 中 at the last step: the same mass, on a class that is no glyph.
      if (c === '　') {
        const wide = new Float32Array((q.classes + 1) * q.steps);
        for (let t = 0; t < q.steps; t++) wide.set(q.data.subarray(t * q.classes, t * q.classes + q.classes - 1), t * (q.classes + 1));
        for (let t = 0; t < q.steps; t++) wide[t * (q.classes + 1) + q.classes] = q.data[t * q.classes + q.classes - 1]!;
        wide[3 * (q.classes + 1) + cls('中')] = 0;
        wide[3 * (q.classes + 1) + charset.length] = 0.6;
        return { data: wide, offset: 0, steps: q.steps, classes: q.classes + 1 };
      }
      return q;
    };
    const withChar = decodeDigits(p('中'), digits, neutral, spaceClasses(CHARSET));
    const withSpace = decodeDigits(p('　'), digitClasses(charset), neutralClasses(charset), spaceClasses(charset));
    expect(withChar.text).toBe('10');
    expect(withChar.confidence).toBeLessThan(0.5);
    expect(withSpace.text).toBe('10');
    expect(withSpace.confidence).toBeGreaterThan(0.95);
  });

  it('over bare paper, a step read as nothing is nothing: what the recogniser half-saw there is no missed glyph', () => {
    const p = steps([['中', 0.3]], [['2', 0.99]], [], [['3', 0.99]], [['中', 0.35]]);
    expect(decodeDigits(p, digits, neutral).confidence).toBeLessThan(0.7);
    const r = decodeDigits(p, digits, neutral, [], [true, false, false, false, true]);
    expect(r.text).toBe('23');
    expect(r.confidence).toBeGreaterThan(0.95);
  });

  it('counts the full-width o as a 0', () => {
    const charset = [...CHARSET, 'ｏ'];
    expect(digitClasses(charset)[0]).toContain(charset.indexOf('ｏ') + 1);
  });

  it('keeps a decimal point between digits, drops one at either end', () => {
    expect(decodeDigits(steps([['8', 0.99]], [['.', 0.9]], [['5', 0.99]]), digits, neutral).text).toBe('8.5');
    expect(decodeDigits(steps([['.', 0.9]], [], [['5', 0.99]]), digits, neutral).text).toBe('5');
  });
});

/** White paper with black rules at the given rows and columns; `gaps` leaves out a segment of a vertical rule. */
function ruled(w: number, h: number, ys: number[], xs: number[], gaps: { x: number; y0: number; y1: number }[] = []): Gray {
  const data = new Uint8Array(w * h).fill(255);
  for (const y of ys) for (let x = xs[0]!; x <= xs[xs.length - 1]!; x++) for (let d = 0; d < 2; d++) data[(y + d) * w + x] = 0;
  for (const x of xs) {
    for (let y = ys[0]!; y <= ys[ys.length - 1]!; y++) {
      if (gaps.some((g) => g.x === x && y > g.y0 + 2 && y < g.y1 - 1)) continue;
      for (let d = 0; d < 2; d++) data[y * w + x + d] = 0;
    }
  }
  return { width: w, height: h, data };
}

describe('ruled tables', () => {
  it('finds the grid and merges the slots a missing rule joins', () => {
    const ys = [40, 100, 160, 220];
    const xs = [40, 240, 340, 440];
    // The rule between columns 0 and 1 is missing in the first row: one cell spanning two columns.
    const g = ruled(500, 260, ys, xs, [{ x: 240, y0: 40, y1: 100 }]);
    const [table] = findRuledTables(g, 1);
    expect(table).toBeDefined();
    table!.grid.xs.forEach((x, i) => expect(Math.abs(x - xs[i]! - 0.5)).toBeLessThan(1.5));
    table!.grid.ys.forEach((y, i) => expect(Math.abs(y - ys[i]! - 0.5)).toBeLessThan(1.5));
    expect(table!.grid.cells).toContainEqual([0, 0, 1, 2]);
    expect(table!.grid.cells).toHaveLength(8);
  });

  it('does not take a character stroke lined up with a missing rule for the rule (a spanned header)', () => {
    const ys = [40, 100, 160];
    const xs = [40, 140, 240, 340];
    // 法人或其他组织 spans columns 1–2 in the first row; 组's down stroke stands where the rule is not.
    const g = ruled(400, 200, ys, xs, [{ x: 240, y0: 40, y1: 100 }]);
    for (let y = 52; y < 88; y++) for (let d = 0; d < 2; d++) g.data[y * 400 + 240 + d] = 0;
    const [table] = findRuledTables(g, 1);
    expect(table!.grid.cells.filter((c) => c[0] === 0)).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 2],
    ]);
  });

  it('divides the row a page break opened as its rules divide it (no top rule, a rule of its own)', () => {
    // The table goes on from the page before: no rule on top, its vertical rules start at y 40;
    // the rule at x 150 divides only that first row (a sub-item beside a spanned cell).
    const w = 500;
    const g: Gray = { width: w, height: 260, data: new Uint8Array(w * 260).fill(255) };
    const line = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) g.data[y * w + x] = 0;
    };
    for (const y of [100, 160, 220]) line(40, y, 440, y + 1);
    for (const x of [40, 240, 340, 440]) line(x, 40, x + 1, 221);
    line(150, 40, 151, 101);
    const [table] = findRuledTables(g, 1);
    expect(table!.grid.ys.map(Math.round)).toEqual([40, 101, 161, 221]);
    expect(table!.grid.xs.map(Math.round)).toEqual([41, 151, 241, 341, 441]);
    expect(table!.grid.cells.filter((c) => c[0] === 0)).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [0, 2, 1, 1],
      [0, 3, 1, 1],
    ]);
  });

  it('straightens a page turned by a degree', () => {
    const g = ruled(600, 400, [50, 100, 150, 200, 250, 300], [50, 300, 550]);
    const turned = rotate(g, 1);
    expect(Math.abs(estimateSkew(turned) - 1)).toBeLessThan(0.15);
    expect(Math.abs(estimateSkew(rotate(turned, -estimateSkew(turned))))).toBeLessThan(0.15);
  });
});

describe('crop boxes on a straightened page', () => {
  it('are taken back to where the figure lies on the page as published', () => {
    const [w, h] = [400, 300];
    const g: Gray = { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
    // A "figure" near a corner, where a 2° turn moves it most.
    for (let y = 40; y < 52; y++) for (let x = 330; x < 340; x++) g.data[y * w + x] = 0;
    for (const degrees of [2, -1.5]) {
      const turned = rotate(g, degrees);
      let [x0, y0, x1, y1] = [w, h, -1, -1];
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) if (turned.data[y * w + x]! < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      const found: [number, number, number, number] = [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
      // Found where the straightened page has it: several pixels from where it was printed.
      expect(Math.abs(found[1] - 40) + Math.abs(found[0] - 330)).toBeGreaterThan(4);
      const [bx, by, bw, bh] = unrotateBox(found, degrees, w / 2, h / 2);
      expect(bx).toBeLessThanOrEqual(331);
      expect(by).toBeLessThanOrEqual(41);
      expect(bx + bw).toBeGreaterThanOrEqual(339);
      expect(by + bh).toBeGreaterThanOrEqual(51);
      expect(bw).toBeLessThan(16);
      expect(bh).toBeLessThan(18);
    }
  });
});

describe('a red seal over the table', () => {
  /** One pixel of each kind, RGBA, on a page otherwise sealed (enough plain seal to be found). */
  function sealed(pixels: [number, number, number][]): RasterImage {
    // The seal's body, as a coarse JPEG leaves it: green and blue 40–90.
    const body = Array.from({ length: 400 }, (_, i): [number, number, number] => [234, 40 + (i % 51), 40 + ((i * 7) % 51)]);
    const all = [...pixels, ...body];
    const data = new Uint8ClampedArray(all.length * 4);
    all.forEach(([r, g, b], i) => data.set([r, g, b, 255], i * 4));
    return { width: all.length, height: 1, data, scale: 1 };
  }

  it('fades the seal, its JPEG-darkened edges too, and keeps black ink, also under the seal', () => {
    const g = redChannel(
      sealed([
        [166, 59, 67],
        [157, 69, 83],
        [211, 45, 33],
        [98, 0, 0],
        [126, 5, 5],
        [30, 30, 30],
        [120, 118, 121],
      ]),
    );
    const [edge1, edge2, ring, rule, digit, black, grey] = g.data;
    for (const paper of [edge1, edge2, ring, g.data[10]]) expect(paper).toBeGreaterThan(g.ink!);
    for (const ink of [rule, digit, black]) expect(ink).toBeLessThan(g.ink!);
    expect(black).toBe(30);
    expect(grey).toBe(120);
  });

  it('leaves a page without a seal as its red channel', () => {
    const data = new Uint8ClampedArray([200, 40, 40, 255, 90, 90, 90, 255]);
    expect([...redChannel({ width: 2, height: 1, data, scale: 1 }).data]).toEqual([200, 90]);
  });

  it('reads a cell with nothing but specks left of the seal as blank, without reading it', async () => {
    const g = ruled(300, 160, [20, 80, 140], [20, 150, 280]);
    // A dotted arc: single dark pixels two apart, and a lone speck.
    for (let k = 0; k < 20; k++) g.data[(30 + k * 2) * 300 + 160 + k * 3] = 40;
    g.data[100 * 300 + 200] = 0;
    g.ink = 150;
    const [table] = findRuledTables(g, 1);
    const rules = table!.horizontal.map((v, i) => v | table!.vertical[i]!);
    const engine: OcrEngine = {
      charset: [],
      det: { run: () => Promise.reject(new Error('no detection here')) },
      rec: { run: () => Promise.reject(new Error('a blank cell is not read')) },
    };
    const read = await readTable(engine, g, rules, table!.grid, 1, 1);
    expect(read.rows.flat().map((c) => [c.text, c.confidence])).toEqual(Array.from({ length: 4 }, () => ['', 1]));
  });
});

describe('a table pasted into a page as a screen picture', () => {
  const png = PNG.sync.read(readFileSync('tests/e2e/pages/image-table.png'));
  const picture: RasterImage = { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data), scale: 1 };

  /** The picture as a browser draws it at `f` of its size: 1-px rules become grey, two pixels wide. */
  function scaled(image: RasterImage, f: number): RasterImage {
    const width = Math.round(image.width * f);
    const height = Math.round(image.height * f);
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      const sy = Math.min(image.height - 1.001, Math.max(0, (y + 0.5) / f - 0.5));
      const y0 = Math.floor(sy);
      const fy = sy - y0;
      for (let x = 0; x < width; x++) {
        const sx = Math.min(image.width - 1.001, Math.max(0, (x + 0.5) / f - 0.5));
        const x0 = Math.floor(sx);
        const fx = sx - x0;
        for (let c = 0; c < 4; c++) {
          const at = (xx: number, yy: number) => image.data[(yy * image.width + xx) * 4 + c]!;
          const top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * fx;
          const bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * fx;
          data[(y * width + x) * 4 + c] = top + (bottom - top) * fy;
        }
      }
    }
    return { width, height, data, scale: 1 };
  }

  /** Where the picture's vertical rules are drawn, in its own pixels. */
  const RULES_X = [0, 57, 140, 194, 255, 312, 368, 425, 482, 538, 599];

  /** Section three's grid: 3 header rows and 25 rows, 10 columns (3 of labels, 7 of figures). */
  function expectSectionThree(image: RasterImage, f = 1) {
    const up = upscaleForOcr(image);
    const tables = findRuledTables(redChannel(up), up.scale);
    expect(tables).toHaveLength(1);
    const { xs, ys, cells } = tables[0]!.grid;
    expect([ys.length - 1, xs.length - 1]).toEqual([28, 10]);
    // On the rules, not pulled aside by the text wrapped in the narrow label columns beside them.
    xs.forEach((x, i) => expect(Math.abs(x / (up.width / image.width) / f - RULES_X[i]!)).toBeLessThan(3));
    // Every row below the header has its seven figures, one cell each.
    for (let r = 3; r < 28; r++) expect(cells.filter((c) => c[0] === r && c[1] >= 3).map((c) => c[3])).toEqual([1, 1, 1, 1, 1, 1, 1]);
  }

  it('finds its 1-pixel rules, every row apart, the rows below （二） too', () => {
    expectSectionThree(picture);
  });

  it('finds them drawn grey and blurred (the picture shown at 90 %)', () => {
    expectSectionThree(scaled(picture, 0.9), 0.9);
  });
});
