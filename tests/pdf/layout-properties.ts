/**
 * The reading properties of lib/pdf over synthetic PDF text layers (tests/pdf/synthetic-pdf.ts):
 * section three's table laid out with random fonts, widths, wrapping, alignment and page breaks,
 * as WPS, Word and Chromium print it. Whatever the layout, the table must be rebuilt so that the
 * audit reads every figure back. Each property is a check over explicit values, so that a
 * counterexample can be kept as a fixed case (layout.regressions.test.ts) as well as generated
 * (layout.property.test.ts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseDocument } from '../../cli/lite-dom';
import { COL_KEYS, type ColKey, type RowKey } from '../../lib/model/keys';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { decodeBoxes } from '../../lib/pdf/to-html';
import type { PdfPage } from '../../lib/pdf/types';
import { tableIdentities } from '../../lib/report/identities';
import { blankZeros, consistentRows, layoutArb, layoutReport, printAll, reviewValues, ROW_KEYS, type Layout, type Printed, type Rows } from './synthetic-pdf';

// Findings about reading section three: none may appear when the table is read right.
const READING = new Set([
  'blank-cell',
  'placeholder-cell',
  'unparsed-cell',
  'missing-row',
  'unmatched-row',
  'duplicate-row',
  'ragged-row',
  'table-structure',
  'table-not-found',
]);
const IDENTITIES = new Set(['row-total', 'results-total', 'balance']);

/**
 * Audits the pages through the CLI's lite DOM (tests/lite-dom pins its audits to jsdom's): a jsdom
 * window per case held on to its memory until a long shrink ran the worker out of it (issue 12).
 */
function audit(pages: PdfPage[]) {
  return auditPdf(pages, parseDocument, { source: 'synthetic.pdf' });
}

const show = (read: Record<string, unknown>, printed: Printed) =>
  ROW_KEYS.filter((k) => JSON.stringify(read[k]) !== JSON.stringify(printed[k])).map(
    (k) => `${k}: read ${JSON.stringify(read[k])}, printed ${JSON.stringify(printed[k])}`,
  );

export interface Misprint {
  row: number;
  col: number;
  delta: number;
  down: boolean;
}

const blankFlags = fc.array(fc.boolean(), { minLength: ROW_KEYS.length, maxLength: ROW_KEYS.length });
const misprintArb: fc.Arbitrary<Misprint> = fc.record({
  row: fc.nat({ max: ROW_KEYS.length - 1 }),
  col: fc.nat({ max: 6 }),
  delta: fc.integer({ min: 1, max: 30 }),
  down: fc.boolean(),
});

/** Every figure and section four read back, on the 2021 template, with no error and no reading warning. */
export function readsBack(layout: Layout, rows: Rows, review: number[]): void {
  const { pages } = layoutReport(printAll(rows), layout, review);
  const { result } = audit(pages);
  expect(result.detected).toBe(true);
  expect(result.report?.template).toBe('2021');
  expect(show(result.tables.applications?.rows ?? {}, printAll(rows))).toEqual([]);
  expect(result.tables.reviewLitigation?.values).toEqual(review);
  expect(result.findings.filter((f) => f.severity === 'error' || READING.has(f.check)).map((f) => `${f.check} ${JSON.stringify(f.at)}`)).toEqual([]);
}

/** Zeros left blank read as null, exactly those cells reported blank, and no error. */
export function readsBlanks(layout: Layout, rows: Rows, blank: boolean[], review: number[]): void {
  const printed = blankZeros(rows, blank);
  const { pages } = layoutReport(printed, layout, review);
  const { result } = audit(pages);
  expect(result.report?.template).toBe('2021');
  expect(show(result.tables.applications?.rows ?? {}, printed)).toEqual([]);
  const empty = ROW_KEYS.flatMap((row) => printed[row].flatMap((v, c) => (v === null ? [`${row}/${COL_KEYS[c]}`] : [])));
  const reported = result.findings.filter((f) => f.check === 'blank-cell').flatMap((f) => (f.cells ?? []).map((c) => `${c.row}/${c.col}`));
  expect(reported.sort()).toEqual(empty.sort());
  expect(
    result.findings
      .filter((f) => f.severity === 'error' || (READING.has(f.check) && f.check !== 'blank-cell'))
      .map((f) => `${f.check} ${JSON.stringify(f.at)}`),
  ).toEqual([]);
}

/** A misprinted figure fails exactly the identities through it, and its cell points at where the PDF printed it. */
export function locatesMisprint(layout: Layout, rows: Rows, p: Misprint, review: number[]): void {
  const row: RowKey = ROW_KEYS[p.row]!;
  const col: ColKey = COL_KEYS[p.col]!;
  const original = rows[row][p.col]!;
  const changed = p.down && original >= p.delta ? original - p.delta : original + p.delta;
  const printed = printAll(rows);
  printed[row][p.col] = changed;
  const { pages, figures } = layoutReport(printed, layout, review);
  const { result, applications } = audit(pages);
  expect(show(result.tables.applications?.rows ?? {}, printed)).toEqual([]);

  const through = tableIdentities(applications!).filter((id) => [...id.left, ...id.right].some((x) => x.row === row && x.col === col));
  const want = through.map((id) => `${id.check}:${id.at.row ?? id.at.col}`).sort();
  const failing = result.findings.filter((f) => IDENTITIES.has(f.check));
  expect(failing.every((f) => f.severity === 'error')).toBe(true);
  expect(failing.map((f) => `${f.check}:${f.at.row ?? f.at.col}`).sort()).toEqual(want);

  // Each failing identity names the cell, as a cell of the finding (its right-hand side)
  // or a term of its sum; the suspect names it alone. Wherever it is a finding's cell, it
  // carries a box on the page the figure was printed on, around the figure.
  const where = figures[row][p.col]!;
  const centre = { x: where.item.x + where.item.w / 2, y: where.item.y - where.item.size * 0.35 };
  const named = (cells: { row: string; col: string }[] | undefined) => (cells ?? []).some((c) => c.row === row && c.col === col);
  for (const f of failing) expect(named(f.cells) || named(f.data?.terms as { row: string; col: string }[]), `${f.check} names ${row}/${col}`).toBe(true);
  const suspects = result.findings.filter((f) => f.check === 'suspect-cell');
  expect(suspects.map((s) => s.at)).toEqual([{ row, col }]);
  for (const f of [...failing, ...suspects]) {
    const cell = f.cells?.find((c) => c.row === row && c.col === col);
    if (!cell) continue;
    const box = cell.pdf?.find((b) => b.page === where.page);
    expect(box, `${f.check}: a box on page ${where.page}`).toBeDefined();
    const [left, top, width, height] = box!.box;
    expect(centre.x).toBeGreaterThanOrEqual(left);
    expect(centre.x).toBeLessThanOrEqual(left + width);
    expect(centre.y).toBeGreaterThanOrEqual(top);
    expect(centre.y).toBeLessThanOrEqual(top + height);
  }
}

/** Every data-pdf box lies inside its page; every printed figure, label and section-four figure has one. */
export function boxesInside(layout: Layout, rows: Rows, blank: boolean[], review: number[]): void {
  const printed = blankZeros(rows, blank);
  const { pages } = layoutReport(printed, layout, review);
  const { html } = audit(pages);
  const boxes = [...html.matchAll(/data-pdf="([^"]*)"/g)].flatMap((m) => decodeBoxes(m[1]));
  expect(boxes.length).toBeGreaterThan(ROW_KEYS.flatMap((k) => printed[k].filter((v) => v !== null)).length + ROW_KEYS.length + review.length);
  for (const { page, box } of boxes) {
    const p = pages.find((q) => q.number === page);
    expect(p, `page ${page}`).toBeDefined();
    const [left, top, width, height] = box;
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(p!.width);
    expect(top + height).toBeLessThanOrEqual(p!.height);
  }
}

/** The four properties, with their usual number of runs in `npm test`. */
export const PROPERTIES = {
  readsBack: { runs: 100, property: () => fc.property(layoutArb, consistentRows, reviewValues, readsBack) },
  readsBlanks: { runs: 80, property: () => fc.property(layoutArb, consistentRows, blankFlags, reviewValues, readsBlanks) },
  locatesMisprint: { runs: 80, property: () => fc.property(layoutArb, consistentRows, misprintArb, reviewValues, locatesMisprint) },
  boxesInside: { runs: 60, property: () => fc.property(layoutArb, consistentRows, blankFlags, reviewValues, boxesInside) },
};
