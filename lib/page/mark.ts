import type { DomTables } from '../report/from-dom';
import type { Finding } from '../checks/types';

const RANK = { error: 3, warning: 2, info: 1 } as const;
const STYLE_ID = 'gouji-style';

/** The only change Gouji makes to a page: `data-gouji` on the cells its findings point at, and one stylesheet. */
export function markFindings(doc: Document, dom: DomTables, findings: readonly Finding[]): HTMLElement[] {
  const marked = new Map<HTMLElement, Finding['severity']>();
  for (const f of findings) {
    for (const cell of f.cells ?? []) {
      const ref = cell.ref;
      if (!ref) continue;
      const grid = dom.grids.get(ref.t);
      const gc = grid?.rows[ref.r]?.[ref.c];
      const el = gc ? grid!.elements[gc.id] : undefined;
      if (!el) continue;
      const prev = marked.get(el);
      if (!prev || RANK[f.severity] > RANK[prev]) marked.set(el, f.severity);
    }
  }
  for (const [el, severity] of marked) el.setAttribute('data-gouji', severity);
  if (marked.size && !doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `
[data-gouji="error"]{outline:2px solid #d32f2f!important;outline-offset:-2px;background-color:rgba(211,47,47,.14)!important}
[data-gouji="warning"]{outline:2px dashed #ef6c00!important;outline-offset:-2px;background-color:rgba(239,108,0,.12)!important}
[data-gouji="info"]{outline:2px dotted #1565c0!important;outline-offset:-2px;background-color:rgba(21,101,192,.10)!important}`;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return [...marked.keys()];
}

/** Undo everything markFindings did. */
export function unmarkAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[data-gouji]'))) el.removeAttribute('data-gouji');
  doc.getElementById(STYLE_ID)?.remove();
}
