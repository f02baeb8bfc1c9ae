import { COL_KEYS } from '../model/keys';
import { failingCells, identityIndex, sides, valueOf, type CellKey, type Identity } from './identities';
import type { ApplicationsTable } from './types';

/**
 * Ranking the cells that could explain the failing identities of a table, so a panel can lead
 * with the likeliest misprint when several identities fail (suspect-cell names only the cells that
 * explain every identity through them; this orders all candidates).
 *
 * For each cell on a failing identity: the value that each identity through it asks for; the value
 * most of its failing identities agree on is its fix. A cell ranks higher the more failing
 * identities its fix makes hold and the fewer holding ones it would break; then when the fix looks
 * like a slip of the pen (one digit changed, two swapped, one dropped or doubled); then the smaller
 * change.
 */
export interface RankedSuspect {
  cell: CellKey;
  /** The value printed (blank, missing and unparsed read as 0). */
  current: number;
  /** The value that would make `explains` hold. */
  fix: number;
  /** Failing identities the fix makes hold. */
  explains: Identity[];
  /** Failing identities through the cell that ask for another value. */
  disagree: Identity[];
  /** Identities through the cell that hold now and would fail with the fix. */
  breaks: Identity[];
  /** Whether the fix accounts for every failing identity of the table. */
  explainsAll: boolean;
  /** Whether printed and fix differ as a slip of the pen would make them. */
  typo: boolean;
  score: number;
}

/** One digit changed, two neighbours swapped, one digit dropped or added. */
export function looksLikeTypo(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x === y) return false;
  if (x.length === y.length) {
    const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

export function rankSuspects(table: ApplicationsTable, limit = 10): RankedSuspect[] {
  const index = identityIndex(table.template);
  const sums = index.ids.map((id) => sides(table, id));
  const failing = index.ids.filter((_, i) => sums[i]!.left !== sums[i]!.right);
  if (!failing.length) return [];
  const isFailing = new Set(failing);
  /** The value `cell` must take for `id` to hold, the others unchanged. */
  const valueFor = (id: Identity, cell: CellKey, current: number): number => {
    const { left, right } = sums[index.place.get(id)!]!;
    return index.onLeft(id, cell) ? right - (left - current) : left - (right - current);
  };

  const out: RankedSuspect[] = [];
  for (const cell of failingCells(failing)) {
    const mine = index.through(cell);
    const myFailing = mine.filter((id) => isFailing.has(id));
    const current = valueOf(table, cell);
    const byFix = new Map<number, Identity[]>();
    for (const id of myFailing) {
      const v = valueFor(id, cell, current);
      if (v < 0) continue;
      byFix.set(v, [...(byFix.get(v) ?? []), id]);
    }
    if (!byFix.size) continue;
    const [fix, explains] = [...byFix.entries()].sort((a, b) => b[1].length - a[1].length || Math.abs(a[0] - current) - Math.abs(b[0] - current))[0]!;
    const breaks = mine.filter((id) => !isFailing.has(id));
    const typo = looksLikeTypo(current, fix);
    out.push({
      cell,
      current,
      fix,
      explains,
      disagree: myFailing.filter((id) => !explains.includes(id)),
      breaks,
      explainsAll: explains.length === failing.length,
      typo,
      score: explains.length - breaks.length - 0.5 * (myFailing.length - explains.length) + (typo ? 0.25 : 0),
    });
  }
  const order = (s: RankedSuspect) => COL_KEYS.indexOf(s.cell.col);
  return out.sort((a, b) => b.score - a.score || Math.abs(a.fix - a.current) - Math.abs(b.fix - b.current) || order(a) - order(b)).slice(0, limit);
}
