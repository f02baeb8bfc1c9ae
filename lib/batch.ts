import { auditDocument, type Audit } from './audit';
import type { PreviousReport } from './checks/types';
import { sniffOfficeFile } from './docx/sniff';
import { READABLE_FILE } from './page/detect';
import { findPrevious } from './history';
import type { BatchItem } from './format/batch';
import { decode } from './text/decode';
import { notDocumentText, notTheDocument, retryAfterSeconds, retryDelay, type NotDocument } from './page/not-the-document';

export type { BatchItem };

/** A response that is not the page itself (lib/page/not-the-document.ts). */
export class NotDocumentError extends Error {
  constructor(readonly notDocument: NotDocument) {
    super(notDocumentText(notDocument, 'zh-CN'));
  }
}

export interface BatchOptions {
  concurrency: number;
  /** Pause between two requests of one worker: the portal is someone else's server. */
  delayMs: number;
  timeoutMs: number;
  signal: AbortSignal;
  fetch: typeof fetch;
  /** Builds a document from HTML (DOMParser in the panel, jsdom in tests). */
  parse(html: string, url: string): Document;
  onUpdate(index: number, item: BatchItem): void;
  /**
   * Audits a PDF or Word file (the panel's PDF.js and mammoth); without it such links fail as
   * "not a page". With it, a report page whose table is only in an attachment is audited from it.
   */
  openDocument?(bytes: Uint8Array, href: string, published: string | null): Promise<OpenedDocument>;
  /**
   * Loads a page in a real browser tab and returns its document's HTML once its scripts ran (the
   * extension: a background tab, one at a time); used when a plain request got a challenge or a
   * page built by script. Without it such pages fail with the reason.
   */
  openInTab?(href: string, signal: AbortSignal): Promise<{ html: string; url: string }>;
  /** Told when the tab fallback starts and finishes a page: "通过后台标签页读取 3/12". */
  onTab?(state: { reading: string | null; done: number; total: number }): void;
  /** Retries of a 429 or 5xx answer, waiting as Retry-After asks (at most a minute) or backing off. */
  retries?: number;
}

/** An audited report, and how to audit it again once last year's report is known. */
export interface OpenedDocument {
  audit: Audit;
  again(previous: PreviousReport): Audit;
}

const withLink = (audit: Audit, linkedFrom: string): Audit => ({ ...audit, result: { ...audit.result, linkedFrom } });

/** A linked report: a page, or a PDF or Word file when the batch can read those. */
async function openLink(href: string, options: BatchOptions, published: string | null = null): Promise<OpenedDocument> {
  const { bytes, type } = await fetchBytes(href, options);
  const kind = sniffOfficeFile(bytes);
  if (kind === 'pdf' || kind === 'docx') {
    if (!options.openDocument) throw new Error(`not a page (${type.split(';')[0] || kind})`);
    return options.openDocument(bytes, href, published);
  }
  if (kind === 'legacy-doc') throw new Error('a legacy Word .doc or WPS .wps file');
  if (kind === 'ofd' || kind === 'zip') throw new Error(`not a page (${kind === 'ofd' ? 'OFD' : 'ZIP'})`);
  const html = decode(bytes, /charset=([\w-]+)/i.exec(type)?.[1] ?? null);
  const blocked = notTheDocument({ status: 200, url: href, html });
  if (blocked) throw new NotDocumentError(blocked);
  return auditHtml(html, href, options);
}

function auditHtml(html: string, href: string, options: Pick<BatchOptions, 'parse'>): OpenedDocument {
  const doc = options.parse(html, href);
  return { audit: auditDocument(doc, { source: href }), again: (previous) => auditDocument(doc, { source: href, previous }) };
}

const MAX_BYTES = 20 * 1024 * 1024;

/** A file's bytes and content type, with the batch's timeout, cancel and size limit. */
export async function fetchBytes(href: string, options: Pick<BatchOptions, 'fetch' | 'signal' | 'timeoutMs'>): Promise<{ bytes: Uint8Array; type: string }> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  let response: Response;
  try {
    response = await options.fetch(href, { signal, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    if (options.signal.aborted) throw new Error('cancelled');
    throw new Error(timeout.aborted ? `no answer within ${options.timeoutMs / 1000} s` : (error as Error).message);
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    const blocked = notTheDocument({
      status: response.status,
      url: href,
      finalUrl: response.url || href,
      html: body,
      retryAfter: response.headers.get('retry-after'),
    });
    throw blocked ? new NotDocumentError(blocked) : new Error(`HTTP ${response.status}`);
  }
  // Redirected to a login or "you are leaving" page: not the report, whatever it says.
  if (response.redirected && response.url && response.url !== href) {
    const moved = notTheDocument({ status: response.status, url: href, finalUrl: response.url, html: '' });
    if (moved?.reason === 'login') throw new NotDocumentError(moved);
  }
  const type = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new Error('file too large');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) throw new Error('file too large');
  return { bytes, type };
}

/** One report page's HTML, decoded as a browser would; PDFs, Word files and huge pages refused. */
export async function fetchPage(href: string, options: Pick<BatchOptions, 'fetch' | 'signal' | 'timeoutMs'>): Promise<string> {
  const { bytes, type } = await fetchBytes(href, options);
  if (/pdf|msword|officedocument|octet-stream/i.test(type)) throw new Error(`not a page (${type.split(';')[0]})`);
  return decode(bytes, /charset=([\w-]+)/i.exec(type)?.[1] ?? null);
}

/**
 * Audits linked report pages with bounded concurrency, reporting each as it settles; then
 * audits again the reports whose agency's previous year came up in the same batch.
 */
export async function runBatch(links: readonly { href: string; title: string }[], options: BatchOptions): Promise<BatchItem[]> {
  const items: BatchItem[] = links.map((l) => ({ ...l, status: 'waiting' }));
  const docs = new Map<number, OpenedDocument>();
  const tabs = tabQueue(options);
  let next = 0;
  const worker = async () => {
    let first = true;
    while (next < items.length && !options.signal.aborted) {
      const i = next++;
      const link = links[i]!;
      if (!first) await new Promise((r) => setTimeout(r, options.delayMs));
      first = false;
      items[i] = { ...link, status: 'loading' };
      options.onUpdate(i, items[i]!);
      try {
        let opened: OpenedDocument;
        let viaTab = false;
        try {
          opened = await withRetries(() => openLink(link.href, options), options);
        } catch (error) {
          // A challenge or a script-built page: a real tab gets what a plain request cannot.
          if (!(error instanceof NotDocumentError && error.notDocument.needsBrowser && options.openInTab)) throw error;
          const page = await tabs.read(link.href);
          const blocked = notTheDocument({ status: 200, url: link.href, finalUrl: page.url, html: page.html });
          if (blocked) throw new NotDocumentError(blocked);
          opened = auditHtml(page.html, link.href, options);
          viaTab = true;
        }
        let via: string | undefined;
        const page = opened.audit.result;
        // A report page whose table is only in its attachment: audit the attachment instead.
        const attachment =
          options.openDocument && page.detected && !page.tables.applications ? (page.attachments ?? []).find((a) => READABLE_FILE.test(a.href)) : undefined;
        if (attachment) {
          await new Promise((r) => setTimeout(r, options.delayMs));
          try {
            const file = await openLink(attachment.href, options, page.report?.published ?? null);
            if (file.audit.result.detected && file.audit.result.tables.applications) {
              const linkedFrom = link.href;
              opened = { audit: withLink(file.audit, linkedFrom), again: (previous) => withLink(file.again(previous), linkedFrom) };
              via = attachment.href;
            }
          } catch {
            // The page's own result stands: it already says the table was not found.
          }
        }
        docs.set(i, opened);
        items[i] = { ...link, status: 'done', result: opened.audit.result, ...(via ? { via } : {}), ...(viaTab ? { viaTab } : {}) };
      } catch (error) {
        const notDocument = error instanceof NotDocumentError ? error.notDocument : undefined;
        items[i] = { ...link, status: 'failed', reason: (error as Error).message, ...(notDocument ? { notDocument } : {}) };
      }
      options.onUpdate(i, items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, items.length)) }, worker));
  const memos: PreviousReport[] = [...docs.values()].flatMap((d) => (d.audit.memo ? [d.audit.memo] : []));
  for (const [i, opened] of docs) {
    const memo = opened.audit.memo;
    const previous = memo ? findPrevious(memos, memo.agency, memo.year) : null;
    if (!previous) continue;
    const item = items[i]!;
    items[i] = { ...item, status: 'done', result: opened.again(previous).result } as BatchItem;
    options.onUpdate(i, items[i]!);
  }
  return items;
}

/** One background tab at a time, whatever the batch's concurrency: the portal is someone else's server. */
function tabQueue(options: BatchOptions) {
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let done = 0;
  return {
    read(href: string): Promise<{ html: string; url: string }> {
      queued++;
      const run = chain.then(async () => {
        if (options.signal.aborted) throw new Error('cancelled');
        options.onTab?.({ reading: href, done, total: queued });
        try {
          return await options.openInTab!(href, options.signal);
        } finally {
          done++;
          options.onTab?.({ reading: null, done, total: queued });
        }
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
}

/** Retries a 429 or 5xx answer: after Retry-After when the server gives one (at most a minute), else 2, 4, 8 … s. */
async function withRetries<T>(attempt: () => Promise<T>, options: Pick<BatchOptions, 'retries' | 'signal'>): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const seconds = retryDelay(error instanceof NotDocumentError ? error.notDocument : undefined, tried);
      if (seconds === null || tried >= (options.retries ?? 0) || options.signal.aborted) throw error;
      await new Promise((r) => setTimeout(r, seconds * 1000));
    }
  }
}

export { retryAfterSeconds };
