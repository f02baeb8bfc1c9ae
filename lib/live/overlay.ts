import type { Finding, Lang } from '../model/finding';
import { OVERLAY_CSS } from './overlay-style';

const HOST_ATTR = 'data-gouji-ui';
const SEVERITY_WORD = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
} as const;

function host(doc: Document, kind: string): { el: HTMLElement; root: ShadowRoot } {
  const el = doc.createElement('gouji-ui');
  el.setAttribute(HOST_ATTR, kind);
  const root = el.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.appendChild(style);
  return { el, root };
}

function text(doc: Document, tag: string, className: string, content: string): HTMLElement {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  el.textContent = content;
  return el;
}

export type PillTone = 'error' | 'warning' | 'ok' | 'grey';

/** Each pill's button (its shadow root is closed), so that its words can change in place. */
const PILL_BUTTONS = new WeakMap<Element, HTMLButtonElement>();

function fillPill(doc: Document, button: HTMLButtonElement, content: PillContent): void {
  button.className = `pill ${content.tone}`;
  button.textContent = content.text;
  if (content.action) button.appendChild(text(doc, 'span', 'action', content.action));
}

/** New words for a pill already on the page: no element added or removed, the page not shaken. */
export function setPill(pill: Element, content: PillContent): void {
  const button = PILL_BUTTONS.get(pill);
  if (button) fillPill(pill.ownerDocument, button, content);
}

export interface PillContent {
  text: string;
  tone: PillTone;
  /** A second, button-like part: 审核附件 on a report whose table is in its attachment. */
  action?: string;
}

/**
 * The pill: the verdict at a glance, a button that opens the panel. Placed before `before` and
 * lined up with `alignWith` (a table centred on a wide page would otherwise have its pill ~650 px
 * away at the page's left edge).
 */
export function addPill(doc: Document, before: Element, content: PillContent, lang: Lang, onClick: () => void, alignWith?: Element): HTMLElement {
  const { el, root } = host(doc, 'pill');
  const button = doc.createElement('button');
  button.type = 'button';
  fillPill(doc, button, content);
  PILL_BUTTONS.set(el, button);
  button.title = lang === 'en' ? 'Open the Gouji panel' : '打开勾稽侧边栏';
  button.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  root.appendChild(button);
  // Read where the table starts before writing to the page: then reading costs nothing on a laid
  // out page, and inserting the pill lays it out once, in the next frame (issue 18).
  const offset = alignWith ? alignOffset(before, alignWith) : null;
  if (alignWith) el.style.display = 'block';
  if (offset !== null && offset > 0) el.style.marginLeft = `${Math.round(offset)}px`;
  before.parentNode?.insertBefore(el, before);
  if (alignWith && offset === null) {
    const measured = alignWith.getBoundingClientRect().left - el.getBoundingClientRect().left;
    if (measured > 0) el.style.marginLeft = `${Math.round(measured)}px`;
  }
  return el;
}

/**
 * How far right of where a block inserted before `before` starts `alignWith` starts: from the
 * parent's content box, where a block in normal flow starts (left to right). Null when the parent
 * lays out otherwise (flex, grid, inline, right to left): then the pill is measured once placed.
 */
function alignOffset(before: Element, alignWith: Element): number | null {
  const parent = before.parentElement;
  const view = before.ownerDocument.defaultView;
  if (!parent || !view) return null;
  const style = view.getComputedStyle(parent);
  if (!BLOCK_FLOW.has(style.display) || style.direction !== 'ltr' || style.writingMode !== 'horizontal-tb') return null;
  const start = parent.getBoundingClientRect().left + parent.clientLeft + (parseFloat(style.paddingLeft) || 0);
  return alignWith.getBoundingClientRect().left - start;
}

const BLOCK_FLOW = new Set(['block', 'flow-root', 'list-item', 'table-cell']);

/** One entry of the card: what a finding or cause says about the cell, and its labelled numbers. */
export interface CardItem {
  severity: Finding['severity'];
  /** The primary mark's word instead of the severity's: 最可能的错填处, 原因. */
  badge?: string;
  text: string;
  detail?: string;
}

/**
 * One floating card for the whole page, shown over whichever marked cell the user points at. Its
 * element is added on the first show: a page read but not pointed at is not restyled for a card
 * it never shows (issue 18).
 */
export function addCard(doc: Document, lang: Lang): { show(target: Element, list: readonly CardItem[]): void; hide(): void } {
  let card: HTMLElement | null = null;
  const words = SEVERITY_WORD[lang];
  const make = (): HTMLElement => {
    const { el, root } = host(doc, 'card');
    const div = doc.createElement('div');
    div.className = 'card';
    div.hidden = true;
    div.setAttribute('role', 'tooltip');
    root.appendChild(div);
    (doc.body ?? doc.documentElement).appendChild(el);
    return div;
  };
  return {
    show(target, list) {
      card ??= make();
      card.replaceChildren();
      for (const f of list) {
        const item = doc.createElement('div');
        item.className = 'item';
        item.appendChild(text(doc, 'span', `sev ${f.severity}`, f.badge ?? words[f.severity]));
        item.appendChild(text(doc, 'span', '', f.text));
        if (f.detail) item.appendChild(text(doc, 'div', 'nums', f.detail));
        card.appendChild(item);
      }
      const box = target.getBoundingClientRect();
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      card.style.left = `${Math.max(8, Math.min(box.left, width - 396))}px`;
      card.style.top = `${box.bottom + 6}px`;
      card.hidden = false;
      // Keep the card on screen when the cell is near the bottom.
      const height = card.getBoundingClientRect().height;
      if (view && box.bottom + 6 + height > view.innerHeight) card.style.top = `${Math.max(8, box.top - height - 6)}px`;
    },
    hide() {
      if (card) card.hidden = true;
    },
  };
}

export function removeOverlays(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HOST_ATTR}]`))) el.remove();
}
