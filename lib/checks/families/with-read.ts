import type { CellRead } from '../../model/finding';

/**
 * A finding's cell, with how it was read when that was less than certain (SPEC.md §3 `read`),
 * and for OCR how sure the reading is.
 */
export function withRead<T extends object>(
  cell: T,
  how: { read?: CellRead; confidence?: number } | null | undefined,
): T & { read?: CellRead; confidence?: number } {
  if (!how?.read) return cell;
  return how.read === 'ocr' && how.confidence !== undefined ? { ...cell, read: how.read, confidence: how.confidence } : { ...cell, read: how.read };
}
