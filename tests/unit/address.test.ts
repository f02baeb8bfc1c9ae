import { describe, expect, it } from 'vitest';
import { findAttachments } from '../../lib/page/detect';
import { pageAddress } from '../../lib/page/address';
import { reportLinks } from '../../lib/page/links';
import { parseHtml } from '../helpers/dom';

const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<title>示例区2024年政府信息公开工作年度报告</title></head><body>${body}</body></html>`;
const ATTACHMENT = '<p>附件：<a href="../P020250120.pdf">年报.pdf</a></p>';

describe('a saved page keeps its address', () => {
  it.each([
    ['<base href>', '<base href="https://www.example.gov.cn/zwgk/nb/">', ''],
    ['meta Url', '<meta name="Url" content="https://www.example.gov.cn/zwgk/nb/2024.html">', ''],
    ['og:url', '<meta property="og:url" content="https://www.example.gov.cn/zwgk/nb/2024.html">', ''],
    ['canonical', '<link rel="canonical" href="https://www.example.gov.cn/zwgk/nb/2024.html">', ''],
    ['printed in the page', '', '<p>本页网址：https://www.example.gov.cn/zwgk/nb/2024.html</p>'],
  ])('from its %s', (_what, head, body) => {
    const doc = parseHtml(page(head, body + ATTACHMENT), 'file:///home/me/saved.html');
    expect(pageAddress(doc)).toMatch(/^https:\/\/www\.example\.gov\.cn\/zwgk\/nb\//);
    // Attachments resolve against it: not the file, not a placeholder host.
    expect(findAttachments(doc).map((a) => a.href)).toEqual(['https://www.example.gov.cn/zwgk/P020250120.pdf']);
  });

  it("from the browser's “saved from url” mark", () => {
    const html = `<!-- saved from url=(0044)https://www.example.gov.cn/zwgk/nb/2024.html -->\n${page('')}`;
    expect(pageAddress(parseHtml(html, 'file:///x.html'), html)).toBe('https://www.example.gov.cn/zwgk/nb/2024.html');
  });

  it('records none: nothing is made up', () => {
    const doc = parseHtml(page('<meta name="Url" content="/zwgk/nb/2024.html">', ATTACHMENT), 'file:///home/me/saved.html');
    expect(pageAddress(doc)).toBeNull();
    expect(findAttachments(doc)[0]!.href).toBe('file:///home/P020250120.pdf');
  });

  it("a live page's own URL wins over what it records", () => {
    const doc = parseHtml(page('<meta name="Url" content="https://old.example.gov.cn/a.html">', ATTACHMENT), 'https://www.example.gov.cn/zwgk/nb/2024.html');
    expect(findAttachments(doc)[0]!.href).toBe('https://www.example.gov.cn/zwgk/P020250120.pdf');
  });

  it("a saved listing's report links resolve against its address", () => {
    const html = page('<meta name="Url" content="https://www.example.gov.cn/zfxxgk/nb/">', '<a href="2024.html">示例区2024年政府信息公开工作年度报告</a>');
    const doc = parseHtml(html, 'file:///home/me/list.html');
    expect(reportLinks(doc, 'file:///home/me/list.html').map((l) => l.href)).toEqual(['https://www.example.gov.cn/zfxxgk/nb/2024.html']);
  });
});
