import { describe, expect, it } from 'vitest';
import { cropAround, readableScale } from '../../components/evidence-crop';
import type { PdfBox } from '../../lib/pdf/types';

const A4 = { width: 595.9, height: 842.9 };
// The sample PDF's figures: 10.4 pt type in boxes 12.5 pt high.
const cell = (x: number, y: number, w = 5.7): PdfBox => ({ page: 4, box: [x, y, w, 12.5] });

describe('readableScale', () => {
  it('draws 10.4 pt type about 12 px high', () => {
    const scale = readableScale([cell(272, 281)]);
    expect((12.5 / 1.2) * scale).toBeCloseTo(12, 0);
  });

  it('never shrinks below the page’s own size, nor blows up a tiny box', () => {
    expect(readableScale([{ page: 1, box: [0, 0, 50, 40] }])).toBe(1);
    expect(readableScale([{ page: 1, box: [0, 0, 2, 1] }])).toBe(4);
  });
});

describe('cropAround', () => {
  it('is as wide as the frame shows, at least 200 pt high, and holds the cell', () => {
    const scale = readableScale([cell(272, 281)]);
    const r = cropAround([cell(272, 281)], A4, 336, scale);
    expect(r.w * scale).toBeCloseTo(336, 5);
    expect(r.h).toBe(200);
    expect(r.x).toBeLessThan(272);
    expect(r.x + r.w).toBeGreaterThan(272 + 5.7);
    expect(r.y).toBeLessThan(281);
    expect(r.y + r.h).toBeGreaterThan(281 + 12.5);
  });

  it('stays inside the page for a cell at its right edge', () => {
    const r = cropAround([cell(537, 742)], A4, 336, 1.15);
    expect(r.x + r.w).toBeCloseTo(A4.width, 5);
    expect(r.y + r.h).toBeLessThanOrEqual(A4.height);
  });

  it('widens past the frame for boxes that spread further (the frame then scrolls)', () => {
    const r = cropAround([cell(100, 240), cell(537, 281)], A4, 336, 1.15);
    expect(r.x).toBeLessThanOrEqual(100);
    expect(r.x + r.w).toBeGreaterThanOrEqual(537 + 5.7);
  });

  it('takes the whole page when the page is smaller than the crop', () => {
    expect(cropAround([cell(10, 10)], { width: 100, height: 150 }, 336, 1)).toEqual({ x: 0, y: 0, w: 100, h: 150 });
  });
});
