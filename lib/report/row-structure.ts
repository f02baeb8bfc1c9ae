import { TEMPLATE_ROWS, type RowKey, type Template } from '../model/keys';

/**
 * Placing a table's rows as an auditor does when a label is misprinted: by the label when it
 * names a row; otherwise by where the row sits. A row between two recognised neighbours takes
 * the template's row between them when the count of rows there is exactly the template's;
 * anything less certain stays unplaced and is reported. Labels read out of template order are
 * kept as printed and reported, never silently re-ordered.
 */

export interface Candidate {
  /** The row its label names, or null. */
  key: RowKey | null;
}

export type PlacedBy = 'label' | 'structure';

export interface Placement {
  template: Template;
  /** For each candidate: the row it is read as, or null (unmatched, or a duplicate). */
  keys: (RowKey | null)[];
  by: (PlacedBy | null)[];
  /** Candidates read by label whose place contradicts the template's order, each with a row it is printed on the wrong side of. */
  outOfOrder: { index: number; other: RowKey }[];
  /** Candidates whose key repeats an earlier row's. */
  duplicates: number[];
}

/** Indexes (into `seq`) of a longest strictly increasing subsequence of the values. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.add(k);
    k = prev[k]!;
  }
  return out;
}

export function placeRows(cands: Candidate[], template: Template): Placement {
  const order = TEMPLATE_ROWS[template];
  const keys: (RowKey | null)[] = cands.map(() => null);
  const by: (PlacedBy | null)[] = cands.map(() => null);
  const duplicates: number[] = [];
  const seen = new Set<RowKey>();
  // Anchors: labelled rows of this template, first occurrence of each.
  const anchors: number[] = [];
  cands.forEach((c, i) => {
    if (!c.key || !order.includes(c.key)) return;
    if (seen.has(c.key)) {
      duplicates.push(i);
      return;
    }
    seen.add(c.key);
    anchors.push(i);
  });
  const idx = anchors.map((i) => order.indexOf(cands[i]!.key!));
  const inOrder = longestIncreasing(idx);
  const outOfOrder: Placement['outOfOrder'] = [];
  for (const i of anchors) {
    keys[i] = cands[i]!.key;
    by[i] = 'label';
  }
  // Which rows changed places: the cycles of the permutation from printed to template order. A
  // swap is a cycle of two, one finding; a longer cycle names each row with the next in it.
  const sorted = idx.map((v, a) => [v, a] as const).sort((x, y) => x[0] - y[0]);
  const goesTo = new Array<number>(idx.length);
  sorted.forEach(([, a], q) => (goesTo[a] = q));
  const visited = new Set<number>();
  for (let start = 0; start < idx.length; start++) {
    if (visited.has(start) || goesTo[start] === start) continue;
    const cycle: number[] = [];
    for (let a = start; !visited.has(a); a = goesTo[a]!) {
      visited.add(a);
      cycle.push(a);
    }
    for (let k = 0; k + 1 < cycle.length; k++) outOfOrder.push({ index: anchors[cycle[k]!]!, other: cands[anchors[cycle[k + 1]!]!]!.key! });
  }
  // Gaps between the in-order anchors (and before the first, after the last).
  const fixed = anchors.filter((_, a) => inOrder.has(a));
  let prevCand = -1;
  let prevSlot = -1;
  for (const i of [...fixed, cands.length]) {
    const slot = i < cands.length ? order.indexOf(cands[i]!.key!) : order.length;
    const gap = range(prevCand + 1, i);
    const slots = order.slice(prevSlot + 1, slot);
    const open = gap.filter((g) => cands[g]!.key === null);
    // Only a gap made wholly of unlabelled rows, as many as the template's rows there, none read elsewhere.
    if (open.length > 0 && open.length === gap.length && open.length === slots.length && slots.every((s) => !seen.has(s))) {
      open.forEach((g, k) => {
        keys[g] = slots[k]!;
        by[g] = 'structure';
      });
    }
    prevCand = i;
    prevSlot = slot;
  }
  return { template, keys, by, outOfOrder, duplicates };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

const ONLY_2021: RowKey[] = ['other_overdue_correction', 'other_overdue_fee', 'other_misc'];

/**
 * The template the table prints: the one whose rows its rows fill best (placed by label or by
 * place, less the template's rows left missing); on a tie the （六） labels it prints (with the
 * hints); the year only when the table itself says nothing either way.
 */
export function placeByPrintedTemplate(cands: Candidate[], hints: RowKey[], year: number | null): Placement {
  const labelled = [...cands.map((c) => c.key).filter((k): k is RowKey => k !== null), ...hints];
  const has2021 = labelled.filter((k) => ONLY_2021.includes(k)).length;
  const has2019 = labelled.filter((k) => k === 'other_handling').length;
  const a = placeRows(cands, '2021');
  const b = placeRows(cands, '2019');
  const score = (p: Placement) => p.keys.filter((k) => k !== null).length - TEMPLATE_ROWS[p.template].filter((k) => !p.keys.includes(k)).length;
  if (score(a) !== score(b)) return score(a) > score(b) ? a : b;
  if (has2021 !== has2019) return has2021 > has2019 ? a : b;
  return year !== null && year < 2021 ? b : a;
}
