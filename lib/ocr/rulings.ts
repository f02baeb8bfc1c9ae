import type { Gray } from './image';

/** Ink darker than this is ink (after the red channel: seal ink is lighter). */
export const INK = 150;

/** A ruled table's grid in pixels: rule positions and its cells with their spans. */
export interface RuledGrid {
  xs: number[];
  ys: number[];
  /** Elementary slots merged where a rule is missing: [row, col, rowSpan, colSpan]. */
  cells: [number, number, number, number][];
  /** How thick the rules are, to crop inside them. */
  rule: number;
  /** Edges the page cut (no rule drawn there, the vertical rules run on to the page's edge of the table). */
  open: { top: boolean; bottom: boolean };
}

/** Pixels on a dark run at least `min` long (gaps of up to 2 pixels bridged), along rows or columns. */
function runMask(g: Gray, min: number, vertical: boolean): Uint8Array {
  const mask = new Uint8Array(g.width * g.height);
  const outer = vertical ? g.width : g.height;
  const inner = vertical ? g.height : g.width;
  const at = vertical ? (o: number, i: number) => i * g.width + o : (o: number, i: number) => o * g.width + i;
  for (let o = 0; o < outer; o++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i <= inner; i++) {
      const dark = i < inner && g.data[at(o, i)]! < (g.ink ?? INK);
      if (dark) {
        if (start < 0 || i - last > 3) {
          if (start >= 0 && last - start + 1 >= min) for (let k = start; k <= last; k++) mask[at(o, k)] = 1;
          start = i;
        }
        last = i;
      }
    }
    if (start >= 0 && last - start + 1 >= min) for (let k = start; k <= last; k++) mask[at(o, k)] = 1;
  }
  return mask;
}

interface Rule {
  at: number;
  /** Coverage along the rule: 1 where it is drawn. */
  cover: Uint8Array;
  from: number;
  to: number;
  /** Not drawn: the page's edge of a table broken by the page. */
  virtual?: boolean;
}

/** Bands of the profile above `min`, each a rule; coverage ORed over the band (±1). */
function rules(mask: Uint8Array, g: Gray, vertical: boolean, min: number, lo: number, hi: number, thick: number): Rule[] {
  const n = vertical ? g.width : g.height;
  const len = vertical ? g.height : g.width;
  const profile = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    let c = 0;
    for (let i = lo; i < hi; i++) c += mask[vertical ? i * g.width + o : o * g.width + i]!;
    profile[o] = c;
  }
  // A slightly slanted rule spreads over neighbouring rows: judge each row with its neighbours.
  const smooth = profile.map((_, o) => Math.max(profile[o - 1] ?? 0, profile[o]!, profile[o + 1] ?? 0));
  // Bands of the profile above `min`; a band is then cut where it falls below a quarter of its
  // peak: a rule beside a column of text (a narrow column wraps its text into lines stacked
  // under each other, their strokes make a profile too) is the rule alone, the text apart.
  const bands: [number, number][] = [];
  let o = 0;
  while (o < n) {
    if (smooth[o]! < min) {
      o++;
      continue;
    }
    const start = o;
    while (o < n && smooth[o]! >= min) o++;
    let peak = 0;
    for (let k = start; k < o; k++) peak = Math.max(peak, smooth[k]!);
    const strong = (k: number) => smooth[k]! >= peak / 4;
    const runs: [number, number, boolean][] = [];
    for (let k = start; k < o; ) {
      const from = k;
      const kind = strong(k);
      while (k < o && strong(k) === kind) k++;
      runs.push([from, k - 1, kind]);
    }
    // A thick rule's fainter edge is the rule's: a faint run as narrow as a rule, beside the
    // rule, joins it.
    runs.forEach((run, i) => {
      if (!run[2] && run[1] - run[0] + 1 <= thick && (runs[i - 1]?.[2] || runs[i + 1]?.[2])) run[2] = true;
    });
    for (const [i, run] of runs.entries()) {
      if (i > 0 && run[2] && runs[i - 1]![2]) bands[bands.length - 1]![1] = run[1];
      else bands.push([run[0], run[1]]);
    }
  }
  return bands.map(([start, end]) => {
    let w = 0;
    let s = 0;
    for (let k = start; k <= end; k++) {
      w += profile[k]!;
      s += profile[k]! * k;
    }
    const cover = new Uint8Array(len);
    for (let k = Math.max(0, start - 1); k <= Math.min(n - 1, end + 1); k++) {
      for (let i = 0; i < len; i++) if (mask[vertical ? i * g.width + k : k * g.width + i]) cover[i] = 1;
    }
    let from = 0;
    while (from < len && !cover[from]) from++;
    let to = len - 1;
    while (to > 0 && !cover[to]) to--;
    return { at: w ? s / w : (start + end) / 2, cover, from, to };
  });
}

function covered(rule: Rule, a: number, b: number): number {
  const lo = Math.max(0, Math.round(a));
  const hi = Math.min(rule.cover.length, Math.round(b));
  if (hi <= lo) return 0;
  let c = 0;
  for (let i = lo; i < hi; i++) c += rule.cover[i]!;
  return c / (hi - lo);
}

/**
 * Whether a rule is drawn between a and b: mostly covered, and at both ends, where it meets the
 * rules across. A character's stroke lined up with a rule that is not drawn (组's down stroke
 * where a spanned header has no rule) covers the middle of the slot, never its ends.
 */
function drawn(rule: Rule, a: number, b: number): boolean {
  const q = (b - a) / 4;
  return covered(rule, a, b) >= 0.5 && covered(rule, a, a + q) >= 0.5 && covered(rule, b - q, b) >= 0.5;
}

/**
 * The ruled tables of a page: horizontal rules close together, crossed by vertical rules. Slots
 * between rules merge where the rule between them is not drawn (a spanned cell). `scale` is
 * pixels per point, so that lengths are judged in print sizes.
 */
export function findRuledTables(g: Gray, scale: number): { grid: RuledGrid; horizontal: Uint8Array; vertical: Uint8Array }[] {
  const minH = Math.max(12, Math.round(28 * scale));
  const minV = Math.max(6, Math.round(9 * scale));
  // How thick a rule may be drawn (a scan's 1-pt rule, with its blurred edges).
  const thick = Math.max(3, Math.round(2 * scale));
  const horizontal = runMask(g, minH, false);
  const vertical = runMask(g, minV, true);
  const hRules = rules(horizontal, g, false, minH, 0, g.width, thick).filter((r) => r.to - r.from >= 60 * scale);
  const out: { grid: RuledGrid; horizontal: Uint8Array; vertical: Uint8Array }[] = [];
  // Whether some vertical rule runs all the way between two horizontal rules.
  const bridged = (a: Rule, b: Rule) => {
    const y0 = Math.round(a.at) + 3;
    const y1 = Math.round(b.at) - 3;
    if (y1 <= y0) return true;
    for (let x = Math.max(a.from, b.from); x <= Math.min(a.to, b.to); x++) {
      let c = 0;
      for (let y = y0; y < y1; y++) c += vertical[y * g.width + x]!;
      if (c >= (y1 - y0) * 0.8) return true;
    }
    return false;
  };
  // Rules joined by vertical rules make a table (two tables one above the other, a heading
  // between them, are two). However far apart: a row of text wrapped in a narrow column (a
  // screen picture's) or a tall header is as tall as it is.
  const groups: Rule[][] = [];
  for (const r of hRules) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && Math.min(r.to, prev.to) - Math.max(r.from, prev.from) > 40 * scale && bridged(prev, r)) last!.push(r);
    else groups.push([r]);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    // A vertical rule runs from one horizontal rule to the next at least once: strokes of
    // characters and digits, however well aligned down a column, never span a whole row.
    const verticals = (): Rule[] => {
      const found = rules(vertical, g, true, minV, Math.round(group[0]!.at), Math.round(group[group.length - 1]!.at) + 1, thick).filter((r) =>
        group.some((h, i) => i > 0 && covered(r, group[i - 1]!.at + 3, h.at - 3) >= 0.8),
      );
      if (found.length < 2) return found;
      // A table wider than the page (or a scan cut at its edge) loses its outer vertical rule:
      // its horizontal rules still run on past the last vertical one, to where the table ends.
      const ends = group.filter((h) => !h.virtual).map((h) => [h.from, h.to] as const);
      const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
      const left = mid(ends.map((e) => e[0]));
      const right = mid(ends.map((e) => e[1]));
      const full = (at: number): Rule => ({ at, cover: new Uint8Array(g.height).fill(1), from: 0, to: g.height - 1 });
      if (found[0]!.at - left > 12 * scale) found.unshift(full(left));
      if (right - found[found.length - 1]!.at > 12 * scale) found.push(full(right));
      return found;
    };
    let vRules = verticals();
    if (vRules.length < 2) continue;
    // A table broken by the page: its vertical rules run on past the first (or last) horizontal
    // rule to the page's edge of the table, a row cut in two whose part here is read as a row.
    const reach = (x: number, y: number, dir: -1 | 1) => {
      let end = y;
      let gap = 0;
      for (let yy = y; yy >= 0 && yy < g.height && gap <= 3; yy += dir) {
        let hit = false;
        for (let dx = -2; dx <= 2 && !hit; dx++) hit = vertical[yy * g.width + Math.round(x) + dx] === 1;
        if (hit) [end, gap] = [yy, 0];
        else gap++;
      }
      return end;
    };
    let opened = false;
    for (const dir of [-1, 1] as const) {
      const edge = dir < 0 ? group[0]! : group[group.length - 1]!;
      const ends = vRules.map((v) => reach(v.at, Math.round(edge.at) + dir * 2, dir)).filter((e) => Math.abs(e - edge.at) > 10 * scale);
      if (ends.length * 2 < vRules.length) continue;
      ends.sort((a, b) => a - b);
      const at = dir < 0 ? ends[0]! : ends[ends.length - 1]!;
      const cover = new Uint8Array(g.width).fill(1);
      const virtual: Rule = { at, cover, from: 0, to: g.width - 1, virtual: true };
      if (dir < 0) group.unshift(virtual);
      else group.push(virtual);
      opened = true;
    }
    // The cut row's own vertical rules (one that divides only that row) are found again over it.
    if (opened) vRules = verticals();
    const ys = group.map((r) => r.at);
    const xs = vRules.map((r) => r.at);
    const rule = Math.max(2, Math.round(1.2 * scale));
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    // Union-find over slots: joined where the rule between them is mostly missing.
    const parent = Array.from({ length: rows * cols }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const join = (a: number, b: number) => {
      parent[find(a)] = find(b);
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const m = 3;
        if (c + 1 < cols && !drawn(vRules[c + 1]!, ys[r]! + m, ys[r + 1]! - m)) join(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !drawn(group[r + 1]!, xs[c]! + m, xs[c + 1]! - m)) join(r * cols + c, (r + 1) * cols + c);
      }
    }
    const spans = new Map<number, [number, number, number, number]>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const root = find(r * cols + c);
        const s = spans.get(root);
        if (!s) spans.set(root, [r, c, r, c]);
        else spans.set(root, [Math.min(s[0], r), Math.min(s[1], c), Math.max(s[2], r), Math.max(s[3], c)]);
      }
    }
    const cells = [...spans.values()]
      .map(([r0, c0, r1, c1]) => [r0, c0, r1 - r0 + 1, c1 - c0 + 1] as [number, number, number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    out.push({
      grid: { xs, ys, cells, rule, open: { top: group[0]!.virtual === true, bottom: group[group.length - 1]!.virtual === true } },
      horizontal,
      vertical,
    });
  }
  return out;
}
