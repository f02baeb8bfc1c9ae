import type { Lang } from './model/finding';
import type { AuditResult } from './model/schema';
import type { Verdict } from './format/verdict';
import type { ReportLink } from './page/links';
import type { TableImage } from './page/table-images';

/**
 * Every message between Gouji's parts, by name: what it carries and what its answer is. Senders
 * and receivers go through `send`/`handle` below, so a new message, field or reply is one entry
 * here and the compiler finds every place that must follow. What arrives from a page is still
 * checked at run time: by the zod schemas of lib/messages.ts in the background and the panel,
 * by `parseToContent` (no schema library: it loads on every gov.cn page) in the content script.
 * No `browser.*` here: the entry points pass in the API they send with.
 */

export interface CellRef {
  t: number;
  r: number;
  c: number;
}

/** The tab's audit as the content script answers it. */
export interface AuditReply {
  result: AuditResult | null;
  auditedAt: string | null;
  error: string | null;
}

/** Content script → background. */
export interface ToBackground {
  /** The page was audited: the badge and the panel's stored copy follow it. */
  'gouji/audited': {
    payload: { result: AuditResult; auditedAt: string; partial?: boolean; visibleErrors?: number; verdict?: Verdict; lang?: Lang };
    reply: void;
  };
  /** The pill's 详情: open the side panel on this tab. */
  'gouji/open-panel': { payload: Record<never, never>; reply: void };
  /** This frame is worth auditing: inject the auditor into it. Answers whether it was injected. */
  'gouji/inject': { payload: Record<never, never>; reply: boolean };
}

/** Side panel → content script (and the auditor it loaded). */
export interface ToContent {
  'gouji/get': { payload: Record<never, never>; reply: AuditReply };
  /** Audit again (last year's report may just have joined the history). */
  'gouji/rerun': { payload: Record<never, never>; reply: AuditReply };
  /** The report links of a listing page, for the batch. */
  'gouji/links': { payload: Record<never, never>; reply: { links: ReportLink[] } };
  /** The page's content images: where its table is not in the text, OCR may read it from them. */
  'gouji/images': { payload: Record<never, never>; reply: { images: TableImage[] } };
  /** Scroll to and flash the cells (and the quoted sentence) of a finding. */
  'gouji/locate': { payload: { refs: CellRef[]; quote?: string }; reply: { located: number } };
  'gouji/show-blanks': { payload: { show: boolean }; reply: { shown: boolean } };
}

export type Message<P, N extends keyof P> = { type: N } & (P[N] extends { payload: infer A } ? A : never);
export type Reply<P, N extends keyof P> = P[N] extends { reply: infer R } ? R : never;
export type AnyMessage<P> = { [N in keyof P]: Message<P, N> }[keyof P];

/** `storage.session`: the tab's last audit, kept by the background for the panel. */
export const tabKey = (tabId: number): `tab:${number}` => `tab:${tabId}`;
export const isTabKey = (key: string): boolean => key.startsWith('tab:');
/** `storage.session` value under `tabKey`. */
export interface StoredTabAudit {
  result: AuditResult;
  auditedAt: string;
  frameId: number;
}
/** `storage.local` keys. */
export const LOCAL_KEYS = { settings: 'settings', dismissed: 'dismissed', history: 'history' } as const;

/** The part of `browser.runtime` / `browser.tabs` that sending needs. */
export interface RuntimePort {
  sendMessage(message: unknown): Promise<unknown>;
}
export interface TabsPort {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Sends to the background. A reply is as the background made it: it is trusted as typed. */
export function sendToBackground<N extends keyof ToBackground>(
  runtime: RuntimePort,
  type: N,
  payload: ToBackground[N]['payload'],
): Promise<Reply<ToBackground, N>> {
  return runtime.sendMessage({ type, ...payload }) as Promise<Reply<ToBackground, N>>;
}

/**
 * Sends to a tab's content script. Its reply comes from a page's world and is `unknown` until the
 * caller checks it (GetReply in lib/messages.ts, or a guard).
 */
export function sendToTab<N extends keyof ToContent>(tabs: TabsPort, tabId: number, type: N, payload: ToContent[N]['payload']): Promise<unknown> {
  return tabs.sendMessage(tabId, { type, ...payload });
}

/** Handlers by message name; each answers with its message's reply (or a promise of it). */
export type Handlers<P, Sender> = { [N in keyof P]?: (message: Message<P, N>, sender: Sender) => Reply<P, N> | Promise<Reply<P, N>> | undefined };

/**
 * A `runtime.onMessage` listener: parses what arrives, calls the handler for its name, and answers
 * through `sendResponse` (kept open for a promise). Unknown or malformed messages are not answered.
 */
export function handle<P, Sender>(parse: (raw: unknown) => AnyMessage<P> | null, handlers: Handlers<P, Sender>) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    const message = parse(raw);
    if (!message) return undefined;
    const handler = handlers[message.type as keyof P] as ((m: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    const reply = handler(message, sender);
    if (reply instanceof Promise) {
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    }
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
}

const index = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6;

/** A message to the content script, checked by hand (it comes from our panel, but through a page's frame). */
export function parseToContent(raw: unknown): AnyMessage<ToContent> | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as { type?: unknown; refs?: unknown; quote?: unknown; show?: unknown };
  if (m.type === 'gouji/get' || m.type === 'gouji/rerun' || m.type === 'gouji/links' || m.type === 'gouji/images') return { type: m.type };
  if (m.type === 'gouji/show-blanks') return typeof m.show === 'boolean' ? { type: m.type, show: m.show } : null;
  if (m.type !== 'gouji/locate' || !Array.isArray(m.refs) || m.refs.length > 500) return null;
  const refs: CellRef[] = [];
  for (const r of m.refs as { t?: unknown; r?: unknown; c?: unknown }[]) {
    if (!r || !index(r.t) || !index(r.r) || !index(r.c)) return null;
    refs.push({ t: r.t, r: r.r, c: r.c });
  }
  const quote = typeof m.quote === 'string' && m.quote.length <= 500 ? m.quote : undefined;
  return quote ? { type: 'gouji/locate', refs, quote } : { type: 'gouji/locate', refs };
}
