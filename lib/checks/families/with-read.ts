import type { CellRead } from '../../model/finding';

/**
 * A finding's cell, with how it was read when that was less than certain (SPEC.md §3 `read`),
 * and for OCR how sure the reading is and what was read (`raw`): the figure a crop is shown beside.
 */
export function withRead<T extends object>(
  cell: T,
  how: { read?: CellRead; confidence?: number; raw?: string } | null | undefined,
): T & { read?: CellRead; confidence?: number; raw?: string } {
  if (!how?.read) return cell;
  if (how.read !== 'ocr' || how.confidence === undefined) return { ...cell, read: how.read };
  const raw = 'raw' in cell || how.raw === undefined ? {} : { raw: how.raw };
  return { ...cell, ...raw, read: how.read, confidence: how.confidence };
}
