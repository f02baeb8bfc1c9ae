import { describe, expect, it } from 'vitest';
import { isLabelText, labelKey, parseCellValue } from '../../lib/text/normalize';

describe('parseCellValue (SPEC.md §2 cell values)', () => {
  it.each([
    ['0', 0],
    ['  12 ', 12],
    ['\u00a0\u00a00\u00a0', 0],
    ['１２３', 123],
    ['3,119', 3119],
    ['３，１１９', 3119],
    ['1 2', 12],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', ' ', '\u00a0', '\u3000', '\n\t'])('reads %j as blank', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['无', '—', '－', '-', '/', '／', '——', '–'])('reads %j as a placeholder', (raw) => {
    expect(parseCellValue(raw).kind).toBe('placeholder');
  });

  it.each(['1.5', '-1', '约3', '12,34', 'N/A', '99999999999999999999'])('leaves %j unparsed', (raw) => {
    expect(parseCellValue(raw)).toMatchObject({ kind: 'unparsed' });
  });
});

describe('labels', () => {
  it('folds brackets, width, spaces and traditional characters', () => {
    expect(labelKey('（一） 予以公开')).toBe(labelKey('(一)予以公开'));
    expect(labelKey('二、上年結轉政府信息公開申請數量')).toBe(labelKey('二、上年结转政府信息公开申请数量'));
  });

  it('tells labels from values', () => {
    expect(isLabelText('自然人')).toBe(true);
    expect(isLabelText('无')).toBe(false);
    expect(isLabelText('12')).toBe(false);
    expect(isLabelText('')).toBe(false);
  });
});

import { publishedInUrl } from '../../lib/page/metadata';

describe('publishedInUrl', () => {
  it('reads the date TRS portals put in article addresses', () => {
    expect(publishedInUrl('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm')).toBe('2024-03-08');
    expect(publishedInUrl('http://x.gov.cn/a/t20241399_1.html')).toBeNull();
    expect(publishedInUrl('http://x.gov.cn/a/2024.html')).toBeNull();
    expect(publishedInUrl(null)).toBeNull();
  });
});
