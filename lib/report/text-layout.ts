import type { RowKey } from '../model/keys';
import { isLabelText, labelKey, parseCellValue } from '../text/normalize';
import { matchColumnHeader, matchRowLabel } from './row-labels';

/**
 * Section three's rows rebuilt from text a PDF tool laid out for the eye (pdftotext with and
 * without -layout, a viewer's copy): labels wrapped over several lines above and below their
 * figures, category labels spread one character a line, figures on lines of their own.
 *
 * Two shapes. Aligned text keeps each row's figures on one line, at columns: a figure line is a
 * row, label fragments join the figure line they belong to (a numbered fragment starts the
 * label of the next one, an unnumbered one continues the nearest), and a row with fewer than
 * seven figures has its blanks placed by the columns of the nearest full row. Unaligned text
 * gives one figure a line: runs of figures are cut into rows of seven, the first taking the
 * label printed just before the run, the others left to be placed by structure.
 *
 * What cannot be rebuilt with confidence is said in `doubts`; the reader then reports the table
 * as unreadable instead of doing arithmetic on a guess.
 */

export type Doubt =
  | { kind: 'run'; figures: number; label: string }
  | { kind: 'blank-place'; line: number; figures: number }
  | { kind: 'too-many'; line: number; figures: number };

export interface Rebuilt {
  /** [label parts…, seven cells] per row ('' for a blank cell); [seven cells] for a row without a label. */
  rows: string[][];
  /** Rows whose labels are printed away from any figures: evidence of the template. */
  hints: RowKey[];
  doubts: Doubt[];
  shape: 'aligned' | 'unaligned';
}

interface Token {
  text: string;
  col: number;
  end: number;
}

/** A numbering that starts a label: 一、 （一） (1) 1. 1、 */
const NUMBERED = /^(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+\s*[.．、]|[一二三四五六七八九十]+\s*[、.．])/;
const HEADER_WORDS = /申请人情况|法人或其他组织|勾稽关系|第一项加第二项|第三项加第四项/;

function tokenize(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], col: m.index!, end: m.index! + m[0].length });
  return out;
}

function isFigure(text: string): boolean {
  const v = parseCellValue(text);
  return v.kind === 'number' || v.kind === 'placeholder';
}

function isHeader(text: string): boolean {
  return matchColumnHeader(text) !== null || HEADER_WORDS.test(labelKey(text));
}

interface Line {
  n: number;
  labels: Token[];
  figures: Token[];
}

function splitLine(line: string, n: number): Line {
  const tokens = tokenize(line);
  let k = tokens.length;
  while (k > 0 && isFigure(tokens[k - 1]!.text)) k--;
  return { n, labels: tokens.slice(0, k).filter((t) => isLabelText(t.text)), figures: tokens.slice(k) };
}

export function rebuildRows(lines: string[]): Rebuilt {
  const split = lines.map(splitLine);
  const figureLines = split.filter((l) => l.figures.length > 0);
  const wide = figureLines.filter((l) => l.figures.length >= 3).length;
  return wide >= Math.max(3, figureLines.length * 0.6) ? aligned(split) : unaligned(split);
}

// ——— aligned text (pdftotext -layout and the like) ———

interface Fragment {
  text: string;
  line: number;
  col: number;
}

/** Label tokens of a line grouped into fragments: words one space apart belong together. */
function fragments(line: Line): Fragment[] {
  const out: Fragment[] = [];
  let prev: Token | null = null;
  for (const t of line.labels) {
    const last = out[out.length - 1];
    // A lone character is a category label written downwards; it never joins its neighbour.
    if (last && prev && t.col - prev.end <= 1 && [...prev.text].length > 1 && [...t.text].length > 1) last.text += t.text;
    else out.push({ text: t.text, line: line.n, col: t.col });
    prev = t;
  }
  return out;
}

function centers(tokens: Token[]): number[] {
  return tokens.map((t) => (t.col + t.end) / 2);
}

/** Where the blanks of a short row sit, by the columns of a full row; null when it cannot be told. */
function placeBlanks(row: Token[], full: Token[]): (string | null)[] | null {
  const ref = centers(full);
  const pos = centers(row);
  const k = pos.length;
  const choices: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) return void choices.push(chosen.slice());
    for (let c = from; c <= 7 - (k - chosen.length); c++) pick(c + 1, [...chosen, c]);
  };
  pick(0, []);
  const scored = choices
    .map((cols) => {
      const diffs = cols.map((c, i) => pos[i]! - ref[c]!).sort((a, b) => a - b);
      const shift = diffs[Math.floor(diffs.length / 2)]!;
      return { cols, error: diffs.reduce((acc, d) => acc + Math.abs(d - shift), 0) };
    })
    .sort((a, b) => a.error - b.error);
  const [best, second] = scored;
  if (!best || best.error / k > 2 || (second && second.error - best.error < 2)) return null;
  const out: (string | null)[] = Array.from({ length: 7 }, () => '');
  best.cols.forEach((c, i) => (out[c] = row[i]!.text));
  return out;
}

function aligned(split: Line[]): Rebuilt {
  const doubts: Doubt[] = [];
  const rows = split.filter((l) => l.figures.length > 0);
  const full = rows.filter((l) => l.figures.length === 7);
  const cells = rows.map((l): string[] => {
    if (l.figures.length === 7) return l.figures.map((t) => t.text);
    if (l.figures.length > 7 || full.length === 0) {
      doubts.push({ kind: 'too-many', line: l.n, figures: l.figures.length });
      return l.figures.map((t) => t.text);
    }
    // The nearest full row: a page break may change the spacing of the columns.
    const near = full.reduce((a, b) => (Math.abs(b.n - l.n) < Math.abs(a.n - l.n) ? b : a));
    const placed = placeBlanks(l.figures, near.figures);
    if (!placed) {
      doubts.push({ kind: 'blank-place', line: l.n, figures: l.figures.length });
      return l.figures.map((t) => t.text);
    }
    return placed.map((c) => c ?? '');
  });
  // Each label fragment to the figure line it belongs to.
  const parts: Fragment[][] = rows.map(() => []);
  const first = rows[0]?.n ?? 0;
  const last = rows[rows.length - 1]?.n ?? 0;
  for (const line of split) {
    for (const f of fragments(line)) {
      if (isHeader(f.text) || /^-\s*\d+\s*-$/.test(f.text)) continue;
      let target = rows.findIndex((r) => r.n === line.n);
      if (target < 0) {
        if (line.n < first - 2 || line.n > last + 2) continue;
        const next = rows.findIndex((r) => r.n > line.n);
        const prev = next < 0 ? rows.length - 1 : next - 1;
        if (NUMBERED.test(f.text) && next >= 0) target = next;
        else if (next < 0) target = prev;
        else if (prev < 0) target = next;
        // An unnumbered fragment continues the nearer label; on a tie, the one above.
        else target = rows[next]!.n - line.n < line.n - rows[prev]!.n ? next : prev;
      }
      if (target >= 0) parts[target]!.push(f);
    }
  }
  const out = rows.map((_, i) => [...labelParts(parts[i]!), ...cells[i]!]);
  return { rows: out, hints: [], doubts, shape: 'aligned' };
}

/** A row's fragments as label parts: one part per column of fragments, left to right, each read downwards. */
function labelParts(frags: Fragment[]): string[] {
  const clusters: Fragment[][] = [];
  const single = (f: Fragment) => [...f.text].length === 1;
  for (const f of [...frags].filter((f) => !single(f)).sort((a, b) => a.col - b.col)) {
    const c = clusters.find((cl) => Math.abs(cl[0]!.col - f.col) <= 3);
    if (c) c.push(f);
    else clusters.push([f]);
  }
  // A lone character ends a label wrapped under it (…执法案 / 卷); alone it is a category written downwards.
  for (const f of frags.filter(single)) clusters.find((cl) => Math.abs(cl[0]!.col - f.col) <= 1)?.push(f);
  return clusters.map((cl) => cl.sort((a, b) => a.line - b.line || a.col - b.col).map((f) => f.text).join(''));
}

// ——— unaligned text (pdftotext without -layout, a viewer's copy) ———

function unaligned(split: Line[]): Rebuilt {
  const rows: string[][] = [];
  const hints: RowKey[] = [];
  const doubts: Doubt[] = [];
  let pending: string[] = [];
  let run: string[] = [];
  let runLabel: string[] = [];
  const nonBlank = split.filter((l) => l.labels.length || l.figures.length);
  const close = () => {
    if (!run.length) return;
    if (run.length % 7 !== 0) doubts.push({ kind: 'run', figures: run.length, label: runLabel.join('') });
    if (run.length % 7 === 0) {
      for (let k = 0; k < run.length; k += 7) rows.push(k === 0 ? [...runLabel, ...run.slice(0, 7)] : run.slice(k, k + 7));
    } else rows.push([...runLabel, ...run]);
    run = [];
    runLabel = [];
  };
  nonBlank.forEach((line, i) => {
    const text = line.labels.map((t) => t.text).join(' ');
    if (text && !isHeader(text) && !/^-\s*\d+\s*-$/.test(text)) {
      const nextIsFigure = (nonBlank[i + 1]?.figures.length ?? 0) > 0 && !nonBlank[i + 1]!.labels.length;
      // A label's wrapped tail printed inside its own run of figures.
      if (run.length && !NUMBERED.test(text) && (nextIsFigure || line.figures.length)) runLabel = [runLabel.join('') + text];
      else {
        close();
        pending.push(text);
      }
    }
    if (line.figures.length) {
      if (!run.length) {
        // The run's label: the lines just before it, back to the one that starts with a numbering.
        let from = pending.length - 1;
        while (from > 0 && !NUMBERED.test(pending[from]!) && pending.length - from < 4) from--;
        // One label wrapped over lines: one part, so its words are matched whole.
        runLabel = pending.length ? [pending.slice(Math.max(0, from)).join('')] : [];
        hintsOf(pending.slice(0, Math.max(0, from)), hints);
        pending = [];
      }
      run.push(...line.figures.map((t) => t.text));
    }
  });
  close();
  hintsOf(pending, hints);
  return { rows, hints, doubts, shape: 'unaligned' };
}

/** Rows named by labels printed away from their figures, each label from its numbering to the next. */
function hintsOf(labels: string[], into: RowKey[]): void {
  let current: string[] = [];
  const flush = () => {
    const key = current.length ? matchRowLabel([current.join('')]) : null;
    // （六）其他处理 heads the 2021 template's three rows too: a label alone says nothing of the template.
    if (key && key !== 'other_handling') into.push(key);
    current = [];
  };
  for (const l of labels) {
    if (NUMBERED.test(l)) flush();
    current.push(l);
  }
  flush();
}
