import type { CellRead } from '../../model/finding';

/** A finding's cell, with how it was read when that was less than certain (SPEC.md §3 `read`). */
export function withRead<T extends object>(cell: T, read: CellRead | undefined): T & { read?: CellRead } {
  return read ? { ...cell, read } : cell;
}
