import type { DomTables } from '../report/from-dom';
import type { Finding } from '../checks/types';
import { PAGE_CSS } from './overlay-style';

const RANK = { error: 3, warning: 2, info: 1 } as const;
const STYLE_ID = 'gouji-style';

/** The page's cell at a grid slot, if the page has it. */
export function elementAt(dom: DomTables, ref: { t: number; r: number; c: number }): HTMLTableCellElement | undefined {
  const grid = dom.grids.get(ref.t);
  const gc = grid?.rows[ref.r]?.[ref.c];
  return gc ? grid!.elements[gc.id] : undefined;
}

/** Each page cell a finding points at, with the findings that point at it. */
export function cellsOfFindings<F extends Finding>(dom: DomTables, findings: readonly F[]): Map<HTMLElement, F[]> {
  const out = new Map<HTMLElement, F[]>();
  for (const f of findings) {
    for (const cell of f.cells ?? []) {
      const el = cell.ref ? elementAt(dom, cell.ref) : undefined;
      if (!el) continue;
      const list = out.get(el) ?? [];
      if (!list.includes(f)) list.push(f);
      out.set(el, list);
    }
  }
  return out;
}

/** The only change Gouji makes to a page: `data-gouji` on the cells its findings point at, and one stylesheet. */
export function markFindings(doc: Document, dom: DomTables, findings: readonly Finding[]): HTMLElement[] {
  const marked = new Map<HTMLElement, Finding['severity']>();
  for (const [el, list] of cellsOfFindings(dom, findings)) {
    for (const f of list) {
      const prev = marked.get(el);
      if (!prev || RANK[f.severity] > RANK[prev]) marked.set(el, f.severity);
    }
  }
  for (const [el, severity] of marked) el.setAttribute('data-gouji', severity);
  if (marked.size) ensureStyle(doc);
  return [...marked.keys()];
}

/** The one stylesheet Gouji adds to a page: the marks, the flash, the quote highlight. */
export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Undo everything markFindings did. */
export function unmarkAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[data-gouji],[data-gouji-flash]'))) {
    el.removeAttribute('data-gouji');
    el.removeAttribute('data-gouji-flash');
  }
  doc.getElementById(STYLE_ID)?.remove();
}
