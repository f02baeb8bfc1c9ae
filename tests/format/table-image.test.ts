import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTH, paintTableImage, tableImage, wrapText, type Canvas2D, type DrawOp } from '../../lib/format/table-image';
import { TEMPLATE_ROWS } from '../../lib/model/keys';
import { audited, NOT_A_REPORT, SAMPLE } from './audited';

/** Roughly what a CJK font measures: ideographs and full-width marks a square, the rest ~0.6. */
const measure = (text: string, font: string) => {
  const px = Number(/(\d+)px/.exec(font)![1]);
  return [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) && !/[→—–]/.test(ch) ? px : px * 0.62), 0);
};
const URL_ = 'https://www.example.gov.cn/zwgk/nb/2024.html';
const AT = '2026-12-07T15:24:00Z';
const texts = (ops: DrawOp[]) => ops.flatMap((o) => (o.kind === 'text' ? [o] : []));

describe('the table image (复制为图片)', () => {
  const image = tableImage(audited(SAMPLE, 'zh-CN'), { lang: 'zh-CN', measure, url: URL_, auditedAt: AT })!;

  it('is 1080 px wide, every line inside it, and has the caption a reader needs', () => {
    expect(image.width).toBe(IMAGE_WIDTH);
    for (const t of texts(image.ops)) {
      const w = measure(t.text, t.font);
      const [left, right] = t.align === 'right' ? [t.x - w, t.x] : [t.x, t.x + w];
      expect(left, t.text).toBeGreaterThanOrEqual(0);
      expect(right, t.text).toBeLessThanOrEqual(IMAGE_WIDTH);
      expect(t.y, t.text).toBeLessThan(image.height);
    }
    expect(image.caption).toEqual([
      '机关：示例市示例区人民政府',
      '年度：2024',
      '结论：4 处错误 · 1 处警告 · 2 处提示',
      `来源：${URL_}`,
      '核对时间：2026年12月7日 23:24（北京时间）',
    ]);
    const drawn = texts(image.ops).map((t) => t.text);
    for (const line of image.caption) expect(drawn).toContain(line);
  });

  it('draws every row of the template with its marks, the misprints with what they should be', () => {
    const drawn = texts(image.ops).map((t) => t.text);
    expect(drawn.filter((t) => t.startsWith('（') || /^[一二三四]、/.test(t))).toHaveLength(TEMPLATE_ROWS['2021'].length);
    expect(drawn).toEqual(expect.arrayContaining(['◆7→6', '◆3→2', '✗ 49', '✗ 39', '! —']));
    // Figures are never cut short.
    expect(drawn.filter((t) => /^[◆✗!]/.test(t)).some((t) => t.includes('…'))).toBe(false);
    // The causes lead, numbered.
    expect(drawn.join('')).toContain('1. 最可能的错填处：四、结转下年度继续办理·自然人 页面为 3，应为 2');
    // The misprint is a filled cell with a thick red frame; the warning a dashed one.
    const frames = image.ops.filter((o): o is Extract<DrawOp, { kind: 'rect' }> => o.kind === 'rect' && o.stroke !== undefined && o.lineWidth! >= 3);
    expect(frames.filter((f) => f.fill === '#fdecea' && f.lineWidth === 6)).toHaveLength(2);
    expect(frames.filter((f) => f.dash)).toHaveLength(1);
  });

  it('speaks English', () => {
    const en = tableImage(audited(SAMPLE, 'en'), { lang: 'en', measure, url: URL_, auditedAt: AT })!;
    expect(en.caption[2]).toBe('Verdict: 4 errors · 1 warning · 2 notes');
    expect(en.caption[4]).toBe('Audited: 7 Dec 2026, 23:24 Beijing time');
  });

  it('has nothing to draw without a table', () => {
    expect(tableImage(audited(NOT_A_REPORT, 'zh-CN'), { lang: 'zh-CN', measure })).toBeNull();
  });

  it('paints each operation once onto a canvas', () => {
    const calls: string[] = [];
    const ctx: Canvas2D = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      font: '',
      textAlign: 'left',
      fillRect: () => calls.push('fillRect'),
      strokeRect: () => calls.push('strokeRect'),
      fillText: (t) => calls.push(`text ${t}`),
      setLineDash: () => undefined,
    };
    paintTableImage(ctx, image);
    expect(calls.filter((c) => c.startsWith('text '))).toEqual(texts(image.ops).map((t) => `text ${t.text}`));
    expect(calls[0]).toBe('fillRect');
  });

  it('wraps Chinese anywhere and English at spaces', () => {
    expect(wrapText('一二三四五六', '10px x', 30, measure)).toEqual(['一二三', '四五六']);
    expect(wrapText('one two three', '10px x', 50, measure)).toEqual(['one two', 'three']);
  });
});
