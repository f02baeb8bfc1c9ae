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

// Shingle hashes roll: each next one from the last in a few operations, not eight (issue 18).
// Exactness comes from comparing the letters on a hit, so the hash only has to spread.
const BASE = 0x01000193;
/** BASE ** (SHINGLE - 1), modulo 2 ** 32: what the letter leaving the window weighs. */
const LEAVING = (() => {
  let p = 1;
  for (let k = 1; k < SHINGLE; k++) p = Math.imul(p, BASE);
  return p;
})();

/** The hash of every shingle of `l`, by where it starts. */
function shingleHashes(l: Letters): Int32Array {
  const count = Math.max(0, l.length - SHINGLE + 1);
  const out = new Int32Array(count);
  if (!count) return out;
  const codes = l.codes;
  let h = 0;
  for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, BASE) + codes[k]!) | 0;
  out[0] = h;
  for (let i = 1; i < count; i++) {
    h = (Math.imul((h - Math.imul(codes[i - 1]!, LEAVING)) | 0, BASE) + codes[i + SHINGLE - 1]!) | 0;
    out[i] = h;
  }
  return out;
}

function sameShingle(a: Uint16Array, i: number, b: Uint16Array, j: number): boolean {
  for (let k = 0; k < SHINGLE; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/**
 * The distinct shingles of a text, for membership: an open-addressing table of where each starts
 * (typed arrays, no Map of boxed hashes; a linear probe past equal hashes that differ in letters).
 */
interface ShingleSet {
  of: Letters;
  /** Start + 1 of the shingle in each slot; 0 when the slot is empty. */
  starts: Int32Array;
  hashes: Int32Array;
  mask: number;
}

function shingleSet(l: Letters, hashes: Int32Array): ShingleSet {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const set: ShingleSet = { of: l, starts: new Int32Array(size), hashes: new Int32Array(size), mask: size - 1 };
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    let slot = h & set.mask;
    for (;;) {
      const at = set.starts[slot]!;
      if (at === 0) {
        set.starts[slot] = i + 1;
        set.hashes[slot] = h;
        break;
      }
      if (set.hashes[slot] === h && sameShingle(l.codes, at - 1, l.codes, i)) break;
      slot = (slot + 1) & set.mask;
    }
  }
  return set;
}

function contains(set: ShingleSet, h: number, cur: Letters, i: number): boolean {
  for (let slot = h & set.mask; ; slot = (slot + 1) & set.mask) {
    const at = set.starts[slot]!;
    if (at === 0) return false;
    if (set.hashes[slot] === h && sameShingle(set.of.codes, at - 1, cur.codes, i)) return true;
  }
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
  const seen = shingleSet(prev, shingleHashes(prev));
  const hashes = shingleHashes(cur);
  const total = cur.length - SHINGLE + 1;
  let hits = 0;
  // Runs of covered letters, built as the hits come in reading order: a hit within (or right
  // after) the current run extends it, any other starts a new one.
  const runs: { len: number; from: number; to: number }[] = [];
  let from = -1;
  let end = -1;
  for (let i = 0; i < total; i++) {
    if (!contains(seen, hashes[i]!, cur, i)) continue;
    hits++;
    if (i > end) {
      if (from >= 0) runs.push({ len: end - from, from, to: end - 1 });
      from = i;
    }
    end = i + SHINGLE;
  }
  if (from >= 0) runs.push({ len: end - from, from, to: end - 1 });
  // Longest first (ties in reading order); only those kept are mapped back to the printed text.
  runs.sort((a, b) => b.len - a.len);
  return {
    share: hits / total,
    length: cur.length,
    passages: runs.slice(0, passages).map((r) => {
      const text = current
        .slice(cur.at[r.from]!, cur.at[r.to]! + 1)
        .replace(/\s+/g, ' ')
        .trim();
      return text.length > maxPassage ? text.slice(0, maxPassage - 1) + '…' : text;
    }),
  };
}

/** A section's text for comparison: without its heading line. */
export function narrativeOf(section: string | null): string {
  return bodyOf(section);
}
