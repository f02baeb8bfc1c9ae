import { describe, expect, it } from 'vitest';
import { extractPages, PdfReadError, type PdfDocumentLike } from '../../lib/pdf/extract';
import { documentLines, joinItems } from '../../lib/pdf/lines';
import { decodeBoxes, encodeBoxes, pdfToHtml } from '../../lib/pdf/to-html';
import type { PdfItem, PdfPage } from '../../lib/pdf/types';
import { parseHtml } from '../helpers/dom';

const item = (text: string, x: number, y: number, size = 10, w = text.length * size): PdfItem => ({ text, x, y, w, size });
const page = (number: number, items: PdfItem[]): PdfPage => ({ number, width: 595, height: 842, items });

/** A stand-in for PDF.js's document: items as getTextContent gives them (y up, from the bottom). */
function fakeDoc(pages: { str: string; transform: number[]; width: number }[][]): PdfDocumentLike {
  return {
    numPages: pages.length,
    getPage: async (n) => ({
      getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
      getTextContent: async () => ({ items: pages[n - 1]! }),
    }),
  };
}

describe('reading the text layer', () => {
  it('turns PDF space (y up) into page space (y down) and keeps the font size', async () => {
    const [p] = await extractPages(fakeDoc([[{ str: '政府信息公开工作年度报告'.repeat(4), transform: [12, 0, 0, 12, 70, 800], width: 480 }]]));
    expect(p!.items[0]).toMatchObject({ x: 70, y: 42, size: 12, w: 480 });
  });

  it('calls a PDF without text a scan, and says so', async () => {
    const doc = fakeDoc([[], [{ str: ' ', transform: [10, 0, 0, 10, 0, 0], width: 1 }]]);
    await expect(extractPages(doc)).rejects.toThrow(PdfReadError);
    await expect(extractPages(doc)).rejects.toThrow(/no text layer.*OCR/);
  });

  it('leaves out rotated text (stamps, watermarks) and malformed items', async () => {
    const text = '本年新收政府信息公开申请数量'.repeat(4);
    const [p] = await extractPages(
      fakeDoc([
        [
          { str: text, transform: [10, 0, 0, 10, 50, 700], width: 560 },
          { str: '机密水印', transform: [7, 7, -7, 7, 200, 400], width: 40 },
          { str: '坏', transform: [NaN, 0, 0, 10, 0, 0], width: 10 },
          { transform: [10, 0, 0, 10, 0, 0] } as never,
        ],
      ]),
    );
    expect(p!.items.map((i) => i.text)).toEqual([text]);
  });

  it('refuses a PDF with more pages than a report has', async () => {
    await expect(extractPages({ numPages: 5000, getPage: () => Promise.reject(new Error('not reached')) })).rejects.toThrow(/5000 pages/);
  });
});

describe('lines', () => {
  it('puts figures set a point below their label on the label’s line', () => {
    const [line] = documentLines([page(1, [item('一、本年新收', 70, 400, 7.5), item('3001', 260, 402.3, 7.5), item('53', 300, 402.3, 7.5)])]);
    expect(line!.items.map((i) => i.text)).toEqual(['一、本年新收', '3001', '53']);
  });

  it('drops running page numbers but keeps a table’s last figure in the margin', () => {
    const lines = documentLines([
      page(3, [item('正文', 70, 100), item('- 3 -', 280, 800), item('25', 300, 780)]),
      page(4, [item('第 4 页 共 6 页', 260, 820), item('正文', 70, 100)]),
    ]);
    expect(lines.map((l) => joinItems(l.items))).toEqual(['正文', '25', '正文']);
  });

  it('parts cells PDF.js ran together with a space, but not letter-spaced words', () => {
    const lines = documentLines([page(1, [item('12 1', 300, 100, 10, 60), item('社 会 公', 400, 200, 10, 34)])]);
    expect(lines[0]!.items.map((i) => [i.text, Math.round(i.x)])).toEqual([
      ['12', 300],
      ['1', 355],
    ]);
    expect(lines[1]!.items.map((i) => i.text)).toEqual(['社 会 公']);
  });
});

describe('the HTML made from a PDF', () => {
  it('escapes what the PDF says: its text stays text', () => {
    const html = pdfToHtml([page(1, [item('<script>alert(1)</script>政府信息公开工作年度报告', 70, 60, 18), item('“引号” & <b>粗</b>', 70, 120, 10, 90)])]);
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('script, b').length).toBe(0);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    expect(doc.body.textContent).toContain('“引号” & <b>粗</b>');
    expect(doc.title).toContain('<script>');
  });

  it('carries cell boxes that survive the round trip, and ignores garbage in data-pdf', () => {
    const boxes = [
      { page: 4, box: [260.3, 40.1, 14.9, 9] as [number, number, number, number] },
      { page: 5, box: [1, 2, 3, 4] as [number, number, number, number] },
    ];
    expect(decodeBoxes(encodeBoxes(boxes))).toEqual(boxes);
    expect(decodeBoxes('4,1,2,3;x;5,1,2,3,4,5;6,1,2,3,4')).toEqual([{ page: 6, box: [1, 2, 3, 4] }]);
    expect(decodeBoxes(null)).toEqual([]);
  });

  it('joins a paragraph’s lines back together, across a page break', () => {
    const html = pdfToHtml([
      // Widths as a font gives them: a full em for each Chinese character, about half for a digit.
      page(1, [
        item('标题政府信息公开工作年度报告', 150, 60, 20),
        item('一、总体情况', 70, 700, 16, 96),
        item('　　全市共受理政府信息公开申请 3119 件，答复', 70, 760, 16, 368),
      ]),
      page(2, [item('3050 件。', 70, 80, 16, 80)]),
    ]);
    expect(parseHtml(html).body.textContent).toContain('全市共受理政府信息公开申请 3119 件，答复3050 件。');
  });
});
