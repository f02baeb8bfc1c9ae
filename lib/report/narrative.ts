import { fold } from '../text/normalize';
import { bodyOf } from './prose';

/**
 * How much of a text repeats another: character shingles over the words alone (digits, white
 * space and punctuation dropped, so changed figures and reflowed lines do not hide a copy).
 */

export const SHINGLE = 8;

interface Letters {
  /** The text's letters (CJK and Latin) in order. */
  chars: string;
  /** Where each letter sits in the original text. */
  at: number[];
}

// Each character's folded letter, or '' when it is not one: a report repeats a few thousand
// characters, and folding each again cost 0.3–2 ms per audit (issue 18).
const LETTER = new Map<string, string>();
const LETTER_LIMIT = 20_000;

function letterOf(c: string): string {
  let out = LETTER.get(c);
  if (out === undefined) {
    const ch = fold(c)[0] ?? '';
    out = /[\u3400-\u9fffA-Za-z]/.test(ch) ? ch : '';
    if (LETTER.size < LETTER_LIMIT) LETTER.set(c, out);
  }
  return out;
}

function letters(text: string): Letters {
  let chars = '';
  const at: number[] = [];
  // Folded one character at a time, so every letter keeps its place in the printed text.
  for (let i = 0; i < text.length; i++) {
    const ch = letterOf(text[i]!);
    if (ch) {
      chars += ch;
      at.push(i);
    }
  }
  return { chars, at };
}

function shingles(chars: string, k = SHINGLE): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= chars.length; i++) out.add(chars.slice(i, i + k));
  return out;
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
  if (cur.chars.length < Math.max(minLetters, SHINGLE) || prev.chars.length < SHINGLE) return null;
  const seen = shingles(prev.chars);
  const total = cur.chars.length - SHINGLE + 1;
  const covered = new Uint8Array(cur.chars.length);
  let hits = 0;
  for (let i = 0; i < total; i++) {
    if (!seen.has(cur.chars.slice(i, i + SHINGLE))) continue;
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
    length: cur.chars.length,
    passages: runs.slice(0, passages).map((r) => (r.text.length > maxPassage ? r.text.slice(0, maxPassage - 1) + '…' : r.text)),
  };
}

/** A section's text for comparison: without its heading line. */
export function narrativeOf(section: string | null): string {
  return bodyOf(section);
}
