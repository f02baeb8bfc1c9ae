import type { OcrCell, OcrPage, OcrTable } from './types';

/** Figures read this surely are a row's own: two parts both holding them are two rows. */
const SURE = 0.9;

/** Each cell's first column, as an HTML table lays its rows out (a cell spanning rows takes its slots below). */
function columns(rows: readonly OcrCell[][]): number[][] {
  const taken: boolean[][] = [];
  return rows.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (taken[r]?.[c]) c++;
      const at = c;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (taken[r + dr] ??= [])[at + dc] = true;
      c += cell.colSpan;
      return at;
    });
  });
}

const width = (rows: readonly OcrCell[][]) => {
  const cols = columns(rows);
  return Math.max(0, ...rows.flatMap((row, r) => row.map((cell, i) => cols[r]![i]! + cell.colSpan)));
};

/** The two parts of one cell: a figure from the part that holds it (doubtful if both do), text joined. */
function joinCell(a: OcrCell, b: OcrCell): void {
  if (b.stitched) {
    Object.assign(a, { text: b.text, confidence: b.confidence, figure: b.figure, box: b.box, stitched: true });
    return;
  }
  if (a.figure || b.figure) {
    if (!b.text) return;
    if (!a.text) {
      Object.assign(a, { text: b.text, confidence: b.confidence, figure: b.figure, box: b.box });
      return;
    }
    // Ink on both sides of the cut: a figure cut through, neither half is the figure.
    const [sure, other] = a.confidence >= b.confidence ? [a, b] : [b, a];
    Object.assign(a, { text: sure.text, figure: true, box: sure.box, confidence: Math.min(0.5, sure.confidence, other.confidence) });
    return;
  }
  a.text += b.text;
  a.confidence = Math.min(a.confidence, b.confidence);
}

/**
 * Joins a row the page break cut in two: the last table of a page open at its bottom (its
 * vertical rules run on to the page's edge, no closing rule) and the first of the next page
 * open at its top hold the two parts of one row, as the text layer's rebuild joins them.
 * Left apart when both parts hold figures read surely in the same column (two rows, each
 * printed whole, the page having drawn neither rule) or when their columns do not line up.
 */
export function joinCutRows(pages: readonly OcrPage[]): void {
  for (let p = 0; p + 1 < pages.length; p++) {
    const a = pages[p]!.tables[pages[p]!.tables.length - 1];
    const b = pages[p + 1]!.tables[0];
    if (!a?.openBottom || !b?.openTop || !a.rows.length || !b.rows.length) continue;
    if (joinTables(a, b) && !b.rows.length) pages[p + 1]!.tables.shift();
  }
}

function joinTables(a: OcrTable, b: OcrTable): boolean {
  if (width(a.rows) !== width(b.rows)) return false;
  const last = a.rows.length - 1;
  const colsA = columns(a.rows);
  const colsB = columns(b.rows);
  const rowA = a.rows[last]!;
  const rowB = b.rows[0]!;
  const at = (c: number) => rowA.findIndex((_, i) => colsA[last]![i] === c);
  // Lined up: each cell of the lower part over a cell of the upper part as wide, or under a
  // cell spanning down to the cut from above (a label column).
  for (const [i, cell] of rowB.entries()) {
    const k = at(colsB[0]![i]!);
    if (k >= 0 && rowA[k]!.colSpan !== cell.colSpan) return false;
    const twice = k >= 0 && !cell.stitched && rowA[k]!.figure && cell.figure && rowA[k]!.text && cell.text;
    if (twice && rowA[k]!.confidence >= SURE && cell.confidence >= SURE) return false;
  }
  const moved: { cell: OcrCell; col: number }[] = [];
  for (const [i, cell] of rowB.entries()) {
    const col = colsB[0]![i]!;
    const k = at(col);
    if (k >= 0) joinCell(rowA[k]!, cell);
    else {
      // The rest of a cell spanning rows above the cut: its text joins that cell's.
      const above = a.rows.flatMap((row, r) => row.filter((c, j) => colsA[r]![j] === col && r + c.rowSpan - 1 >= last))[0];
      if (above && cell.text) above.text = cell.stitched ? cell.text : above.text + cell.text;
      if (cell.rowSpan > 1) moved.push({ cell: { ...cell, rowSpan: cell.rowSpan - 1 }, col });
    }
  }
  b.rows.shift();
  if (moved.length && b.rows.length) {
    const next = b.rows[0]!;
    const cols = colsB[1]!;
    // Each moved cell goes before the first cell to its right (right to left, so that indexes hold).
    for (const { cell, col } of moved.sort((x, y) => y.col - x.col)) {
      const k = cols.findIndex((c) => c > col);
      if (k < 0) next.push(cell);
      else next.splice(k, 0, cell);
    }
  }
  a.openBottom = false;
  b.openTop = false;
  return true;
}
