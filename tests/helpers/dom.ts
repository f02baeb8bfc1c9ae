import { JSDOM } from 'jsdom';

/** A document as a browser would build it (jsdom uses the spec's HTML parser, parse5). */
export function parseHtml(html: string, url = 'https://www.example.gov.cn/zwgk/report.html'): Document {
  return new JSDOM(html, { url }).window.document;
}
