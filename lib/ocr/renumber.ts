import type { OcrPage } from './types';

/**
 * A page read on its own (the extension's worker reads one page a message) as page `number` of
 * its document: the page and every cell's crop box say so, or the crops would all point at page 1.
 */
export function renumberPage(page: OcrPage, number: number): OcrPage {
  return {
    ...page,
    number,
    tables: page.tables.map((table) => ({ ...table, rows: table.rows.map((row) => row.map((cell) => ({ ...cell, box: { ...cell.box, page: number } }))) })),
  };
}
