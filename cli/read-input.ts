import { readFile, stat } from 'node:fs/promises';
import { sniffOfficeFile } from '../lib/docx/sniff';
import { PdfReadError } from '../lib/pdf/extract';
import type { PdfPage } from '../lib/pdf/types';
import { decode } from '../lib/text/decode';

export interface Input {
  source: string;
  /** `html` covers Word .docx too, converted on reading (see `document`). */
  kind: 'html' | 'text' | 'pdf';
  content: string;
  /** The URL relative links resolve against. */
  url?: string;
  /** A PDF's text layer, for kind 'pdf'. */
  pages?: PdfPage[];
  /** What the HTML was made from, when it was not a page. */
  document?: 'docx';
}

export class InputError extends Error {}

const MAX_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

function kindOf(name: string, content: string, contentType?: string | null): 'html' | 'text' {
  if (contentType && /html/i.test(contentType)) return 'html';
  if (/\.(?:txt|text)$/i.test(name)) return 'text';
  if (/\.(?:html?|shtml|htm|jsp|php|aspx?)$/i.test(name)) return 'html';
  return /<(?:html|body|table|p|div)[\s>]/i.test(content.slice(0, 20_000)) ? 'html' : 'text';
}

/** A PDF or Word file becomes something the page reader reads; other binaries are refused. */
async function readDocument(source: string, bytes: Uint8Array): Promise<Input | null> {
  const kind = sniffOfficeFile(bytes);
  if (kind === 'pdf') {
    try {
      // PDF.js is loaded only when a PDF turns up: a run over pages does not carry it.
      const { pdfPages } = await import('./pdf-pages');
      return { source, kind: 'pdf', content: '', pages: await pdfPages(bytes) };
    } catch (error) {
      if (error instanceof PdfReadError) throw new InputError(`${source}: ${error.message}`);
      throw error;
    }
  }
  if (kind === 'docx') {
    // mammoth is loaded only when a Word file turns up.
    const { docxToHtml } = await import('../lib/docx/to-html');
    try {
      return { source, kind: 'html', content: (await docxToHtml(bytes)).html, document: 'docx' };
    } catch (error) {
      throw new InputError(`${source}: ${(error as Error).message}`);
    }
  }
  if (kind === 'legacy-doc') throw new InputError(`${source}: a legacy Word .doc or WPS .wps file; Gouji reads .docx and PDF, so save it in one of those`);
  if (kind === 'ofd') throw new InputError(`${source}: an OFD file, which Gouji cannot read yet; use the PDF or .docx version of the report`);
  if (kind === 'zip') throw new InputError(`${source}: a ZIP archive, not a report; unpack it and audit the report inside`);
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  if (zeros > 8 && !(sample[0] === 0xff || sample[0] === 0xfe)) throw new InputError(`${source}: looks like a binary file, not a page or text`);
  return null;
}

export async function readInput(source: string): Promise<Input> {
  if (/^https?:\/\//i.test(source)) return readUrl(source);
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new InputError(`${source}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${source}: a directory, not a file`);
  if (info.size === 0) throw new InputError(`${source}: the file is empty`);
  if (info.size > MAX_BYTES) throw new InputError(`${source}: ${(info.size / 1048576).toFixed(0)} MB is larger than the ${MAX_BYTES / 1048576} MB a report page can be`);
  const bytes = new Uint8Array(await readFile(source));
  const document = await readDocument(source, bytes);
  if (document) return document;
  const content = decode(bytes);
  return { source, kind: kindOf(source, content), content };
}

async function readUrl(source: string): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : ((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
    throw new InputError(`${source}: could not be fetched (${reason})`);
  }
  if (!response.ok) throw new InputError(`${source}: the server answered ${response.status} ${response.statusText}`);
  const buffer = new Uint8Array(await response.arrayBuffer());
  if (buffer.byteLength === 0) throw new InputError(`${source}: the server sent an empty page`);
  if (buffer.byteLength > MAX_BYTES) throw new InputError(`${source}: the page is larger than ${MAX_BYTES / 1048576} MB`);
  const document = await readDocument(source, buffer);
  if (document) return { ...document, url: response.url || source };
  const contentType = response.headers.get('content-type');
  const charset = contentType ? /charset=([\w-]+)/i.exec(contentType)?.[1] : null;
  const content = decode(buffer, charset);
  return { source, kind: kindOf(new URL(response.url || source).pathname, content, contentType), content, url: response.url || source };
}
