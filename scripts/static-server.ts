/**
 * Serves pages on 127.0.0.1 under gov.cn host names, for `npm start` (the sample report) and the
 * E2E tests (tests/fixtures, tests/e2e/pages, portals that misbehave on purpose), recording every
 * request and the subresources each page declares.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ROOT } from './paths';

export interface Mount {
  /** URL path prefix, e.g. "/fixtures/". */
  prefix: string;
  /** Folder served under it. */
  dir: string;
}

export interface ServedRequest {
  method: string;
  host: string;
  /** Full URL as the browser asked for it (http://host:port/path?query). */
  url: string;
  path: string;
  status: number;
  at: number;
}

export interface StaticServer {
  port: number;
  /** http://<host>:<port><path> — host is any *.gov.cn name (the browser maps them to 127.0.0.1). */
  url(path: string, host?: string): string;
  requests: ServedRequest[];
  /** Absolute URLs of the subresources (src/href) each served HTML page declares, keyed by page URL. */
  declared: Map<string, Set<string>>;
  close(): Promise<void>;
}

export interface ServerOptions {
  mounts?: Mount[];
  /** Exact URL paths served from a given file, e.g. the sample report at a report-like address. */
  files?: Record<string, string>;
  defaultHost?: string;
  /**
   * Answers a request before the files do (a portal that misbehaves on purpose); returns false to
   * let the files answer.
   */
  route?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
}

/** The mounts the tests use: tests/fixtures/** under /fixtures/, tests/e2e/pages/** under /e2e/. */
export const TEST_MOUNTS: Mount[] = [
  { prefix: '/fixtures/', dir: join(ROOT, 'tests', 'fixtures') },
  { prefix: '/e2e/', dir: join(ROOT, 'tests', 'e2e', 'pages') },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.shtml': 'text/html',
  '.txt': 'text/plain',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};
const TEXT = new Set(['text/html', 'text/plain', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml']);

/** The charset a page declares in its first bytes (meta charset or http-equiv), else UTF-8. */
export function declaredCharset(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return (m?.[1] ?? 'utf-8').toLowerCase();
}

/** Default delay of `?late=1`: the report table appears this long after load. */
export const LATE_DEFAULT_MS = 1500;

/**
 * `?late=1` (or `?late=<ms>`): the page's body is served inside a <template> and a page script
 * puts it in the document after 1.5 s (or <ms>), like a portal that renders its article by script.
 */
export function makeLate(html: string, ms: number): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf('</body>');
  if (!open || close < 0) throw new Error('late: the page has no <body>');
  const start = open.index + open[0].length;
  const inner = html.slice(start, close);
  const script = `<script>setTimeout(function () { var t = document.getElementById('late-body'); document.body.appendChild(t.content.cloneNode(true)); document.body.setAttribute('data-late-done', ''); }, ${ms});</script>`;
  return `${html.slice(0, start)}\n<div id="late-loading">加载中……</div><template id="late-body">${inner}</template>${script}\n${html.slice(close)}`;
}

function declaredUrls(html: string, base: string): Set<string> {
  const out = new Set<string>();
  const re = /\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/&amp;/g, '&');
    if (!raw || /^(javascript|mailto|tel|data):/i.test(raw) || raw.startsWith('#')) continue;
    try {
      const u = new URL(raw, base);
      u.hash = '';
      out.add(u.href);
    } catch {
      // Not a URL.
    }
  }
  return out;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const mounts = options.mounts ?? TEST_MOUNTS;
  const files = options.files ?? {};
  const defaultHost = options.defaultHost ?? 'www.example.gov.cn';
  const requests: ServedRequest[] = [];
  const declared = new Map<string, Set<string>>();

  const resolveFile = (path: string): string | null => {
    if (files[path]) return files[path]!;
    for (const mount of mounts) {
      if (!path.startsWith(mount.prefix)) continue;
      const root = resolve(mount.dir);
      const file = normalize(join(root, path.slice(mount.prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return null;
      return file;
    }
    return null;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? `127.0.0.1`;
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const entry: ServedRequest = { method: req.method ?? 'GET', host, url: url.href, path, status: 0, at: Date.now() };
    requests.push(entry);
    const send = (status: number, type: string, body: Buffer | string) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (options.route) {
      res.on('finish', () => (entry.status = res.statusCode));
      if (options.route(req, res, url)) return;
    }
    const file = resolveFile(path);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return send(404, 'text/plain; charset=utf-8', 'not found\n');
    let bytes = readFileSync(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let contentType = type;
    if (TEXT.has(type)) {
      const charset = type === 'text/html' ? declaredCharset(bytes) : 'utf-8';
      contentType = `${type}; charset=${charset}`;
      if (type === 'text/html') {
        const decoder = new TextDecoder(charset === 'gb2312' || charset === 'gbk' ? 'gb18030' : charset);
        let html = decoder.decode(bytes);
        const late = url.searchParams.get('late');
        if (late !== null) {
          const n = Number(late);
          html = makeLate(html, Number.isFinite(n) && n >= 10 ? n : LATE_DEFAULT_MS);
          bytes = Buffer.from(html, 'utf8');
          contentType = 'text/html; charset=utf-8'; // the header outranks the page's meta
        }
        const page = new URL(url.href);
        page.hash = '';
        declared.set(page.href, declaredUrls(html, page.href));
      }
    }
    send(200, contentType, bytes);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = defaultHost) => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    declared,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
