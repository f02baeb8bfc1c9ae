import { quoteOf } from '../checks';
import { articleRoot, auditDocument, resultWithMessages, type DomAudit } from '../audit';
import type { PreviousReport } from '../checks/types';
import type { Finding, Lang } from '../model/finding';
import { verdictLine, verdictOf, type Verdict } from '../format/verdict';
import type { AuditResult } from '../model/schema';
import { causeShort, type Cause } from '../causes';
import { findingKey } from '../settings';
import { cardItems } from './card-items';
import { addressHintsReport, mightBeReport } from '../page/detect';
import { ensureStyle, markFindings, showAllBlanks, unmarkAll, type MarkInfo } from './mark';
import { elementAt } from '../report/from-dom';
import { addCard, addPill, removeOverlays, type PillContent } from './overlay';
import { findQuote, quoteIndex, type QuoteIndex } from '../page/quote';

export const QUOTE_HIGHLIGHT = 'gouji-quote';

export interface SessionOptions {
  lang: Lang;
  disabled: readonly string[];
  dismissed: readonly string[];
  /** `verdict`: over the findings not dismissed on this page, for the badge (SPEC.md §4). */
  onAudited(result: AuditResult, auditedAt: string, memo: PreviousReport | null, verdict: Verdict): void;
  /** Last year's report of the same agency, from what was audited before. */
  previousFor?(agency: string | null, year: number | null): PreviousReport | null;
  onOpenPanel(): void;
}

const WATCH_MS = 20_000;
const DEBOUNCE_MS = 600;
const MAX_RECHECKS = 8;

/**
 * Everything Gouji does in one page: audit, mark, pill, cards, locate; and undo it all.
 * Browser APIs stay outside: the entry point passes callbacks.
 */
export class PageSession {
  audit: DomAudit | null = null;
  auditedAt: string | null = null;
  /** Undo for the marks' event listeners; replaced on every run. */
  private cleanups: (() => void)[] = [];
  private stopWatching: (() => void) | null = null;
  /** The quoted sentences found in the page, in finding order. */
  quotes: Range[] = [];

  constructor(
    private doc: Document,
    private options: SessionOptions,
  ) {}

  start(): void {
    this.run();
    if (!this.audit?.result.detected) this.watchForLateContent();
  }

  /** Audits the page now, replacing any earlier marks. */
  run(): DomAudit | null {
    this.clear();
    const doc = this.doc;
    const view = doc.defaultView;
    const source = view?.location.href ?? '';
    // Last year's report, when known, is looked up by the agency and year this very read finds.
    const previousFor = this.options.previousFor;
    this.audit = auditDocument(doc, {
      source,
      disabled: this.options.disabled,
      ...(previousFor ? { previous: (agency, year) => previousFor(agency, year) } : {}),
    });
    this.auditedAt = new Date().toISOString();
    const { result, dom } = this.audit;
    if (!result.detected) return this.audit;
    const worded = resultWithMessages(result, this.options.lang);
    const shown = new Set(worded.findings.flatMap((f, i) => (this.options.dismissed.includes(findingKey(f)) ? [] : [i])));
    const shownFindings = worded.findings.filter((_, i) => shown.has(i));
    const verdict = verdictOf(result, shownFindings, worded.findings.length - shown.size);
    if (dom) {
      const marks = markFindings(doc, dom, worded.findings, shown, worded.causes as Cause[]);
      this.highlightQuotes(shownFindings);
      this.addUi(worded, shown, verdict, marks);
    }
    this.options.onAudited(result, this.auditedAt, this.audit.memo, verdict);
    return this.audit;
  }

  /** The pill's words: the verdict, and the first cause when there is one. */
  private pillContent(result: AuditResult, shown: ReadonlySet<number>, verdict: Verdict): PillContent {
    const en = this.options.lang === 'en';
    const line = verdictLine(verdict, this.options.lang);
    const cause = (result.causes ?? []).find((c) => c.findings.some((i) => shown.has(i)));
    const lead = cause ? (en ? ` — ${causeShort(cause as Cause, result.findings, 'en')}` : `——${causeShort(cause as Cause, result.findings, 'zh-CN')}`) : '';
    // 勾稽关系全部成立 says its own name; every other verdict is prefixed so the pill says whose it is.
    const text = verdict.kind === 'holds' && !en ? line : `${en ? 'Gouji: ' : '勾稽：'}${line}${lead}`;
    const tone = verdict.kind === 'errors' ? 'error' : verdict.kind === 'warnings' ? 'warning' : verdict.kind === 'holds' ? 'ok' : 'grey';
    const action = verdict.state === 'attachment' ? (en ? 'Audit the attachment' : '审核附件') : undefined;
    return { text, tone, ...(action ? { action } : {}) };
  }

  private addUi(result: AuditResult, shown: ReadonlySet<number>, verdict: Verdict, marks: Map<HTMLElement, MarkInfo>): void {
    const { dom, applications } = this.audit!;
    if (!dom) return;
    const firstRef = applications ? Object.values(applications.labels)[0] : undefined;
    const table = firstRef ? dom.tables[firstRef.t] : undefined;
    const pill = this.pillContent(result, shown, verdict);
    const open = () => this.options.onOpenPanel();
    if (table) addPill(this.doc, table, pill, this.options.lang, open, table);
    else {
      // A report whose table was not read still says so on the page, where the reader looks.
      const root = articleRoot(this.doc);
      const first = root.firstElementChild ?? root;
      if (first !== root) addPill(this.doc, first, pill, this.options.lang, open, first);
    }
    if (marks.size === 0) return;
    const card = addCard(this.doc, this.options.lang);
    const lookup = (target: EventTarget | null) => {
      const cell = target instanceof Element ? target.closest('[data-gouji]') : null;
      const mark = cell ? marks.get(cell as HTMLElement) : undefined;
      return cell && mark ? { cell, items: cardItems(mark, result.findings, (result.causes ?? []) as Cause[], this.options.lang) } : null;
    };
    const onOver = (e: Event) => {
      const hit = lookup(e.target);
      if (hit?.items.length) card.show(hit.cell, hit.items);
      else card.hide();
    };
    const onHide = () => card.hide();
    this.doc.addEventListener('mouseover', onOver, true);
    this.doc.addEventListener('focusin', onOver, true);
    this.doc.addEventListener('scroll', onHide, true);
    this.cleanups.push(() => {
      this.doc.removeEventListener('mouseover', onOver, true);
      this.doc.removeEventListener('focusin', onOver, true);
      this.doc.removeEventListener('scroll', onHide, true);
    });
  }

  /** The panel's toggle: every blank cell outlined, or only the headers of wholly blank runs. */
  showBlanks(show: boolean): void {
    showAllBlanks(this.doc, show);
  }

  /**
   * Sentences the prose checks quote, highlighted with the CSS Custom Highlight API: nothing in
   * the page's DOM changes, and the highlight goes with the marks.
   */
  private highlightQuotes(shown: readonly Finding[]): void {
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!highlights || !Highlight || !this.doc.body) return;
    const ranges: Range[] = [];
    // One walk of the page's text for all the quotes, not one per quote.
    let index: QuoteIndex | null = null;
    for (const f of shown) {
      const quote = quoteOf(f);
      if (quote === null) continue;
      index ??= quoteIndex(this.doc.body);
      const range = findQuote(index, quote);
      if (range) ranges.push(range);
    }
    if (!ranges.length) return;
    ensureStyle(this.doc, true);
    highlights.set(QUOTE_HIGHLIGHT, new Highlight(...ranges));
    this.quotes = ranges;
    this.cleanups.push(() => {
      highlights.delete(QUOTE_HIGHLIGHT);
      this.quotes = [];
    });
  }

  /** Scrolls to the cells and flashes them. */
  locate(refs: readonly { t: number; r: number; c: number }[], quote?: string): number {
    const dom = this.audit?.dom;
    if (!dom) return 0;
    const els: Element[] = refs.map((ref) => elementAt(dom, ref)).filter((el): el is HTMLTableCellElement => !!el);
    const range = quote && this.doc.body ? findQuote(quoteIndex(this.doc.body), quote) : null;
    const block = range?.startContainer.parentElement?.closest('p, div, td, li') ?? range?.startContainer.parentElement;
    if (block) els.unshift(block);
    els[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (els.length || range) ensureStyle(this.doc, Boolean(range));
    // The sentence itself lights up too, not only the paragraph around it.
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (range && highlights && Highlight) {
      highlights.set('gouji-quote-flash', new Highlight(range));
      setTimeout(() => highlights.delete('gouji-quote-flash'), 2400);
    }
    for (const el of els) {
      el.removeAttribute('data-gouji-flash');
      void (el as HTMLElement).offsetWidth;
      el.setAttribute('data-gouji-flash', '');
      setTimeout(() => el.removeAttribute('data-gouji-flash'), 2600);
    }
    return els.length;
  }

  update(options: Partial<Pick<SessionOptions, 'lang' | 'disabled' | 'dismissed'>>): void {
    this.options = { ...this.options, ...options };
    if (this.audit?.result.detected) this.run();
  }

  /** Re-checks, debounced and bounded, when a script-rendered portal fills the page in late. */
  private watchForLateContent(): void {
    const doc = this.doc;
    const view = doc.defaultView;
    if (!view || !doc.body || typeof MutationObserver === 'undefined') return;
    // Only pages whose address or title hint at a report may still be building it with script.
    if (!addressHintsReport(view.location.href, doc.title)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let rechecks = 0;
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      this.stopWatching = null;
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        rechecks++;
        if (mightBeReport(doc) && this.run()?.result.detected) stop();
        else if (rechecks >= MAX_RECHECKS) stop();
      }, DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    const deadline = setTimeout(stop, WATCH_MS);
    this.stopWatching = stop;
  }

  /** Whether a late-content observer is still running (it never outlives WATCH_MS). */
  get watching(): boolean {
    return this.stopWatching !== null;
  }

  private clear(): void {
    for (const fn of this.cleanups.splice(0)) fn();
    unmarkAll(this.doc);
    removeOverlays(this.doc);
  }

  /** Removes every trace of Gouji from the page. */
  destroy(): void {
    this.stopWatching?.();
    this.clear();
  }
}

export type { Finding };
