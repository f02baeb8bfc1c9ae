/**
 * Test-only: what the extension changed in a page (its marked cells, the pill and card in their
 * closed shadow roots), read the same way in Chromium, in Firefox (firefox.ts) and, for the
 * expected marks, in jsdom.
 */
import type { Page } from 'playwright-core';
import type { GoujiBrowser } from './chromium';
import { callSource } from './in-browser';

export interface Mark {
  severity: string;
  /** The cell's text, whitespace squashed. */
  text: string;
  /** The row's label: the text of its cells that are not figures, without spaces. */
  label: string;
  /** The column, counted from the right: 0 is 总计, 6 is 自然人 in the standard table. */
  fromEnd: number;
  /** Index of the cell's table among the page's tables. */
  table: number;
  row: number;
  col: number;
}

/** The applicant columns of section three, left to right; fromEnd counts from the right. */
export const COLUMNS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other', 'total'] as const;

export function columnOf(mark: Pick<Mark, 'fromEnd'>): string {
  return COLUMNS[COLUMNS.length - 1 - mark.fromEnd] ?? `?${mark.fromEnd}`;
}

/**
 * Every `[data-gouji]` cell of a document, in document order. Self-contained (no named inner
 * functions, no imports): it runs as it is in a page (readMarks) and in jsdom.
 */
export function describeMarks(doc: Document): Mark[] {
  const tables = Array.from(doc.querySelectorAll('table'));
  return Array.from(doc.querySelectorAll('[data-gouji]')).map((el) => {
    const cell = el as HTMLTableCellElement;
    const tr = cell.parentElement as HTMLTableRowElement | null;
    const cells = tr ? Array.from(tr.cells) : [cell];
    return {
      severity: el.getAttribute('data-gouji') ?? '',
      text: (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim(),
      label: cells
        .map((c) => (c.textContent ?? '').replace(/[\s\u00a0]+/g, ''))
        .filter((t) => t !== '' && !/^\d+$/.test(t))
        .join(' '),
      fromEnd: cells.length - 1 - cells.indexOf(cell),
      table: tables.indexOf(el.closest('table') as HTMLTableElement),
      row: tr ? tr.rowIndex : -1,
      col: cell.cellIndex,
    };
  });
}

/** Runs a function of the document in the page (as source text, see inWorker). */
export function inPage<R>(page: Page, fn: (doc: Document) => R): Promise<R> {
  return page.evaluate(callSource(fn, 'document')) as Promise<R>;
}

export function readMarks(page: Page): Promise<Mark[]> {
  return inPage(page, describeMarks);
}

/**
 * Runs `fn` in an isolated world of the tab through chrome.scripting (the extension has host access
 * to gov.cn), where chrome.dom.openOrClosedShadowRoot reaches into Gouji's closed shadow roots.
 */
export async function overlayState(browser: GoujiBrowser, tabId: number): Promise<{ pill: string | null; card: { hidden: boolean; text: string } | null }> {
  return browser.inWorker(async (t: number) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: t },
      func: () => {
        // No named inner functions here: this body runs in the page's isolated world as it is.
        const dom = (chrome as unknown as { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } }).dom;
        const pillHost = document.querySelector('gouji-ui[data-gouji-ui=pill]');
        const cardHost = document.querySelector('gouji-ui[data-gouji-ui=card]');
        const pillRoot = pillHost ? dom.openOrClosedShadowRoot(pillHost) : null;
        const cardRoot = cardHost ? dom.openOrClosedShadowRoot(cardHost) : null;
        const card = cardRoot?.querySelector('.card') as HTMLElement | null | undefined;
        return {
          pill: pillRoot ? (pillRoot.querySelector('button')?.textContent ?? '') : null,
          card: card ? { hidden: card.hidden, text: card.textContent ?? '' } : null,
        };
      },
    });
    return injection?.result as { pill: string | null; card: { hidden: boolean; text: string } | null };
  }, tabId);
}
