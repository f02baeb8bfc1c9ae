import { readFile, stat } from 'node:fs/promises';
import { decode } from '../lib/text/decode';

export interface Input {
  source: string;
  kind: 'html' | 'text';
  content: string;
  /** The URL relative links resolve against. */
  url?: string;
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

function refuseBinary(source: string, bytes: Uint8Array): void {
  const head = bytes.subarray(0, 8);
  const ascii = new TextDecoder('latin1').decode(head);
  if (ascii.startsWith('%PDF')) throw new InputError(`${source}: a PDF file; only HTML pages and text exports can be audited for now`);
  if (ascii.startsWith('PK')) throw new InputError(`${source}: a ZIP-based file (.docx?); only HTML pages and text exports can be audited for now`);
  if (head[0] === 0xd0 && head[1] === 0xcf) throw new InputError(`${source}: a legacy Word/WPS file; save it as HTML or copy its text`);
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  if (zeros > 8 && !(sample[0] === 0xff || sample[0] === 0xfe)) throw new InputError(`${source}: looks like a binary file, not a page or text`);
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
  refuseBinary(source, bytes);
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
  refuseBinary(source, buffer);
  const contentType = response.headers.get('content-type');
  const charset = contentType ? /charset=([\w-]+)/i.exec(contentType)?.[1] : null;
  const content = decode(buffer, charset);
  return { source, kind: kindOf(new URL(response.url || source).pathname, content, contentType), content, url: response.url || source };
}
