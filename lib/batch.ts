import { auditDocument, type Audit } from './audit';
import type { PreviousReport } from './checks/types';
import { findPrevious } from './history';
import type { AuditResult } from './model/schema';
import { decode } from './text/decode';

export type BatchItem =
  | { href: string; title: string; status: 'waiting' | 'loading' }
  | { href: string; title: string; status: 'done'; result: AuditResult }
  | { href: string; title: string; status: 'failed'; reason: string };

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
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
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
  const docs = new Map<number, { doc: Document; audit: Audit }>();
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
        const html = await fetchPage(link.href, options);
        const doc = options.parse(html, link.href);
        const audit = auditDocument(doc, { source: link.href });
        docs.set(i, { doc, audit });
        items[i] = { ...link, status: 'done', result: audit.result };
      } catch (error) {
        items[i] = { ...link, status: 'failed', reason: (error as Error).message };
      }
      options.onUpdate(i, items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, items.length)) }, worker));
  const memos: PreviousReport[] = [...docs.values()].flatMap((d) => (d.audit.memo ? [d.audit.memo] : []));
  for (const [i, { doc, audit }] of docs) {
    const memo = audit.memo;
    const previous = memo ? findPrevious(memos, memo.agency, memo.year) : null;
    if (!previous) continue;
    const again = auditDocument(doc, { source: links[i]!.href, previous });
    items[i] = { ...links[i]!, status: 'done', result: again.result };
    options.onUpdate(i, items[i]!);
  }
  return items;
}
