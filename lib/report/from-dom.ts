import { gridFromTable, type DomGrid } from '../grid/from-dom';
import { fold } from '../text/normalize';
import { matchRowLabel } from './row-labels';
import { readApplications, type TablePart } from './applications';
import { looksLikeReviewTable, readReview } from './review';
import type { ApplicationsTable, ReviewTable } from './types';

export interface DomTables {
  /** The page's innermost tables, in document order; a CellRef's `t` indexes this list. */
  tables: HTMLTableElement[];
  grids: Map<number, DomGrid>;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
}

// Any part of section three split by a page break carries one of these (a misprinted or swapped label may take another's place).
const SECTION_THREE_WORDS = /新收|上年结转|办理结果|予以公开|不予公开|结转下年度|自然人|国家秘密|无法提供|不予处理|其他处理|重复申请|信访举报|七\)\s*总计/;

/**
 * Finds section three (one table, or several where a Word page break split it) and section
 * four among the page's innermost tables; layout tables that wrap them are passed over.
 */
export function readDomTables(root: Document | Element, year: number | null): DomTables {
  const all = root.getElementsByTagName('table');
  const tables: HTMLTableElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i] as HTMLTableElement;
    if (t.getElementsByTagName('table').length === 0) tables.push(t);
  }
  const grids = new Map<number, DomGrid>();
  const parts: TablePart[] = [];
  let review: ReviewTable | null = null;
  tables.forEach((table, t) => {
    // Folded: mirror sites print these words in traditional characters.
    const text = fold(table.textContent ?? '');
    // The table right after a part of section three continues it when its rows carry section three's labels (a page break's leftover).
    const continues = parts.length > 0 && parts[parts.length - 1]!.t === t - 1 && !looksLikeReviewTable(text) && namesSectionThreeRow(table);
    if ((SECTION_THREE_WORDS.test(text) && !looksLikeReviewTable(text)) || continues) {
      const grid = gridFromTable(table);
      grids.set(t, grid);
      parts.push({ t, grid });
    } else if (!review && looksLikeReviewTable(text) && /结果维持|维持/.test(text)) {
      const grid = gridFromTable(table);
      grids.set(t, grid);
      review = readReview(grid, t);
    }
  });
  const applications = readApplications(parts, year);
  return { tables, grids, applications, review };
}

function namesSectionThreeRow(table: HTMLTableElement): boolean {
  for (let r = 0; r < table.rows.length && r < 40; r++) {
    const cells = table.rows[r]!.cells;
    for (let c = 0; c < cells.length && c < 3; c++) if (matchRowLabel([cells[c]!.textContent ?? ''])) return true;
  }
  return false;
}

/** The page's cell at a grid slot, if the page has it. */
export function elementAt(dom: DomTables, ref: { t: number; r: number; c: number }): HTMLTableCellElement | undefined {
  const grid = dom.grids.get(ref.t);
  const gc = grid?.rows[ref.r]?.[ref.c];
  return gc ? grid!.elements[gc.id] : undefined;
}
