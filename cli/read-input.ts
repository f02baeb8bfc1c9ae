import { readFile, stat } from 'node:fs/promises';
import { sniffOfficeFile } from '../lib/docx/sniff';
import type { OcrDocument, RasterImage } from '../lib/ocr/types';
import { textlessPages } from '../lib/pdf/audit-pdf';
import type { PdfPage } from '../lib/pdf/types';
import { decode } from '../lib/text/decode';
import { notTheDocument, retryDelay, type NotDocument } from '../lib/page/not-the-document';
import { InputError, ReadFailure } from './failure';
import { MAX_BYTES, TIMEOUT_MS } from './limits';
import type { NetworkFailure } from './messages';

export { InputError };

export interface Input {
  source: string;
  /** `html` covers Word .docx too, converted on reading (see `document`). */
  kind: 'html' | 'text' | 'pdf';
  content: string;
  /** The URL relative links resolve against. */
  url?: string;
  /** A PDF's text layer, for kind 'pdf'. */
  pages?: PdfPage[];
  /** A scanned PDF as OCR read it, for kind 'pdf' without a text layer; or a page's pictures (`pictures`). */
  ocr?: OcrDocument;
  /** The page whose pictures `ocr` read (its table published as images): its name and date. */
  pictures?: { title: string | null; published: string | null };
  /** What the HTML was made from, when it was not a page. */
  document?: 'docx';
}

function kindOf(name: string, content: string, contentType?: string | null): 'html' | 'text' {
  if (contentType && /html/i.test(contentType)) return 'html';
  if (/\.(?:txt|text)$/i.test(name)) return 'text';
  if (/\.(?:html?|shtml|htm|jsp|php|aspx?)$/i.test(name)) return 'html';
  return /<(?:html|body|table|p|div)[\s>]/i.test(content.slice(0, 20_000)) ? 'html' : 'text';
}

/** A PDF or Word file becomes something the page reader reads; other binaries are refused. */
async function readDocument(source: string, bytes: Uint8Array, options: ReadOptions): Promise<Input | null> {
  const kind = sniffOfficeFile(bytes);
  if (kind === 'pdf') {
    try {
      // PDF.js is loaded only when a PDF turns up: a run over pages does not carry it.
      const { pdfPages } = await import('./pdf-pages');
      const pages = await pdfPages(bytes);
      const ocr = options.ocr === false ? null : await readScannedPages(bytes, pages, options.ocr ?? {});
      return { source, kind: 'pdf', content: '', pages, ...(ocr ? { ocr } : {}) };
    } catch (error) {
      if (error instanceof ReadFailure && error.reason.code === 'pdf-scanned' && options.ocr !== false) {
        return { source, kind: 'pdf', content: '', ocr: await readScan(source, bytes, options.ocr ?? {}) };
      }
      if (error instanceof ReadFailure) throw new InputError(source, error.reason);
      throw error;
    }
  }
  if (kind === 'docx') {
    // mammoth is loaded only when a Word file turns up.
    const { docxToHtml } = await import('../lib/docx/to-html');
    try {
      return { source, kind: 'html', content: (await docxToHtml(bytes)).html, document: 'docx' };
    } catch {
      // Only a file sniffed as .docx gets here: mammoth or JSZip could not open it.
      throw new InputError(source, { code: 'docx-damaged' });
    }
  }
  if (kind === 'legacy-doc') throw new InputError(source, { code: 'legacy-doc' });
  if (kind === 'ofd') throw new InputError(source, { code: 'ofd' });
  if (kind === 'zip') throw new InputError(source, { code: 'zip' });
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  if (zeros > 8 && !(sample[0] === 0xff || sample[0] === 0xfe)) throw new InputError(source, { code: 'binary' });
  return null;
}

export interface ReadOptions {
  /** Retries of a 429 or 5xx answer (`--retry`). */
  retries?: number;
  /** A scan is read by OCR unless this is false (`--no-ocr`); `onPage` follows its pages. */
  ocr?: false | { onPage?: (page: number, pages: number) => void };
}

/** Paper for a page of a scan without a picture on it. */
const BLANK_PAGE = { width: 1, height: 1, data: new Uint8ClampedArray([255, 255, 255, 255]), scale: 1 / 595 };

/**
 * Pages `numbers` of a PDF read by OCR, numbered as in the PDF (a page without a picture read as
 * blank paper). The runtime and the models are loaded on the first scan only.
 */
async function ocrPdfPages(
  found: readonly (RasterImage | null)[],
  numbers: readonly number[],
  onPage?: (page: number, pages: number) => void,
): Promise<OcrDocument> {
  const { ocrEngine } = await import('./ocr');
  const { ocrPages } = await import('../lib/ocr/ocr-pages');
  const { renumberPage } = await import('../lib/ocr/renumber');
  const doc = await ocrPages(
    numbers.map((n) => found[n - 1] ?? BLANK_PAGE),
    await ocrEngine(),
    { onProgress: onPage },
  );
  return { pages: doc.pages.map((p, i) => renumberPage(p, numbers[i]!)) };
}

/** A scanned PDF read by OCR, every page. */
async function readScan(source: string, bytes: Uint8Array, options: { onPage?: (page: number, pages: number) => void }): Promise<OcrDocument> {
  const { pdfScanImages } = await import('./ocr');
  try {
    const found = await pdfScanImages(bytes);
    // No image on any page: nothing was scanned, there is nothing to read.
    if (found.every((p) => !p)) throw new InputError(source, { code: 'pdf-scanned' });
    return await ocrPdfPages(
      found,
      found.map((_, i) => i + 1),
      options.onPage,
    );
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(source, { code: 'pdf-unreadable', detail: `OCR: ${(error as Error).message}` });
  }
}

/**
 * A PDF partly scanned: its pages without text but with a picture are read by OCR, numbered as
 * in the PDF. Null when there is none, or when they cannot be read: the text layer's audit then
 * stands, and says which pages went unread (`textlessPages`).
 */
async function readScannedPages(
  bytes: Uint8Array,
  pages: readonly PdfPage[],
  options: { onPage?: (page: number, pages: number) => void },
): Promise<OcrDocument | null> {
  const textless = textlessPages(pages);
  if (!textless.length) return null;
  try {
    const { pdfScanImages } = await import('./ocr');
    const found = await pdfScanImages(bytes);
    const scanned = textless.filter((n) => found[n - 1]);
    return scanned.length ? await ocrPdfPages(found, scanned, options.onPage) : null;
  } catch {
    return null;
  }
}

export async function readInput(source: string, options: ReadOptions = {}): Promise<Input> {
  if (/^https?:\/\//i.test(source)) return withRetries(source, options);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(source);
  } catch {
    throw new InputError(source, { code: 'no-such-file' });
  }
  if (info.isDirectory()) throw new InputError(source, { code: 'directory' });
  if (info.size === 0) throw new InputError(source, { code: 'empty-file' });
  if (info.size > MAX_BYTES) throw new InputError(source, { code: 'file-too-large', megabytes: Math.round(info.size / 1048576), limit: MAX_BYTES / 1048576 });
  const bytes = new Uint8Array(await readFile(source));
  const document = await readDocument(source, bytes, options);
  if (document) return document;
  const content = decode(bytes);
  return { source, kind: kindOf(source, content), content };
}

/** An input that came back as something other than the page; it keeps what stood in front (for a retry). */
class NotDocumentInput extends InputError {
  constructor(
    source: string,
    readonly notDocument: NotDocument,
  ) {
    super(source, {
      code: 'not-document',
      why: notDocument.reason,
      ...(notDocument.status ? { status: notDocument.status } : {}),
      needsBrowser: notDocument.needsBrowser,
    });
  }
}

/** A 429 or 5xx answer tried again, as the batch does (lib/page/not-the-document.ts's retryDelay). */
async function withRetries(source: string, options: ReadOptions): Promise<Input> {
  const retries = options.retries ?? 0;
  for (let tried = 0; ; tried++) {
    try {
      return await onePerHost(source, () => readUrl(source, options));
    } catch (error) {
      const wait = retryDelay(error instanceof NotDocumentInput ? error.notDocument : undefined, tried);
      if (wait === null || tried >= retries) throw error;
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  }
}

/**
 * At most two requests to one site at a time, whatever --concurrency says: a portal is someone
 * else's server, and bursts are what bot protection and rate limits answer.
 */
const PER_HOST = 2;
const hosts = new Map<string, { active: number; waiting: (() => void)[] }>();
async function onePerHost<T>(source: string, work: () => Promise<T>): Promise<T> {
  const host = new URL(source).host;
  let h = hosts.get(host);
  if (!h) hosts.set(host, (h = { active: 0, waiting: [] }));
  const slot = h;
  if (slot.active >= PER_HOST) await new Promise<void>((resolve) => slot.waiting.push(resolve));
  slot.active++;
  try {
    return await work();
  } finally {
    slot.active--;
    slot.waiting.shift()?.();
    if (!slot.active && !slot.waiting.length) hosts.delete(host);
  }
}

/** The most requests one site had at once during this process (for the tests). */
export let peakPerHost = 0;

async function readUrl(source: string, options: ReadOptions): Promise<Input> {
  peakPerHost = Math.max(peakPerHost, hosts.get(new URL(source).host)?.active ?? 0);
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new InputError(source, { code: 'fetch-timeout', seconds: TIMEOUT_MS / 1000 });
    throw new InputError(source, { code: 'fetch-failed', network: networkFailure(error as Error) });
  }
  if (!response.ok) {
    // A challenge, a refusal, a rate limit: said as such, never read as the page.
    const body = await response.text().catch(() => '');
    const blocked = notTheDocument({
      status: response.status,
      url: source,
      finalUrl: response.url || source,
      html: body,
      retryAfter: response.headers.get('retry-after'),
    });
    if (blocked) throw new NotDocumentInput(source, blocked);
    throw new InputError(source, { code: 'http-status', status: response.status, statusText: response.statusText });
  }
  const buffer = new Uint8Array(await response.arrayBuffer());
  if (buffer.byteLength === 0) throw new InputError(source, { code: 'empty-response' });
  if (buffer.byteLength > MAX_BYTES) throw new InputError(source, { code: 'response-too-large', limit: MAX_BYTES / 1048576 });
  const document = await readDocument(source, buffer, options);
  if (document) return { ...document, url: response.url || source };
  const contentType = response.headers.get('content-type');
  const charset = contentType ? /charset=([\w-]+)/i.exec(contentType)?.[1] : null;
  const content = decode(buffer, charset);
  const kind = kindOf(new URL(response.url || source).pathname, content, contentType);
  if (kind === 'html') {
    const blocked = notTheDocument({ status: response.status, url: source, finalUrl: response.url || source, html: content });
    if (blocked) throw new NotDocumentInput(source, blocked);
  }
  return { source, kind, content, url: response.url || source };
}

/** What fetch's failure says, by the system's error code where there is one (undici puts it in `cause`). */
function networkFailure(error: Error): NetworkFailure {
  const cause = (error as Error & { cause?: Error & { code?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return { kind: 'refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'no-such-host' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { kind: 'reset' };
  if (/CERT|SSL|TLS/.test(code)) return { kind: 'certificate' };
  // fetch refuses the ports of other protocols (1, 25, 6000…) before connecting.
  if (cause?.message === 'bad port') return { kind: 'blocked-port' };
  return { kind: 'other', detail: cause?.message ?? error.message };
}
