import { describe, expect, it } from 'vitest';
import { joinCutRows } from '../../lib/ocr/cut-rows';
import { ocrPages } from '../../lib/ocr/ocr-pages';
import type { OcrCell, OcrEngine, OcrPage, OcrTable, RasterImage } from '../../lib/ocr/types';

/** A cell: text, its page, and how it was read; `rows` for a label spanning rows. */
function cell(text: string, page: number, { rows = 1, figure = /^\d*$/.test(text), confidence = 0.98 } = {}): OcrCell {
  return { text, rowSpan: rows, colSpan: 1, confidence: text ? confidence : 1, figure, box: { page, box: [0, 0, 10, 10] } };
}
const page = (number: number, ...tables: OcrTable[]): OcrPage => ({ number, width: 595, height: 842, items: [], tables });
const texts = (t: OcrTable) => t.rows.map((row) => row.map((c) => `${c.text}${c.rowSpan > 1 ? `/${c.rowSpan}` : ''}`));

describe('a table row cut by the page break', () => {
  // Page 1 ends in the top half of 2.部分公开's row (its figure below the cut); page 2 starts with
  // the bottom half, its label column's cell spanning on.
  const cut = () => [
    page(1, {
      top: 100,
      bottom: 800,
      openBottom: true,
      rows: [
        [cell('三、办理结果', 1, { rows: 2, figure: false }), cell('1.予以公开', 1, { figure: false }), cell('7', 1)],
        [cell('2.部分', 1, { figure: false }), cell('', 1)],
      ],
    }),
    page(2, {
      top: 40,
      bottom: 300,
      openTop: true,
      rows: [
        [cell('', 2, { rows: 2, figure: false }), cell('公开', 2, { figure: false }), cell('5', 2)],
        [cell('3.不予公开', 2, { figure: false }), cell('0', 2)],
      ],
    }),
  ];

  it('is one row: its label joined, its figure from the part that holds it', () => {
    const pages = cut();
    joinCutRows(pages);
    expect(texts(pages[0]!.tables[0]!)).toEqual([
      ['三、办理结果/2', '1.予以公开', '7'],
      ['2.部分公开', '5'],
    ]);
    expect(pages[0]!.tables[0]!.rows[1]![1]!.box.page).toBe(2);
    // The label column's cell goes on below the joined row, one row shorter.
    expect(texts(pages[1]!.tables[0]!)).toEqual([['', '3.不予公开', '0']]);
  });

  it('is doubtful where the cut runs through a figure (ink on both sides)', () => {
    const pages = cut();
    pages[0]!.tables[0]!.rows[1]![1] = cell('8', 1, { confidence: 0.6 });
    pages[1]!.tables[0]!.rows[0]![2] = cell('5', 2, { confidence: 0.7 });
    joinCutRows(pages);
    expect(pages[0]!.tables[0]!.rows[1]![1]!).toMatchObject({ text: '5', confidence: 0.5 });
  });

  it('leaves two rows apart when each part holds its own figures (the page drew neither rule)', () => {
    const pages = cut();
    pages[0]!.tables[0]!.rows[1]![1] = cell('4', 1);
    joinCutRows(pages);
    expect(pages[0]!.tables[0]!.rows).toHaveLength(2);
    expect(pages[1]!.tables[0]!.rows).toHaveLength(2);
  });

  it('leaves a table closed by its rule as it is', () => {
    const pages = cut();
    pages[0]!.tables[0]!.openBottom = false;
    joinCutRows(pages);
    expect(pages[1]!.tables[0]!.rows).toHaveLength(2);
  });
});

describe('a row cut by the page break, read from the pages', () => {
  /** A page of `h` px at 2 px a point: black rules and blobs of ink on white, RGBA. */
  function pageImage(h: number, draw: (box: (x0: number, y0: number, x1: number, y1: number) => void) => void): RasterImage {
    const w = 400;
    const data = new Uint8ClampedArray(w * h * 4).fill(255);
    draw((x0, y0, x1, y1) => {
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) data.fill(0, (y * w + x) * 4, (y * w + x) * 4 + 3);
    });
    return { width: w, height: h, data, scale: 2 };
  }
  const XS = [20, 200, 300, 380];
  // Page 1: two rows, then the upper part of the third (no closing rule, its rules run on to the
  // page's foot) with the top of its figure; page 2: the lower part, then one more row.
  const first = pageImage(300, (box) => {
    for (const y of [40, 120, 200]) box(20, y, 381, y + 1);
    for (const x of XS) box(x, 40, x + 1, 299);
    for (const y of [60, 140]) box(240, y, 256, y + 24);
    box(240, 288, 256, 299);
  });
  const second = pageImage(200, (box) => {
    for (const y of [60, 160]) box(20, y, 381, y + 1);
    for (const x of XS) box(x, 0, x + 1, 161);
    box(240, 0, 256, 10);
    box(240, 90, 256, 114);
  });
  // A recogniser that reads any ink as 7s.
  const engine: OcrEngine = {
    charset: ['7'],
    det: { run: async (_input, dims) => ({ data: new Float32Array(dims[2]! * dims[3]!), dims: [1, 1, dims[2]!, dims[3]!] }) },
    rec: {
      run: async (_input, dims) => {
        const steps = Math.max(1, dims[3]! / 8);
        const data = new Float32Array(dims[0]! * steps * 3);
        for (let i = 0; i < dims[0]! * steps; i++) data[i * 3 + (i % 2 ? 0 : 1)] = 1;
        return { data, dims: [dims[0]!, steps, 3] };
      },
    },
  };

  it('is one row, its figure read from both parts stitched together', async () => {
    const doc = await ocrPages([first, second], engine);
    expect(doc.pages[0]!.tables[0]!.rows).toHaveLength(3);
    const joined = doc.pages[0]!.tables[0]!.rows[2]!;
    expect(joined.map((c) => c.text.replace(/7+/, '7'))).toEqual(['', '7', '']);
    expect(joined[1]).toMatchObject({ stitched: true, box: { page: 2 } });
    expect(doc.pages[1]!.tables[0]!.rows.map((row) => row.map((c) => c.text.replace(/7+/, '7')))).toEqual([['', '7', '']]);
  });
});
