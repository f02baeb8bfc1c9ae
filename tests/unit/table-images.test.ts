import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTableImages } from '../../lib/page/table-images';
import { parseDocument } from '../../cli/lite-dom';
import { parseHtml } from '../helpers/dom';

const page = (body: string) => `<!DOCTYPE html><html><head><title>2024年政府信息公开工作年度报告</title></head><body>${body}</body></html>`;

describe('findTableImages', () => {
  it('lists content images in order, resolved against the page, and leaves out site furniture and small pictures', () => {
    const doc = parseHtml(
      page(`<img src="/images/logo.png" width="600" height="300">
        <img src="icon-print.gif"><img src="ewm.jpg" width="300" height="300">
        <p><img src="../upload/table-1.png" alt="表一"></p>
        <img src="spacer.png" width="20" height="400">
        <p><img src="data:image/png;base64,iVBORw0KGgo=" width="800" height="1200"></p>
        <img src="../upload/table-1.png">`),
    );
    expect(findTableImages(doc)).toEqual([
      { src: 'https://www.example.gov.cn/upload/table-1.png', alt: '表一' },
      { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '' },
    ]);
  });

  it('finds the pasted table of the E2E page in the CLI’s DOM as in jsdom', () => {
    const html = readFileSync('tests/e2e/pages/image-table.html', 'utf8');
    const expected = [{ src: 'https://www.example.gov.cn/e2e/image-table.png', alt: '收到和处理政府信息公开申请情况' }];
    expect(findTableImages(parseHtml(html))).toEqual(expected);
    expect(findTableImages(parseDocument(html, 'https://www.example.gov.cn/zwgk/report.html'))).toEqual(expected);
  });

  it('stops at 20 images', () => {
    const doc = parseHtml(page(Array.from({ length: 30 }, (_, i) => `<img src="p${i}.jpg">`).join('')));
    expect(findTableImages(doc)).toHaveLength(20);
  });
});
