import { describe, expect, it } from 'vitest';
import { renumberPage } from '../../lib/ocr/renumber';
import type { OcrPage } from '../../lib/ocr/types';

const cell = (text: string) => ({
  text,
  rowSpan: 1,
  colSpan: 1,
  confidence: 0.9,
  figure: true,
  box: { page: 1, box: [10, 20, 30, 12] as [number, number, number, number] },
});

describe('renumberPage', () => {
  it('puts the page and every cell crop on page n, leaving the reading alone', () => {
    const page: OcrPage = { number: 1, width: 595, height: 842, items: [], tables: [{ rows: [[cell('3'), cell('4')]], top: 20, bottom: 40 }] };
    const moved = renumberPage(page, 3);
    expect(moved.number).toBe(3);
    expect(moved.tables[0]!.rows[0]!.map((c) => c.box)).toEqual([
      { page: 3, box: [10, 20, 30, 12] },
      { page: 3, box: [10, 20, 30, 12] },
    ]);
    expect(moved.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['3', '4']);
    expect(page.tables[0]!.rows[0]![0]!.box.page).toBe(1);
  });
});
