import { labelBlocks, type LabelBlock } from './label-blocks';
import { labelRows, type LabelRows } from './label-rows';
import { labelCells, type LabelCells } from './label-spans';
import type { Line } from './lines';
import { placeItems, type Placement } from './place-items';
import { groupRows, rowMetrics, tableBarrier, type RowGroup, type RowMetrics } from './row-groups';
import { tableColumns, type Columns } from './table-columns';
import { tableExtent, type DocumentFrame, type TableExtent } from './table-extent';
import { assembleGrid, type TableCell } from './table-grid';
import { median } from './table-text';
import type { PdfPage } from './types';

export type { TableCell } from './table-grid';

export interface PdfTable {
  rows: TableCell[][];
  /** The document lines the table was built from (so the prose leaves them out). */
  lines: Set<Line>;
}

/** One table's rebuild, phase by phase (what tests/pdf/table-phases.property.test.ts checks). */
export interface TableTrace {
  group: RowGroup;
  metrics: RowMetrics;
  extent: TableExtent;
  columns: Columns;
  placement: Placement;
  blocks: LabelBlock[];
  labelRows: LabelRows;
  labelCells: LabelCells;
  table: PdfTable;
}

/** Rebuilds the tables of a document from where their text sits. */
export function findTables(lines: readonly Line[], pages: readonly PdfPage[]): PdfTable[] {
  return traceTables(lines, pages).map((t) => t.table);
}

/** findTables, keeping what each phase found. */
export function traceTables(lines: readonly Line[], pages: readonly PdfPage[]): TableTrace[] {
  const offsets = new Map<number, number>();
  let offset = 0;
  for (const p of pages) {
    offsets.set(p.number, offset);
    offset += p.height;
  }
  const frame: DocumentFrame = {
    offsets,
    heights: new Map(pages.map((p) => [p.number, p.height])),
    bodySize: median(lines.map((l) => l.size)),
    barrier: tableBarrier(pages),
  };
  const traces: TableTrace[] = [];
  let floor = -Infinity;
  for (const group of groupRows(lines, frame.barrier)) {
    // A lone line of figures is a table only if it holds a whole row's worth.
    if (group.rows.length < 2 && group.rows[0]!.values.length < 5) continue;
    const trace = buildTable(group, lines, floor, frame);
    traces.push(trace);
    floor = Math.max(...[...trace.table.lines].map((l) => l.gy));
  }
  return traces;
}

function buildTable(group: RowGroup, lines: readonly Line[], floor: number, frame: DocumentFrame): TableTrace {
  const metrics = rowMetrics(group.rows);
  const extent = tableExtent(group, lines, floor, frame, metrics);
  const columns = tableColumns(group.rows, extent.header, metrics);
  const placement = placeItems(group.rows, extent.body, columns);
  const blocks = labelBlocks(placement.labels, metrics.size);
  const rows = labelRows(blocks, placement.mids, metrics.size, metrics.pitchY);
  const cells = labelCells(rows.labels, rows.rows.length);
  const grid = assembleGrid({
    header: extent.header,
    columns,
    k: rows.colStarts.length,
    rows: rows.rows,
    figures: placement.figures,
    labels: cells,
    offsets: frame.offsets,
  });
  return { group, metrics, extent, columns, placement, blocks, labelRows: rows, labelCells: cells, table: { rows: grid, lines: extent.used } };
}
