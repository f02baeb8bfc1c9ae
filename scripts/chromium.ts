/**
 * Launches Debian's Chromium (or $CHROMIUM, never a downloaded one) with the built extension, and
 * talks to its service worker: tab ids, badge, stored audits, the side panel's page. Used by
 * `npm start` (scripts/start.ts) and the E2E tests (through tests/e2e/harness.ts). No network:
 * every *.gov.cn name resolves to 127.0.0.1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { findBrowser } from './browsers';
import { source } from './in-browser';

/** $CHROMIUM, else the first Chromium/Chrome of scripts/browsers.ts's list (Debian: /usr/bin/chromium). */
export const CHROMIUM = process.env.CHROMIUM || findBrowser('chromium').path || '/usr/bin/chromium';

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
    findings: {
      check: string;
      severity: 'error' | 'warning' | 'info';
      at: Record<string, string>;
      cells?: { row: string; col: string; ref?: { t: number; r: number; c: number } }[];
    }[];
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
        return (await (await worker()).evaluate(source(fn, arg))) as R;
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

/** Scrolls section three into view (the pill just above it) and points at its first error cell. */
export async function hoverFirstError(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('[data-gouji]')?.closest('table')?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -40);
  });
  await page.locator('[data-gouji=error]').first().hover();
}
