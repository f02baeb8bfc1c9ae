/**
 * The contract of each phase of the PDF table rebuild (lib/pdf/tables.ts), stated over synthetic
 * PDF text layers (tests/pdf/synthetic-pdf.ts), whose every printed figure is known: where it was
 * printed, in which row and column. Each property reads one phase's typed result from
 * traceTables, so a failure names the phase that broke, not just "the table read wrong".
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { COL_KEYS } from '../../lib/model/keys';
import { documentLines, type Line, type Placed } from '../../lib/pdf/lines';
import { columnAt } from '../../lib/pdf/table-columns';
import { center, NUMBERED, trailingValues } from '../../lib/pdf/table-text';
import { traceTables, type TableTrace } from '../../lib/pdf/tables';
import {
  blankZeros,
  consistentRows,
  layoutArb,
  layoutReport,
  printAll,
  reviewValues,
  ROW_KEYS,
  type Layout,
  type PrintedFigure,
  type Rows,
} from './synthetic-pdf';

export interface PhaseCase {
  lines: Line[];
  traces: TableTrace[];
  /** Section three's trace. */
  three: TableTrace;
  /** Section three's printed figures, by row (template order) and column; null where left empty. */
  figures: (Placed | null)[][];
}

const sameItem = (p: Placed, f: PrintedFigure) => p.page === f.page && p.x === f.item.x && p.y === f.item.y && p.text === f.item.text;

/** Lays a report out and rebuilds its tables, keeping every phase's result. */
export function phaseCase(layout: Layout, rows: Rows, blank: boolean[] | null, review: number[]): PhaseCase {
  const printed = blank ? blankZeros(rows, blank) : printAll(rows);
  const { pages, figures } = layoutReport(printed, layout, review);
  const lines = documentLines(pages);
  const items = lines.flatMap((l) => l.items);
  const placed = ROW_KEYS.map((k) => figures[k].map((f) => (f ? items.find((p) => sameItem(p, f))! : null)));
  const traces = traceTables(lines, pages);
  const anyFigure = placed.flat().find((p) => p !== null)!;
  const three = traces.find((t) => t.extent.body.some((l) => l.items.includes(anyFigure)));
  expect(three, 'a table holds section three').toBeDefined();
  return { lines, traces, three: three!, figures: placed };
}

const blankFlags = fc.array(fc.boolean(), { minLength: ROW_KEYS.length, maxLength: ROW_KEYS.length });
/** Half the cases leave some rows' zeros empty. */
const blanks = fc.option(blankFlags, { nil: null, freq: 2 });
export const phaseCaseArb = fc.tuple(layoutArb, consistentRows, blanks, reviewValues);

const lineOf = (c: PhaseCase, item: Placed) => c.lines.find((l) => l.items.includes(item))!;
const printedFigures = (c: PhaseCase) => c.figures.flatMap((row, r) => row.flatMap((f, col) => (f ? [{ f, r, col }] : [])));

/** Row groups: rows in reading order; every line ending in figures is a row of exactly one group; every printed figure of a row with two or more is among its row's figures. */
export function groupsRows(c: PhaseCase): void {
  const groups = c.traces.map((t) => t.group);
  const index = new Map(c.lines.map((l, i) => [l, i]));
  for (const g of groups) {
    const at = g.rows.map((r) => index.get(r.line)!);
    expect(at[0]).toBe(g.first);
    expect(at[at.length - 1]).toBe(g.last);
    at.forEach((i, j) => j && expect(i).toBeGreaterThan(at[j - 1]!));
    g.rows.forEach((r, j) => j && expect(r.line.gy).toBeGreaterThan(g.rows[j - 1]!.line.gy));
    for (const r of g.rows) expect(r.values).toEqual(r.line.items.slice(r.line.items.length - r.values.length));
  }
  groups.forEach((g, j) => j && expect(g.first).toBeGreaterThan(groups[j - 1]!.last));
  const rowLines = groups.flatMap((g) => g.rows.map((r) => r.line));
  expect(new Set(rowLines).size).toBe(rowLines.length);
  // Within section three's stretch of lines, every line ending in figures is one of its rows.
  const three = c.three.group;
  for (const line of c.lines.slice(three.first, three.last + 1)) if (trailingValues(line).length) expect(three.rows.some((r) => r.line === line)).toBe(true);
  for (const row of c.figures) {
    if (row.filter(Boolean).length < 7) continue;
    const lines = new Set(row.map((f) => lineOf(c, f!)));
    expect(lines.size, 'a full row of figures on one line').toBe(1);
    const rowLine = three.rows.find((r) => lines.has(r.line));
    expect(rowLine, 'a full row of figures is a row of section three').toBeDefined();
    for (const f of row) expect(rowLine!.values).toContain(f);
  }
}

/** Extent: the header lies above the rows, the body holds every row and every printed figure's line, and no line is both; the table takes what it holds. */
export function boundsTable(c: PhaseCase): void {
  const index = new Map(c.lines.map((l, i) => [l, i]));
  const { header, body, used } = c.three.extent;
  const firstBody = Math.min(...body.map((l) => index.get(l)!));
  for (const l of header) expect(index.get(l)!).toBeLessThan(firstBody);
  header.forEach((l, j) => j && expect(index.get(l)!).toBeGreaterThan(index.get(header[j - 1]!)!));
  body.forEach((l, j) => j && expect(index.get(l)!).toBeGreaterThan(index.get(body[j - 1]!)!));
  for (const l of header) expect(body).not.toContain(l);
  for (const l of [...header, ...body]) expect(used.has(l)).toBe(true);
  for (const r of c.three.group.rows) expect(body).toContain(r.line);
  for (const { f } of printedFigures(c)) expect(body).toContain(lineOf(c, f));
  // The header holds the column names (a narrow column stacks them a character a line: 自 / 然人, 总 / 计).
  // Not always found: with a vertical 申请人情况 and the unit note above, seed 2020943198 (commit
  // f0ea4ab, recorded in tests/pdf/regressions/layouts.json as extent-without-header) leaves the
  // header out of the extent while the table still reads back exactly (its columns come from the
  // figures). A header the extent does find must name the columns.
  const headerText = header.flatMap((l) => l.items.map((it) => it.text)).join('');
  if (header.length) for (const ch of '自然人总计') expect(headerText, 'the header names the columns').toContain(ch);
  // Tables take disjoint lines.
  const taken = c.traces.flatMap((t) => [...t.extent.used]);
  expect(new Set(taken).size).toBe(taken.length);
}

/** Columns: seven, left to right, the borders between them, labels left of all; every printed figure falls in its own column. */
export function findsColumns(c: PhaseCase): void {
  const { anchors, borders, leftBound } = c.three.columns;
  expect(anchors.length).toBe(COL_KEYS.length);
  expect(borders.length).toBe(anchors.length - 1);
  borders.forEach((b, j) => {
    expect(b).toBeGreaterThan(anchors[j]!);
    expect(b).toBeLessThan(anchors[j + 1]!);
  });
  expect(leftBound).toBeLessThan(anchors[0]!);
  expect(leftBound).toBeLessThanOrEqual(c.three.metrics.figuresLeft);
  for (const { f, col } of printedFigures(c)) expect(columnAt(c.three.columns, center(f)), `${f.text} at x ${f.x}`).toBe(col);
}

/** Placement: rows in reading order, every printed figure in exactly one cell (its row's line, its column), every other item of the body in exactly one label. */
export function placesItems(c: PhaseCase): void {
  const { rows, mids, figures, labels } = c.three.placement;
  rows.forEach((r, j) => j && expect(r.line.gy).toBeGreaterThan(rows[j - 1]!.line.gy));
  mids.forEach((m, j) => j && expect(m).toBeGreaterThan(mids[j - 1]!));
  expect(figures.length).toBe(rows.length);
  const cellOf = new Map<Placed, [number, number][]>();
  figures.forEach((row, r) => row.forEach((items, col) => items.forEach((it) => cellOf.set(it, [...(cellOf.get(it) ?? []), [r, col]]))));
  const labelled = labels.flatMap((s) => s.items);
  expect(new Set(labelled).size).toBe(labelled.length);
  for (const { f, col } of printedFigures(c)) {
    const at = cellOf.get(f) ?? [];
    expect(at.length, `${f.text} in one cell`).toBe(1);
    expect(at[0]![1]).toBe(col);
    expect(rows[at[0]![0]]!.line).toBe(lineOf(c, f));
    expect(labelled).not.toContain(f);
  }
  // Figures of one printed row share a row.
  for (const row of c.figures) expect(new Set(row.flatMap((f) => (f ? [cellOf.get(f)![0]![0]] : []))).size).toBeLessThanOrEqual(1);
  for (const l of c.three.extent.body) for (const it of l.items) if (center(it) < c.three.columns.leftBound) expect(labelled).toContain(it);
  labels.forEach((s, j) => j && expect(s.gy - labels[j - 1]!.gy || s.x - labels[j - 1]!.x).toBeGreaterThanOrEqual(0));
}

/** Label blocks: every label piece in exactly one block, a block's pieces top down on one page and close together, a numbered piece only ever first. */
export function blocksLabels(c: PhaseCase): void {
  const { blocks, placement, metrics } = c.three;
  const segs = blocks.flatMap((b) => b.segs);
  expect(new Set(segs).size).toBe(segs.length);
  expect(new Set(segs)).toEqual(new Set(placement.labels));
  for (const b of blocks) {
    b.segs.forEach((s, j) => {
      if (!j) return;
      const prev = b.segs[j - 1]!;
      expect(s.page).toBe(prev.page);
      expect(s.gy - prev.gy).toBeGreaterThan(metrics.size * 0.5);
      expect(s.gy - prev.gy).toBeLessThanOrEqual(s.size * 2.6);
      expect(NUMBERED.test(s.text), `${s.text} continues a block`).toBe(false);
    });
  }
}

/** Label rows: rows top down, each row of figures once, as many rows as the template's 25; every label on a row, in a column. */
export function rowsLabels(c: PhaseCase): void {
  const { rows, colStarts, labels } = c.three.labelRows;
  rows.forEach((r, j) => j && expect(r.mid).toBeGreaterThanOrEqual(rows[j - 1]!.mid));
  const figs = rows.map((r) => r.fig).filter((f) => f >= 0);
  expect(figs).toEqual(c.three.placement.rows.map((_, i) => i));
  expect(rows.length).toBe(ROW_KEYS.length);
  colStarts.forEach((x, j) => j && expect(x - colStarts[j - 1]!).toBeGreaterThan(c.three.metrics.size * 1.8));
  expect(labels.length).toBe(colStarts.length);
  expect(labels.flat().length).toBe(c.three.blocks.length);
  for (const l of labels.flat()) {
    expect(l.row).toBeGreaterThanOrEqual(0);
    expect(l.row).toBeLessThan(rows.length);
  }
  // A printed row's figures and its row of the table agree.
  c.figures.forEach((row, r) => {
    const f = row.find(Boolean);
    if (!f) return;
    const fig = c.three.placement.rows.findIndex((x) => x.line === lineOf(c, f));
    expect(rows.findIndex((x) => x.fig === fig)).toBe(r);
  });
}

/** Label cells: a slot is held by its own label or by one span, never both; a span covers its rows without gaps; every label lands in the one cell over its row. */
export function spansLabels(c: PhaseCase): void {
  const { labels } = c.three.labelRows;
  const { own, spans } = c.three.labelCells;
  const n = c.three.labelRows.rows.length;
  expect(own.length).toBe(n);
  expect(spans.length).toBe(labels.length);
  labels.forEach((column, col) => {
    for (let r = 0; r < n; r++) {
      const s = spans[col]![r];
      expect(Boolean(own[r]![col] && s)).toBe(false);
      if (s) {
        expect(r).toBeGreaterThanOrEqual(s.start);
        expect(r).toBeLessThanOrEqual(s.end);
      }
    }
    const distinct = new Set(spans[col]!.filter(Boolean));
    for (const s of distinct) for (let r = s!.start; r <= s!.end; r++) expect(spans[col]![r]).toBe(s);
    for (const label of column) {
      const s = spans[col]![label.row];
      const o = own[label.row]![col];
      if (s) expect(s.labels).toContain(label);
      else expect(o?.items).toEqual(expect.arrayContaining(label.items));
      expect(Boolean(s) || Boolean(o)).toBe(true);
    }
  });
}

/** Grid: a header row and one row a table row; expanded, every row is as wide as the labels and figures, no slot held twice; each row's last cells are its figures. */
export function assemblesGrid(c: PhaseCase): void {
  const grid = c.three.table.rows;
  const k = c.three.labelRows.colStarts.length;
  const width = k + c.three.columns.anchors.length;
  const rows = c.three.labelRows.rows;
  expect(grid.length).toBe(rows.length + (c.three.extent.header.length ? 1 : 0) + (k === 0 && c.three.extent.header.length ? 1 : 0));
  const slots: number[][] = grid.map(() => []);
  grid.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (slots[r]!.includes(col)) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          expect(slots[r + dr], `rowspan past the table's end at row ${r}`).toBeDefined();
          expect(slots[r + dr]!.includes(col + dc), `slot ${r + dr}/${col + dc} held twice`).toBe(false);
          slots[r + dr]!.push(col + dc);
        }
      col += cell.colSpan;
    }
  });
  slots.forEach((s, r) =>
    expect(
      s.sort((a, b) => a - b),
      `row ${r}`,
    ).toEqual(Array.from({ length: width }, (_, i) => i)),
  );
  const body = grid.slice(grid.length - rows.length);
  body.forEach((cells, r) => {
    const fig = rows[r]!.fig;
    const figures = cells.slice(cells.length - c.three.columns.anchors.length).map((cell) => cell.text);
    expect(figures).toEqual(fig >= 0 ? c.three.placement.figures[fig]!.map((items) => items.map((i) => i.text).join(' ')) : figures.map(() => ''));
  });
}

const property = (check: (c: PhaseCase) => void) => () =>
  fc.property(phaseCaseArb, ([layout, rows, blank, review]) => check(phaseCase(layout, rows, blank, review)));

/** The phases' properties, in pipeline order, with their usual number of runs. */
export const PHASES = {
  'row groups': { runs: 50, property: property(groupsRows) },
  extent: { runs: 50, property: property(boundsTable) },
  columns: { runs: 50, property: property(findsColumns) },
  placement: { runs: 50, property: property(placesItems) },
  'label blocks': { runs: 50, property: property(blocksLabels) },
  'label rows': { runs: 50, property: property(rowsLabels) },
  'label cells': { runs: 50, property: property(spansLabels) },
  grid: { runs: 50, property: property(assemblesGrid) },
};
