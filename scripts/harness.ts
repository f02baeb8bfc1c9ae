/**
 * Drives the built extension in Debian's Chromium: build it, serve pages on 127.0.0.1 under gov.cn
 * host names, launch a persistent context with Gouji loaded, and talk to the extension's service
 * worker (tab ids, badge, stored audits). Shared by tests/e2e (through tests/e2e/harness.ts) and
 * scripts/start.ts. No network: every *.gov.cn name resolves to 127.0.0.1, the browser is
 * /usr/bin/chromium (or $CHROMIUM), never a downloaded one.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browsers';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** $CHROMIUM, else the first Chromium/Chrome of scripts/browsers.ts's list (Debian: /usr/bin/chromium). */
export const CHROMIUM = process.env.CHROMIUM || findBrowser('chromium').path || '/usr/bin/chromium';
const WORK = join(ROOT, '.tmp', 'e2e');

// ---------------------------------------------------------------------------------------------
// Build

export type TargetBrowser = 'chrome' | 'firefox';

export interface BuildOptions {
  browser?: TargetBrowser;
  /** A build made by the same run (same id) is reused instead of built again. */
  runId?: string;
  log?: (line: string) => void;
}

export interface Build {
  browser: TargetBrowser;
  /** A private copy of the build: another `wxt build` in the tree cannot change it under the browser. */
  dir: string;
  /** Where `wxt build` wrote it (.output/chrome-mv3, .output/firefox-mv2). */
  outputDir: string;
  runId: string;
  reused: boolean;
  ms: number;
}

const OUTPUT_DIRS: Record<TargetBrowser, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

function markerPath(browser: TargetBrowser): string {
  return join(WORK, `build-${browser}.json`);
}

/** The build marker of an earlier call in the same run, if its copy is still there. */
export function reusableBuild(browser: TargetBrowser, runId: string | undefined): Build | null {
  if (!runId || !existsSync(markerPath(browser))) return null;
  try {
    const marker = JSON.parse(readFileSync(markerPath(browser), 'utf8')) as Build;
    if (marker.runId === runId && marker.browser === browser && existsSync(join(marker.dir, 'manifest.json'))) return { ...marker, reused: true };
  } catch {
    // A corrupt marker: build again.
  }
  return null;
}

/** Runs `npx wxt build` (`-b firefox` for Firefox) once per run, and copies the result aside. */
export async function buildExtension(options: BuildOptions = {}): Promise<Build> {
  const browser = options.browser ?? 'chrome';
  const runId = options.runId ?? 'adhoc'; // a build outside a test run: one copy, replaced each time
  const early = reusableBuild(browser, options.runId);
  if (early) return early;
  // One `wxt build` at a time in this tree: test files of one run (in parallel workers) wait for
  // each other and then reuse the build; two builds would write .output/ and .wxt/ together.
  const release = await buildLock();
  try {
    const reused = reusableBuild(browser, options.runId);
    if (reused) return reused;
    return await buildNow(browser, runId, options);
  } finally {
    release();
  }
}

/** A lock directory under .tmp/e2e (a stale one, older than 5 minutes, is taken over). */
export async function buildLock(): Promise<() => void> {
  mkdirSync(WORK, { recursive: true });
  const lock = join(WORK, 'build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function buildNow(browser: TargetBrowser, runId: string, options: BuildOptions): Promise<Build> {
  const started = Date.now();
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  options.log?.(`building the extension: npx ${args.join(' ')}`);
  const output = await run('npx', args, ROOT);
  const outputDir = join(ROOT, '.output', OUTPUT_DIRS[browser]);
  if (!existsSync(join(outputDir, 'manifest.json'))) throw new Error(`npx ${args.join(' ')} wrote no ${outputDir}/manifest.json\n${output.slice(-4000)}`);
  mkdirSync(WORK, { recursive: true });
  pruneOldCopies();
  const dir = join(WORK, `ext-${browser}-${runId}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(outputDir, dir, { recursive: true });
  const build: Build = { browser, dir, outputDir, runId, reused: false, ms: Date.now() - started };
  writeFileSync(markerPath(browser), JSON.stringify(build, null, 2));
  options.log?.(`built ${browser} in ${(build.ms / 1000).toFixed(1)} s → ${dir}`);
  return build;
}

/** Copies of builds more than two hours old (other runs' are left alone while they may be in use). */
function pruneOldCopies(): void {
  for (const name of readdirSync(WORK)) {
    if (!name.startsWith('ext-')) continue;
    const path = join(WORK, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 2 * 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${out.slice(-4000)}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Static server

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

// ---------------------------------------------------------------------------------------------
// Browser

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  /** A fresh temporary profile unless given. */
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Made by a service worker (the extension's background), not by a page. */
  serviceWorker: string | null;
  /** URL of the frame that made it, when a page did. */
  frameUrl: string | null;
  /** URL of the top document of the page that made it. */
  pageUrl: string | null;
  at: number;
}

/** A request of a web page as the DevTools protocol saw it, with who asked for it. */
export interface InitiatedRequest {
  url: string;
  resourceType: string;
  /** The page's top document when the request was made. */
  pageUrl: string;
  /** The document that made it. */
  documentUrl: string;
  /** parser, script, preload, other… */
  initiatorType: string;
  /** The initiator's URL and every script URL on its stack (content scripts show as chrome-extension://). */
  initiatorUrls: string[];
  at: number;
}

export interface PageLog {
  page: string;
  type: string;
  text: string;
  /** The script that logged it (chrome-extension://… for the content scripts and extension pages). */
  source?: string;
}

export interface GoujiBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  /** Every request the browser reported, from pages and service workers. */
  requests: RecordedRequest[];
  /** Every request of the pages opened with newPage(), with its initiator (DevTools protocol). */
  initiated: InitiatedRequest[];
  /** A new tab whose requests are recorded with their initiators before it loads anything. */
  newPage(): Promise<Page>;
  /** Console messages and page errors of every page. */
  logs: PageLog[];
  /** The extension's service worker (woken or waited for if needed). */
  worker(): Promise<Worker>;
  /** Runs a function in the extension's service worker, where `chrome.*` is available. */
  inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Chrome's id of the tab showing `page` (found by URL through chrome.tabs.query). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** What the background stored for the tab after the content script's audit, if anything. */
  storedAudit(tabId: number): Promise<StoredAudit | null>;
  /** Waits until the content script reported an audit of the tab. */
  waitForAudit(tabId: number, options?: { timeout?: number; after?: string }): Promise<StoredAudit>;
  /** Lets the extension's pages read and write the clipboard without a prompt. */
  grantClipboard(): Promise<void>;
  /** Opens the side panel's page in a tab, bound to `tabId` as the side panel is. */
  openPanel(tabId: number, options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface StoredAudit {
  // The audit result of SPEC.md §3, as the content script sent it.
  result: {
    detected: boolean;
    source: string;
    report: { title?: string | null; agency?: string | null; year?: number | null; template?: string | null } | null;
    findings: { check: string; severity: 'error' | 'warning' | 'info'; at: Record<string, string>; cells?: { row: string; col: string; ref?: { t: number; r: number; c: number } }[] }[];
    tables: { applications: { rows: Record<string, (number | null)[]> } | null };
    [key: string]: unknown;
  };
  auditedAt: string;
  frameId: number;
}

export const CHROMIUM_FLAGS = [
  // Every gov.cn name is the local server; any other name fails at once, so nothing leaves the machine.
  '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchWithExtension(options: LaunchOptions): Promise<GoujiBrowser> {
  const ext = resolve(options.extensionDir);
  if (!existsSync(CHROMIUM)) throw new Error(findBrowser('chromium').help || `no browser at CHROMIUM=${CHROMIUM}`);
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gouji-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_FLAGS],
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const requests: RecordedRequest[] = [];
  const initiated: InitiatedRequest[] = [];
  const logs: PageLog[] = [];
  const record = (r: Request) => {
    let frameUrl: string | null = null;
    let pageUrl: string | null = null;
    const sw = r.serviceWorker();
    if (!sw) {
      try {
        const frame = r.frame();
        frameUrl = frame.url();
        pageUrl = frame.page().mainFrame().url();
      } catch {
        // Requests of a navigation before the frame exists.
      }
    }
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), serviceWorker: sw ? sw.url() : null, frameUrl, pageUrl, at: Date.now() });
  };
  context.on('request', record);
  const watchPage = (page: Page) => {
    page.on('console', (m) => logs.push({ page: page.url(), type: m.type(), text: m.text(), source: m.location().url }));
    page.on('pageerror', (e) => logs.push({ page: page.url(), type: 'pageerror', text: String(e) }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  type Initiator = { type: string; url?: string; stack?: Stack };
  type Stack = { callFrames: { url: string }[]; parent?: Stack };
  const newPage = async (): Promise<Page> => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; type?: string; documentURL: string; initiator: Initiator }) => {
      const urls = new Set<string>();
      if (e.initiator.url) urls.add(e.initiator.url);
      for (let stack = e.initiator.stack; stack; stack = stack.parent) for (const f of stack.callFrames) if (f.url) urls.add(f.url);
      initiated.push({
        url: e.request.url,
        resourceType: e.type ?? 'Other',
        pageUrl: page.url(),
        documentUrl: e.documentURL,
        initiatorType: e.initiator.type,
        initiatorUrls: [...urls],
        at: Date.now(),
      });
    });
    await cdp.send('Network.enable');
    return page;
  };

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let first = context.serviceWorkers().find(isOurs);
  if (!first) first = await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  const extensionId = new URL(first.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
    if (live) return live;
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(extensionOrigin), timeout: 15_000 });
  };
  const inWorker = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    for (let attempt = 0; ; attempt++) {
      try {
        // As source text, with a no-op __name: tsx (esbuild keepNames) wraps named functions in
        // __name(...) calls that do not exist in the worker.
        const source = `((__name) => (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}))((f) => f)`;
        return (await (await worker()).evaluate(source)) as R;
      } catch (error) {
        // A service worker stopped between lookup and call: look it up again once.
        if (attempt > 0 || !/closed|destroyed|Target/i.test(String(error))) throw error;
      }
    }
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const ids = await inWorker(async (u: string) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1), url);
    if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length} (give each page its own URL)`);
    return ids[0]!;
  };
  const badgeText = (tabId: number) => inWorker((t: number) => chrome.action.getBadgeText({ tabId: t }), tabId);
  const storedAudit = (tabId: number) =>
    inWorker(async (t: number) => ((await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] ?? null) as StoredAudit | null, tabId);
  const waitForAudit = async (tabId: number, opts: { timeout?: number; after?: string } = {}): Promise<StoredAudit> => {
    const deadline = Date.now() + (opts.timeout ?? 10_000);
    for (;;) {
      const stored = await storedAudit(tabId);
      if (stored && (!opts.after || stored.auditedAt > opts.after)) return stored;
      if (Date.now() > deadline) throw new Error(`no audit of tab ${tabId} stored within ${opts.timeout ?? 10_000} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const openPanel = async (tabId: number, opts: { width?: number; height?: number } = {}): Promise<Page> => {
    const panel = await newPage();
    await panel.setViewportSize({ width: opts.width ?? 420, height: opts.height ?? 900 });
    await panel.goto(`${extensionOrigin}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid=verdict], .not-report, .status.error', { timeout: 10_000 });
    return panel;
  };

  const grantClipboard = async (): Promise<void> => {
    // Playwright turns a chrome-extension:// origin into the opaque "null" and refuses it; the
    // protocol grant for the exact origin is not honoured for extension pages either. Granted to
    // every origin of this throwaway profile instead.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  };

  return {
    context,
    extensionId,
    grantClipboard,
    extensionOrigin,
    requests,
    initiated,
    newPage,
    logs,
    worker,
    inWorker,
    tabIdOf,
    badgeText,
    storedAudit,
    waitForAudit,
    openPanel,
    close: async () => {
      await context.close().catch(() => undefined);
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the extension changed in a page

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
  return page.evaluate(`((__name) => (${fn.toString()})(document))((f) => f)`) as Promise<R>;
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

/** Scrolls section three into view (the pill just above it) and points at its first error cell. */
export async function hoverFirstError(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('[data-gouji]')?.closest('table')?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -40);
  });
  await page.locator('[data-gouji=error]').first().hover();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
