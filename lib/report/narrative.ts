import { fold } from '../text/normalize';
import { bodyOf } from './prose';

/**
 * How much of a text repeats another: character shingles over the words alone (digits, white
 * space and punctuation dropped, so changed figures and reflowed lines do not hide a copy).
 */

export const SHINGLE = 8;

interface Letters {
  /** The text's letters (CJK and Latin) in order, as UTF-16 code units. */
  codes: Uint16Array;
  /** How many of `codes` are filled. */
  length: number;
  /** Where each letter sits in the original text. */
  at: Uint32Array;
}

// Each UTF-16 code unit's folded letter, or 0 when it is not one; 0xffff: not looked up yet. A
// report repeats a few thousand characters: each is folded once per process, not once per audit
// (issue 18), and no one-character string is made per character of the text.
const UNKNOWN = 0xffff;
const LETTER = new Uint16Array(0x10000).fill(UNKNOWN);

function letterOf(code: number): number {
  let out = LETTER[code]!;
  if (out === UNKNOWN) {
    const ch = fold(String.fromCharCode(code))[0] ?? '';
    out = /[\u3400-\u9fffA-Za-z]/.test(ch) ? ch.charCodeAt(0) : 0;
    LETTER[code] = out;
  }
  return out;
}

function letters(text: string): Letters {
  const codes = new Uint16Array(text.length);
  const at = new Uint32Array(text.length);
  let n = 0;
  // Folded one character at a time, so every letter keeps its place in the printed text.
  for (let i = 0; i < text.length; i++) {
    const ch = letterOf(text.charCodeAt(i));
    if (ch) {
      codes[n] = ch;
      at[n++] = i;
    }
  }
  return { codes, length: n, at };
}

/** A hash of the shingle at `i` (exactness comes from comparing the letters on a hit). */
function shingleHash(codes: Uint16Array, i: number): number {
  let h = 0;
  for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ codes[i + k]!) >>> 0;
  return h;
}

function sameShingle(a: Uint16Array, i: number, b: Uint16Array, j: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** The shingles of a text, by hash: where each distinct one starts (a list only on a collision). */
function shingles(l: Letters): Map<number, number | number[]> {
  const out = new Map<number, number | number[]>();
  for (let i = 0; i + SHINGLE <= l.length; i++) {
    const h = shingleHash(l.codes, i);
    const seen = out.get(h);
    if (seen === undefined) out.set(h, i);
    else if (typeof seen === 'number') {
      if (!sameShingle(l.codes, seen, l.codes, i)) out.set(h, [seen, i]);
    } else if (!seen.some((j) => sameShingle(l.codes, j, l.codes, i))) seen.push(i);
  }
  return out;
}

function contains(set: Map<number, number | number[]>, of: Letters, cur: Letters, i: number): boolean {
  const seen = set.get(shingleHash(cur.codes, i));
  if (seen === undefined) return false;
  if (typeof seen === 'number') return sameShingle(of.codes, seen, cur.codes, i);
  return seen.some((j) => sameShingle(of.codes, j, cur.codes, i));
}

export interface Overlap {
  /** Share of this text's shingles found in the other text (0–1). */
  share: number;
  /** Letters compared (this text). */
  length: number;
  /** The longest repeated passages, as printed in this text, longest first. */
  passages: string[];
}

/**
 * Share of `current`'s shingles that occur in `previous`, and the passages they make up.
 * Null when `current` is too short to say (fewer than `minLetters` letters).
 */
export function overlap(current: string, previous: string, options: { minLetters?: number; passages?: number; maxPassage?: number } = {}): Overlap | null {
  const { minLetters = 60, passages = 3, maxPassage = 80 } = options;
  const cur = letters(current);
  const prev = letters(previous);
  if (cur.length < Math.max(minLetters, SHINGLE) || prev.length < SHINGLE) return null;
  const seen = shingles(prev);
  const total = cur.length - SHINGLE + 1;
  const covered = new Uint8Array(cur.length);
  let hits = 0;
  for (let i = 0; i < total; i++) {
    if (!contains(seen, prev, cur, i)) continue;
    hits++;
    covered.fill(1, i, i + SHINGLE);
  }
  // Runs of covered letters, mapped back to the printed text.
  const runs: { len: number; text: string }[] = [];
  for (let i = 0; i < covered.length; ) {
    if (!covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < covered.length && covered[j]) j++;
    const text = current
      .slice(cur.at[i]!, cur.at[j - 1]! + 1)
      .replace(/\s+/g, ' ')
      .trim();
    runs.push({ len: j - i, text });
    i = j;
  }
  runs.sort((a, b) => b.len - a.len);
  return {
    share: hits / total,
    length: cur.length,
    passages: runs.slice(0, passages).map((r) => (r.text.length > maxPassage ? r.text.slice(0, maxPassage - 1) + '…' : r.text)),
  };
}

/** A section's text for comparison: without its heading line. */
export function narrativeOf(section: string | null): string {
  return bodyOf(section);
}
