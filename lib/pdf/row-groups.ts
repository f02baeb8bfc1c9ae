import { SECTION_HEADINGS } from '../page/detect';
import { joinItems, type Line, type Placed } from './lines';
import { median, mid, trailingValues } from './table-text';
import type { PdfPage } from './types';

/** A line that ends in a row's figures, and those figures. */
export interface RowLine {
  line: Line;
  values: Placed[];
}

/** One table's rows with figures, in reading order; `first` and `last` index the document's lines. */
export interface RowGroup {
  rows: RowLine[];
  first: number;
  last: number;
}

/** Whether a line cannot stand inside a table whose figures are `size` points high. */
export type Barrier = (line: Line, size: number) => boolean;

function isHeading(line: Line): boolean {
  const text = joinItems(line.items);
  return SECTION_HEADINGS.some((p) => p.test(text) && text.length < 40);
}

/**
 * A line that cannot be inside a table: a section heading, a bigger font, a line of prose.
 * (A line of prose runs on, its pieces no farther apart than a space; a line of header words
 * over narrow columns, 结果 纠正 其他 … over section four's fifteen, leaves an em between
 * them: tests/pdf/layout.property.test.ts.)
 */
export function tableBarrier(pages: readonly PdfPage[]): Barrier {
  const widths = new Map(pages.map((p) => [p.number, p.width]));
  return (line, size) =>
    isHeading(line) ||
    line.size > size * 1.25 ||
    (line.right - line.left > (widths.get(line.page) ?? 600) * 0.6 &&
      line.items.every((it, i) => i === 0 || it.x - (line.items[i - 1]!.x + line.items[i - 1]!.w) < it.size * 0.9));
}

/** Rows: lines ending in figures, grouped while nothing breaks them and their figures line up. */
export function groupRows(lines: readonly Line[], barrier: Barrier): RowGroup[] {
  const groups: RowGroup[] = [];
  lines.forEach((line, index) => {
    const values = trailingValues(line);
    if (!values.length) return;
    const size = median(values.map((v) => v.size));
    const group = groups[groups.length - 1];
    if (group) {
      const prev = group.rows[group.rows.length - 1]!;
      const between = lines.slice(group.last + 1, index);
      // Rows with cells left blank line up with nothing in particular: only a break ends a table.
      // A row whose label wraps onto ten lines or more sits farther below the last than that, but
      // its label's lines fill the space between them (tests/pdf/layout.property.test.ts).
      const filled = [prev.line, ...between, line].every((l, i, all) => i === 0 || l.gy - all[i - 1]!.gy < size * 4);
      const near = prev.line.page !== line.page || line.gy - prev.line.gy < size * 16 || filled;
      if (near && !between.some((l) => barrier(l, size))) {
        group.rows.push({ line, values });
        group.last = index;
        return;
      }
    }
    groups.push({ rows: [{ line, values }], first: index, last: index });
  });
  return groups;
}

/** What the later phases measure a table by, taken from the rows its group found. */
export interface RowMetrics {
  /** The figures' font size. */
  size: number;
  /** Each row's middle, document-wide. */
  mids: number[];
  /** The usual distance from one row to the next. */
  pitchY: number;
  /** Where the leftmost figure starts: labels lie left of it. */
  figuresLeft: number;
}

export function rowMetrics(rows: readonly RowLine[]): RowMetrics {
  const size = median(rows.flatMap((r) => r.values.map((v) => v.size)));
  const mids = rows.map((r) => median(r.values.map(mid)));
  const gaps = mids
    .slice(1)
    .map((m, i) => m - mids[i]!)
    .filter((g) => g > 0 && g < size * 12);
  return { size, mids, pitchY: gaps.length ? median(gaps) : size * 3, figuresLeft: Math.min(...rows.map((r) => r.values[0]!.x)) };
}
