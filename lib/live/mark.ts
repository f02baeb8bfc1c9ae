import { elementAt, type DomTables } from '../report/from-dom';
import type { Finding } from '../model/finding';
import type { Cause } from '../causes';
import { cellStatusData } from '../checks';
import { PAGE_CSS, QUOTE_CSS } from './overlay-style';

const RANK = { error: 3, warning: 2, info: 1 } as const;
const STYLE_ID = 'gouji-style';

/**
 * The page attributes (SPEC.md §4, docs/FORMATS.md): `data-gouji` with the severity on every cell
 * a shown finding points at, and these beside it, so the marks say what the panel says:
 * - `data-gouji-suspect`: the likeliest misprint, the primary mark (and `data-gouji="error"`);
 * - `data-gouji-knock-on`: a cell whose identity fails because of a cause marked elsewhere;
 * - `data-gouji-cause`: the header or label standing for a blank column or row that is a cause;
 * - `data-gouji-blank`: a blank cell, faintly; `data-gouji-quiet`: one of a wholly blank column or
 *   row, not outlined unless the user asks to see every blank (its header carries the mark).
 */
export const ATTRS = [
  'data-gouji',
  'data-gouji-suspect',
  'data-gouji-knock-on',
  'data-gouji-cause',
  'data-gouji-blank',
  'data-gouji-quiet',
  'data-gouji-flash',
] as const;

type Ref = { t: number; r: number; c: number };

/** The nearest cell above a column's first figure that names it (its header). */
export function headerAbove(dom: DomTables, refs: readonly Ref[]): HTMLTableCellElement | undefined {
  const top = refs.filter((r) => r.t === refs[0]?.t).sort((a, b) => a.r - b.r)[0];
  const grid = top ? dom.grids.get(top.t) : undefined;
  if (!top || !grid) return undefined;
  for (let r = top.r - 1; r >= 0; r--) {
    const gc = grid.rows[r]?.[top.c];
    const el = gc ? grid.elements[gc.id] : undefined;
    const text = el?.textContent?.replace(/\s+/g, '') ?? '';
    if (el && text && !/^[\d,，.]+$/.test(text)) return el;
  }
  return undefined;
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

/** What a marked element stands for: the findings on it, and the causes it is part of. */
export interface MarkInfo {
  findings: number[];
  causes: number[];
  role: 'suspect' | 'knock-on' | 'cause' | 'plain';
}

/**
 * The only change Gouji makes to a page: the attributes above on the cells its shown findings
 * (indexes into `findings`) point at, and one stylesheet. Returns what each marked element stands for.
 */
export function markFindings(
  doc: Document,
  dom: DomTables,
  findings: readonly Finding[],
  shown: ReadonlySet<number>,
  causes: readonly Cause[] = [],
): Map<HTMLElement, MarkInfo> {
  const info = new Map<HTMLElement, MarkInfo>();
  const severity = new Map<HTMLElement, Finding['severity']>();
  const entry = (el: HTMLElement) => {
    let e = info.get(el);
    if (!e) info.set(el, (e = { findings: [], causes: [], role: 'plain' }));
    return e;
  };
  const raise = (el: HTMLElement, s: Finding['severity']) => {
    const prev = severity.get(el);
    if (!prev || RANK[s] > RANK[prev]) severity.set(el, s);
  };
  findings.forEach((f, i) => {
    if (!shown.has(i)) return;
    for (const cell of f.cells ?? []) {
      const el = cell.ref ? elementAt(dom, cell.ref) : undefined;
      if (!el) continue;
      raise(el, f.severity);
      entry(el).findings.push(i);
    }
  });

  // Blank cells: a wholly blank column or row is one mark on its header or label; scattered
  // blanks stay faint. (125 dashed outlines over a clean table drown what matters.)
  const quiet = new Set<HTMLElement>();
  const faint = new Set<HTMLElement>();
  findings.forEach((f, i) => {
    if (!shown.has(i) || f.check !== 'blank-cell' || f.at.section !== 'applications') return;
    const whole = new Set<string>(cellStatusData(f)?.wholeColumns ?? []);
    for (const col of whole) {
      const refs = (f.cells ?? []).filter((c) => c.col === col && c.ref).map((c) => c.ref!);
      const head = headerAbove(dom, refs);
      if (head) {
        raise(head, 'warning');
        entry(head).findings.push(i);
      }
    }
    for (const cell of f.cells ?? []) {
      const el = cell.ref ? elementAt(dom, cell.ref) : undefined;
      if (el) (whole.has(cell.col) ? quiet : faint).add(el);
    }
  });

  causes.forEach((cause, k) => {
    if (!cause.findings.some((i) => shown.has(i))) return;
    const own = new Set<HTMLElement>();
    // The element that stands for the cause carries the primary mark, always an error.
    const primary = (el: HTMLElement | undefined, role: 'suspect' | 'cause') => {
      if (!el) return;
      severity.set(el, 'error');
      const e = entry(el);
      e.role = role;
      e.causes.push(k);
      own.add(el);
    };
    if (cause.kind === 'suspect-cell') {
      const ref = cause.cells[0]?.ref;
      // The likeliest misprint is the primary mark, never the weaker info (docs/FORMATS.md §3).
      primary(ref ? elementAt(dom, ref) : undefined, 'suspect');
    } else if (cause.kind === 'blank-column' || cause.kind === 'blank-row') {
      const refs = cause.cells.flatMap((c) => (c.ref ? [c.ref] : []));
      const label = cause.row ? dom.applications?.labels[cause.row] : undefined;
      primary(cause.kind === 'blank-column' ? headerAbove(dom, refs) : label ? elementAt(dom, label) : undefined, 'cause');
      for (const ref of refs) {
        const el = elementAt(dom, ref);
        if (el) quiet.add(el);
      }
    }
    // The cells of the identities the cause explains point back at it.
    for (const i of cause.findings) {
      for (const cell of findings[i]?.cells ?? []) {
        const el = cell.ref ? elementAt(dom, cell.ref) : undefined;
        if (!el || own.has(el)) continue;
        const e = entry(el);
        if (!e.causes.includes(k)) e.causes.push(k);
        if (e.role === 'plain' && cause.kind !== 'identity') e.role = 'knock-on';
      }
    }
  });

  for (const [el, s] of severity) {
    el.setAttribute('data-gouji', s);
    const role = info.get(el)?.role;
    if (role === 'suspect') el.setAttribute('data-gouji-suspect', '');
    else if (role === 'knock-on') el.setAttribute('data-gouji-knock-on', '');
    else if (role === 'cause') el.setAttribute('data-gouji-cause', '');
    if (quiet.has(el) && role !== 'suspect' && role !== 'cause') el.setAttribute('data-gouji-quiet', '');
    else if (faint.has(el) && s === 'warning') el.setAttribute('data-gouji-blank', '');
  }
  if (severity.size) ensureStyle(doc);
  return info;
}

/** Shows every blank cell (the panel's toggle), or only the faint and header marks. */
export function showAllBlanks(doc: Document, show: boolean): void {
  for (const el of Array.from(doc.querySelectorAll('[data-gouji-quiet],[data-gouji-quiet-shown]'))) {
    el.toggleAttribute('data-gouji-quiet', !show);
    el.toggleAttribute('data-gouji-quiet-shown', show);
  }
}

/** The one stylesheet Gouji adds to a page: the marks and the flash; the quote highlight's rules only where a quote is highlighted. */
export function ensureStyle(doc: Document, quotes = false): void {
  const existing = doc.getElementById(STYLE_ID);
  if (existing) {
    if (quotes && !existing.textContent?.includes('::highlight')) existing.textContent += QUOTE_CSS;
    return;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = quotes ? PAGE_CSS + QUOTE_CSS : PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Undo everything markFindings did. */
export function unmarkAll(doc: Document): void {
  const selector = [...ATTRS, 'data-gouji-quiet-shown'].map((a) => `[${a}]`).join(',');
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    for (const a of [...ATTRS, 'data-gouji-quiet-shown']) el.removeAttribute(a);
  }
  doc.getElementById(STYLE_ID)?.remove();
}
