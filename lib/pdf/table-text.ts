import { fold } from '../text/normalize';
import { joinItems, type Line, type Placed } from './lines';

/**
 * What every phase of the table rebuild (tables.ts) reads the same way: which items are figures,
 * where an item's middle is, and which labels are numbered.
 */

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// What a table prints in a figure's place: a number, a dash, a slash, 无.
const VALUE = /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-－—–/／]|无)$/;
/** A label that starts a row of its own: （一） 一、 1. 1、 (1) ①. */
export const NUMBERED = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d)|[①-⑳])/;
/** A label that opens a numbered run: （一） 一、 1. ①. */
export const FIRST = /^\s*(?:[（(]\s*[一1]\s*[)）]|一\s*[、.．]|1\s*[、.．](?!\d)|①)/;

const norm = (text: string) =>
  fold(text)
    .replace(/[\s,，]/g, (c) => (c === '，' ? ',' : c === ',' ? ',' : ''))
    .trim();
export const isValue = (item: Placed) => VALUE.test(norm(item.text));
export const isNumber = (item: Placed) => NUMBER.test(norm(item.text));
/** The height of an item's middle, document-wide (its baseline less a third of an em). */
export const mid = (item: { gy: number; size: number }) => item.gy - item.size * 0.35;
export const center = (item: Placed) => item.x + item.w / 2;

export function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** The figures at the right end of a line: a table row has three or more, nothing between. */
export function trailingValues(line: Line): Placed[] {
  const out: Placed[] = [];
  for (let i = line.items.length - 1; i >= 0 && isValue(line.items[i]!); i--) out.unshift(line.items[i]!);
  // Figures in cells stand apart; numbers run together in a sentence do not.
  const apart = out.every((v, i) => i === 0 || v.x - (out[i - 1]!.x + out[i - 1]!.w) > v.size * 0.3);
  return apart && out.filter(isNumber).length >= 2 ? out : [];
}

/** A run of neighbouring items on one line: one cell's text. */
export interface Segment {
  text: string;
  x: number;
  gy: number;
  size: number;
  page: number;
  items: Placed[];
}

/** Label pieces of one line: neighbouring items merge, a wide gap starts a new cell. */
export function segments(items: Placed[]): Segment[] {
  const out: Segment[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const prev = last?.items[last.items.length - 1];
    if (last && prev && item.x - (prev.x + prev.w) < item.size * 0.3) last.items.push(item);
    else out.push({ text: '', x: item.x, gy: item.gy, size: item.size, page: item.page, items: [item] });
  }
  for (const s of out) s.text = joinItems(s.items);
  return out;
}
