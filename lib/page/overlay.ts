import type { Finding, Lang } from '../checks/types';
import { countFindings, verdictLine } from '../format/verdict';
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

/** The pill beside the table: the verdict at a glance, a button that opens the panel. */
export function addPill(doc: Document, before: Element, findings: readonly Finding[], lang: Lang, onClick: () => void): HTMLElement {
  const { el, root } = host(doc, 'pill');
  const counts = countFindings(findings);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `pill ${counts.error ? 'error' : counts.warning ? 'warning' : 'ok'}`;
  const verdict = verdictLine(counts, lang);
  button.textContent = counts.error || counts.warning ? `勾稽：${verdict}` : verdict;
  if (lang === 'en') button.textContent = `Gouji: ${verdict}`;
  button.title = lang === 'en' ? 'Open the Gouji panel' : '打开勾稽侧边栏';
  button.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  root.appendChild(button);
  before.parentNode?.insertBefore(el, before);
  return el;
}

export interface CardFinding extends Finding {
  message?: string;
}

/** One floating card for the whole page, shown over whichever marked cell the user points at. */
export function addCard(doc: Document, lang: Lang): { el: HTMLElement; show(target: Element, list: readonly CardFinding[]): void; hide(): void } {
  const { el, root } = host(doc, 'card');
  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  card.setAttribute('role', 'tooltip');
  root.appendChild(card);
  (doc.body ?? doc.documentElement).appendChild(el);
  const words = SEVERITY_WORD[lang];
  return {
    el,
    show(target, list) {
      card.replaceChildren();
      for (const f of list) {
        const item = doc.createElement('div');
        item.className = 'item';
        item.appendChild(text(doc, 'span', `sev ${f.severity}`, words[f.severity]));
        item.appendChild(text(doc, 'span', '', f.message ?? f.check));
        if (typeof f.expected === 'number' && typeof f.actual === 'number') {
          const d = f.actual - f.expected;
          const nums =
            lang === 'en'
              ? `expected ${f.expected} · printed ${f.actual} · difference ${d > 0 ? '+' : ''}${d}`
              : `应为 ${f.expected} · 页面 ${f.actual} · 差 ${d > 0 ? '+' : ''}${d}`;
          item.appendChild(text(doc, 'div', 'nums', nums));
        }
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
      card.hidden = true;
    },
  };
}

export function removeOverlays(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HOST_ATTR}]`))) el.remove();
}
