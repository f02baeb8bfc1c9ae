import type { PdfItem, PdfPage } from './types';

/** An item placed on the whole document: `gy` runs down through all pages one after another. */
export interface Placed extends PdfItem {
  page: number;
  gy: number;
}

/** Items sharing a baseline on one page, left to right. */
export interface Line {
  page: number;
  gy: number;
  size: number;
  left: number;
  right: number;
  items: Placed[];
}

// Page numbers in the margins: "- 3 -", "—3—", "3", "第3页", "第 3 页 共 6 页", "3/6".
const PAGE_NUMBER = /^[-－—–‐\s]*\d{1,4}[-－—–‐\s]*$|^第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?$|^\d+\s*[/／]\s*\d+$/;
const MARGIN = 0.1;

export function lineText(line: Line): string {
  return joinItems(line.items);
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/** Joins items of one line; a gap wider than a space becomes one, except between Chinese characters. */
export function joinItems(items: readonly PdfItem[]): string {
  let out = '';
  let prevRight = -Infinity;
  for (const item of items) {
    const gap = item.x - prevRight;
    if (out && gap > item.size * 0.25 && !(CJK_END.test(out) && CJK_START.test(item.text))) out += ' ';
    out += item.text;
    prevRight = item.x + item.w;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Splits an item at its spaces. PDF.js joins text that sits apart on one line into one item with
 * a space for the gap ("12 1" from two cells); each piece is placed by the width of its characters
 * (Chinese ones a full em, others about half), the gaps sharing what is left of the item's width.
 */
function splitAtSpaces(item: PdfItem): PdfItem[] {
  const words = [...item.text.matchAll(/\S+/g)];
  if (words.length < 2) return [item];
  const widthOf = (w: string) => [...w].reduce((n, ch) => n + (WIDE.test(ch) ? 1 : 0.55), 0) * item.size;
  const used = words.reduce((n, m) => n + widthOf(m[0]), 0);
  const gap = Math.max(0, (item.w - used) / (words.length - 1));
  // Letter-spaced words (社 会 公 益) stay whole: only a gap wider than a character parts cells.
  if (gap < item.size) return [item];
  const out: PdfItem[] = [];
  let x = item.x;
  for (const m of words) {
    const w = widthOf(m[0]);
    out.push({ text: m[0], x, y: item.y, w, size: item.size });
    x += w + gap;
  }
  return out;
}

function pageLines(page: PdfPage, offset: number): Line[] {
  const items = page.items.flatMap(splitAtSpaces).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of items) {
    const placed: Placed = { ...item, page: page.number, gy: offset + item.y };
    const last = lines[lines.length - 1];
    // Numbers and their label are often set a point or two apart: still one line.
    if (last && Math.abs(item.y - (last.gy - offset)) <= Math.min(item.size, last.size) * 0.45) {
      last.items.push(placed);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ page: page.number, gy: placed.gy, size: item.size, left: 0, right: 0, items: [placed] });
    }
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.left = line.items[0]!.x;
    line.right = Math.max(...line.items.map((i) => i.x + i.w));
  }
  // Running page numbers, and nothing else, sit alone in the top or bottom margin.
  return lines.filter((line) => {
    const y = line.gy - offset;
    const inMargin = y < page.height * MARGIN || y > page.height * (1 - MARGIN);
    if (!inMargin) return true;
    const text = lineText(line);
    if (!PAGE_NUMBER.test(text)) return true;
    // A bare number in the margin may be a table's last figure; it is a page number only if it
    // is this page's (give or take a cover page or two).
    const bare = /^\d+$/.exec(text.trim());
    return bare ? Math.abs(Number(bare[0]) - page.number) > 3 : false;
  });
}

/** Every page's lines in reading order, the pages stacked one under another. */
export function documentLines(pages: readonly PdfPage[]): Line[] {
  const out: Line[] = [];
  let offset = 0;
  for (const page of pages) {
    out.push(...pageLines(page, offset));
    offset += page.height;
  }
  return out;
}
