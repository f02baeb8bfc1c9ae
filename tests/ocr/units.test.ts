import { describe, expect, it } from 'vitest';
import { decodeDigits, decodeText, digitClasses, neutralClasses, spaceClasses, type StepProbs } from '../../lib/ocr/ctc';
import type { Gray } from '../../lib/ocr/image';
import { estimateSkew, rotate, unrotateBox } from '../../lib/ocr/image';
import { findRuledTables } from '../../lib/ocr/rulings';

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
    const hedged = decodeDigits(steps([], [['0', 0.69], ['中', 0.07]], []), digits, neutral);
    expect(hedged.text).toBe('0');
    expect(hedged.confidence).toBeCloseTo(0.69, 5);
    expect(hedged.identity).toBeCloseTo(0.69 / 0.76, 5);
    // A digit that might be another digit stays doubtful either way.
    const torn = decodeDigits(steps([], [['0', 0.6], ['8', 0.35]], []), digits, neutral);
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
        for (let x = 0; x < w; x++)
          if (turned.data[y * w + x]! < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
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

