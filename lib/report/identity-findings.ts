import { COL_KEYS } from '../model/keys';
import type { CheckInput } from '../checks/types';
import type { Finding } from '../model/finding';
import { sides, tableIdentities, valueOf, type Identity } from './identities';

/** One error finding per failing identity of the given kind. */
export function identityFindings(input: CheckInput, check: Identity['check']): Finding[] {
  const table = input.applications;
  if (!table) return [];
  const out: Finding[] = [];
  for (const id of tableIdentities(table)) {
    if (id.check !== check) continue;
    const { left, right } = sides(table, id);
    if (left === right) continue;
    const refOf = (c: { row: (typeof id.left)[number]['row']; col: (typeof id.left)[number]['col'] }) =>
      table.cells[c.row]?.[COL_KEYS.indexOf(c.col)];
    out.push({
      check,
      severity: 'error',
      at: id.at,
      expected: left,
      actual: right,
      cells: id.right.map((c) => withRead({ ...c, ref: refOf(c)?.ref ?? null }, refOf(c)?.read)),
      data: {
        left: id.left.map((c) => valueOf(table, c)),
        right: id.right.map((c) => valueOf(table, c)),
        terms: id.left.map((c) => withRead({ ...c, ref: refOf(c)?.ref ?? null }, refOf(c)?.read)),
        blanks: [...id.left, ...id.right].filter((c) => refOf(c)?.status === 'blank').length,
        // The printed side left blank: shown as 空白, never as "页面 0".
        printedBlank: id.right.every((c) => refOf(c)?.status === 'blank'),
      },
    });
  }
  return out;
}

/** A finding's cell, with how it was read when that was less than certain (SPEC.md §3 `read`). */
export function withRead<T extends object>(cell: T, read: 'structure' | 'text' | undefined): T & { read?: 'structure' | 'text' } {
  return read ? { ...cell, read } : cell;
}
