import type { RowLabel } from './label-rows';
import { FIRST } from './table-text';

/** A label cell spanning rows start..end of one column. */
export interface LabelSpan {
  start: number;
  end: number;
  labels: RowLabel[];
}

/** Which label cell covers each row of each label column. */
export interface LabelCells {
  /** own[row][column]: the label a row has itself in that column, spanning no rows. */
  own: (RowLabel | null)[][];
  /** spans[column][row]: the cell spanning rows there (the same object on every row it covers). */
  spans: (LabelSpan | null)[][];
}

/**
 * Resolves row spans, deepest label column first: a label with deeper labels beside it heads
 * them, and spans the rows they take, up to the next numbered run (1. / （一） / 一、) or a
 * row another label of its column holds.
 */
export function labelCells(labels: readonly RowLabel[][], rowCount: number): LabelCells {
  const k = labels.length;
  const own: (RowLabel | null)[][] = Array.from({ length: rowCount }, () => Array.from({ length: k }, () => null));
  const spans: (LabelSpan | null)[][] = Array.from({ length: k }, () => Array.from({ length: rowCount }, () => null));
  const deeper = (r: number, c: number) => {
    for (let d = c + 1; d < k; d++) if (own[r]![d] || spans[d]![r]) return true;
    return false;
  };
  // Whether row r opens a new numbered run under column c (its next label is 1. / （一） / 一、).
  const opens = (r: number, c: number) => {
    for (let d = c + 1; d < k; d++) {
      const o = own[r]![d];
      if (o) return FIRST.test(o.text);
      const s = spans[d]![r];
      if (s) return s.start === r && FIRST.test(s.labels[0]!.text);
    }
    return false;
  };
  for (let c = k - 1; c >= 0; c--) {
    for (const label of labels[c]!) {
      const r = label.row;
      if (!deeper(r, c)) {
        const o = own[r]![c];
        own[r]![c] = o ? { ...o, text: o.text + label.text, items: [...o.items, ...label.items] } : label;
      }
    }
    for (const label of labels[c]!) {
      const r = label.row;
      if (!deeper(r, c)) continue;
      const existing = spans[c]![r];
      if (existing) {
        existing.labels.push(label);
        continue;
      }
      const free = (i: number) => i >= 0 && i < rowCount && deeper(i, c) && !own[i]![c] && !spans[c]![i];
      let start = r;
      while (!opens(start, c) && free(start - 1)) start--;
      let end = r;
      while (free(end + 1) && !opens(end + 1, c)) end++;
      const span: LabelSpan = { start, end, labels: [label] };
      for (let i = start; i <= end; i++) spans[c]![i] = span;
    }
  }
  return { own, spans };
}
