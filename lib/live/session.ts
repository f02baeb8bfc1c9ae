import { quoteOf } from '../checks';
import { articleRoot, auditTableFirst, resultWithMessages, type DomAudit, type TableFirstAudit } from '../audit';
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
import { addCard, addPill, removeOverlays, setPill, type PillContent } from './overlay';
import { findQuote, quoteIndex, type QuoteIndex } from '../page/quote';

export const QUOTE_HIGHLIGHT = 'gouji-quote';

export interface SessionOptions {
  lang: Lang;
  disabled: readonly string[];
  dismissed: readonly string[];
  /**
   * `verdict`: over the findings not dismissed on this page, for the badge (SPEC.md §4).
   * `partial`: the table's checks only, the prose checks still to come (then no memo).
   */
  onAudited(result: AuditResult, auditedAt: string, memo: PreviousReport | null, verdict: Verdict, partial: boolean): void;
  /** Last year's report of the same agency, from what was audited before. */
  previousFor?(agency: string | null, year: number | null): PreviousReport | null;
  onOpenPanel(): void;
}

const WATCH_MS = 20_000;
/** The prose checks wait for the page to be idle, but not longer than this. */
const IDLE_TIMEOUT_MS = 300;
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
  /** The pill on the page, whose words change when the prose checks add nothing. */
  private pill: Element | null = null;
  /** The quoted sentences found in the page, in finding order. */
  quotes: Range[] = [];
  /** Why the prose checks failed, when they did (they run later, outside the caller's try). */
  failure: string | null = null;
  /** The audit's prose part while it waits for idle time, and how to stop the wait. */
  private later: { split: TableFirstAudit; cancel: () => void } | null = null;

  constructor(
    private doc: Document,
    private options: SessionOptions,
  ) {}

  start(): void {
    this.run();
    if (!this.audit?.result.detected) this.watchForLateContent();
  }

  /**
   * Audits the page now, replacing any earlier marks: the table's checks at once — marks, pill,
   * badge — and the prose checks when the page is idle (issue 18); finish() runs them now.
   */
  run(): DomAudit | null {
    this.clear();
    const doc = this.doc;
    const view = doc.defaultView;
    const source = view?.location.href ?? '';
    // Last year's report, when known, is looked up by the agency and year this very read finds.
    const previousFor = this.options.previousFor;
    const split = auditTableFirst(doc, {
      source,
      disabled: this.options.disabled,
      ...(previousFor ? { previous: (agency, year) => previousFor(agency, year) } : {}),
    });
    this.auditedAt = new Date().toISOString();
    this.failure = null;
    if (!split.pending) {
      this.audit = split.finish();
      this.show(this.audit, false);
      return this.audit;
    }
    this.audit = split.table;
    this.show(this.audit, true);
    this.later = { split, cancel: whenIdle(view, () => this.finishSafely()) };
    return this.audit;
  }

  /** Whether the prose checks are still waiting for idle time. */
  get pending(): boolean {
    return this.later !== null;
  }

  /** Runs the prose checks now if they are still waiting, and shows what they found: the whole audit. */
  finish(): DomAudit | null {
    const later = this.later;
    if (!later) return this.audit;
    this.later = null;
    later.cancel();
    const before = this.audit?.result.findings.length ?? 0;
    this.audit = later.split.finish();
    if (this.audit.result.findings.length !== before) {
      this.clear();
      this.show(this.audit, false);
      return this.audit;
    }
    // The prose found nothing: the marks, the cards and their listeners stand (the same findings);
    // the pill's words and the badge learn the whole verdict, without touching the page's tree.
    const { result, memo } = this.audit;
    const worded = resultWithMessages(result, this.options.lang);
    const shown = new Set(worded.findings.flatMap((f, i) => (this.options.dismissed.includes(findingKey(f)) ? [] : [i])));
    const verdict = verdictOf(
      result,
      worded.findings.filter((_, i) => shown.has(i)),
      worded.findings.length - shown.size,
    );
    if (this.pill) setPill(this.pill, this.pillContent(worded, shown, verdict, false));
    this.options.onAudited(result, this.auditedAt!, memo, verdict, false);
    return this.audit;
  }

  private finishSafely(): void {
    try {
      this.finish();
    } catch (error) {
      // Never break the page; the panel asks gouji/get and is told.
      this.failure = (error as Error).message;
      console.warn('[gouji] text checks failed', error);
    }
  }

  /**
   * Marks, pill, cards and the badge for an audit. While the prose checks are `pending`, a verdict
   * that would reassure (勾稽关系全部成立) is not given yet: the pill says the text is being read and
   * the badge waits; errors and warnings already found are certain and shown at once.
   */
  private show(audit: DomAudit, pending: boolean): void {
    const { result, dom } = audit;
    // Not a report: nothing on the page, nothing for the badge (a page may still fill in later).
    if (!result.detected) return;
    const worded = resultWithMessages(result, this.options.lang);
    const shown = new Set(worded.findings.flatMap((f, i) => (this.options.dismissed.includes(findingKey(f)) ? [] : [i])));
    const shownFindings = worded.findings.filter((_, i) => shown.has(i));
    const verdict = verdictOf(result, shownFindings, worded.findings.length - shown.size);
    const reassuring = verdict.kind === 'holds' || verdict.kind === 'set-aside';
    if (dom) {
      const marks = markFindings(this.doc, dom, worded.findings, shown, worded.causes as Cause[]);
      if (!pending) this.highlightQuotes(shownFindings);
      this.addUi(worded, shown, verdict, marks, pending && reassuring);
    }
    if (pending && reassuring) return;
    this.options.onAudited(result, this.auditedAt!, pending ? null : audit.memo, verdict, pending);
  }

  /** The pill's words: the verdict, and the first cause when there is one. */
  private pillContent(result: AuditResult, shown: ReadonlySet<number>, verdict: Verdict, reading: boolean): PillContent {
    const en = this.options.lang === 'en';
    // The table holds, the text is not checked yet: no green ✓ for what was not checked.
    if (reading) return { text: en ? 'Gouji: the table’s identities hold; reading the text…' : '勾稽：表格勾稽关系成立，正文核对中…', tone: 'grey' };
    const line = verdictLine(verdict, this.options.lang);
    const cause = (result.causes ?? []).find((c) => c.findings.some((i) => shown.has(i)));
    const lead = cause ? (en ? ` — ${causeShort(cause as Cause, result.findings, 'en')}` : `——${causeShort(cause as Cause, result.findings, 'zh-CN')}`) : '';
    // 勾稽关系全部成立 says its own name; every other verdict is prefixed so the pill says whose it is.
    const text = verdict.kind === 'holds' && !en ? line : `${en ? 'Gouji: ' : '勾稽：'}${line}${lead}`;
    const tone = verdict.kind === 'errors' ? 'error' : verdict.kind === 'warnings' ? 'warning' : verdict.kind === 'holds' ? 'ok' : 'grey';
    const action = verdict.state === 'attachment' ? (en ? 'Audit the attachment' : '审核附件') : undefined;
    return { text, tone, ...(action ? { action } : {}) };
  }

  private addUi(result: AuditResult, shown: ReadonlySet<number>, verdict: Verdict, marks: Map<HTMLElement, MarkInfo>, reading: boolean): void {
    const { dom, applications } = this.audit!;
    if (!dom) return;
    const firstRef = applications ? Object.values(applications.labels)[0] : undefined;
    const table = firstRef ? dom.tables[firstRef.t] : undefined;
    const pill = this.pillContent(result, shown, verdict, reading);
    const open = () => this.options.onOpenPanel();
    if (table) this.pill = addPill(this.doc, table, pill, this.options.lang, open, table);
    else {
      // A report whose table was not read still says so on the page, where the reader looks.
      const root = articleRoot(this.doc);
      const first = root.firstElementChild ?? root;
      if (first !== root) this.pill = addPill(this.doc, first, pill, this.options.lang, open, first);
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
    this.later?.cancel();
    this.later = null;
    for (const fn of this.cleanups.splice(0)) fn();
    unmarkAll(this.doc);
    removeOverlays(this.doc);
    this.pill = null;
  }

  /** Removes every trace of Gouji from the page. */
  destroy(): void {
    this.stopWatching?.();
    this.clear();
  }
}

/** Runs `fn` when the page is idle (requestIdleCallback, at most IDLE_TIMEOUT_MS later), or on the next task. */
function whenIdle(view: Window | null, fn: () => void): () => void {
  if (view && typeof view.requestIdleCallback === 'function') {
    const id = view.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    return () => view.cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

export type { Finding };
