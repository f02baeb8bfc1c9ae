/**
 * Drives the built Firefox add-on (.output/firefox-mv2) in a real Firefox — Debian's firefox-esr
 * or any Firefox scripts/browsers.ts finds — through puppeteer-core over WebDriver BiDi. Shared by
 * tests/e2e/firefox.test.ts and `npm start -- --firefox`. Nothing is downloaded.
 *
 * How (and the pitfalls met on the way):
 * - The add-on is installed as a temporary add-on (BiDi webExtension.install) with its
 *   moz-extension:// UUID fixed in advance (extensions.webextensions.uuids), so its pages have a
 *   known address. `--remote-allow-system-access` is needed to open them in a tab.
 * - Firefox has no --host-resolver-rules: network.dns.forceResolve sends every host name to
 *   127.0.0.1 (the test server answers any *.gov.cn name); HTTPS-First/Only are off so http://
 *   gov.cn addresses stay http.
 * - The extension's APIs (tabs, badge, storage, scripting) are reached from an extension page
 *   opened in a tab of its own (the "control" tab): Firefox MV2 has a background page, not a
 *   service worker that puppeteer could evaluate in.
 * - Extension pages send no load events over BiDi: navigate without waiting, then poll the page's
 *   address and ready state. A page whose third-party frame cannot resolve fails the top-level
 *   navigation ("Address rejected") though the page loads: wait for readyState instead.
 * - Console output: devtools.console.stdout.content/.chrome copy console messages (content
 *   scripts, extension pages, the background) to Firefox's stdout, where extensionErrors() picks
 *   out the extension's errors (and Gouji's own "[gouji] … failed" warnings).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from './browsers';
import type { StoredAudit } from './chromium';
import { callSource, sleep, source } from './in-browser';
import { describeMarks, type Mark } from './page-marks';

/** The add-on's moz-extension:// host in every profile these scripts make. */
export const FIREFOX_UUID = '3c5f0b1e-9a7d-4e2b-8c61-6f0d2a4b9e17';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export const FIREFOX_PREFS: Record<string, unknown> = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.proxy.type': 0,
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_first_schemeless': false,
  'dom.security.https_only_mode': false,
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': false,
  'intl.locale.requested': 'zh-CN',
  'intl.accept_languages': 'zh-CN, zh, en',
  // Quiet and local: no update checks, telemetry, safe-browsing lists or captive-portal probes.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'ui.prefersReducedMotion': 0,
};

export interface FirefoxLaunchOptions {
  extensionDir: string;
  headless?: boolean;
  addonId: string;
  viewport?: { width: number; height: number } | null;
}

export interface FirefoxGouji {
  browser: Browser;
  executable: string;
  addonId: string;
  extensionOrigin: string;
  launchMs: number;
  installMs: number;
  /** Every line Firefox wrote to stdout/stderr. */
  output: string[];
  /** Console messages of every tab opened through newPage/open/openPanel. */
  consoles: ConsoleEntry[];
  /** The lines of output that are errors of the extension (or Gouji's own failure warnings). */
  extensionErrors(): string[];
  newPage(): Promise<Page>;
  /** Opens `url` in a new tab and waits for its document to be complete. */
  open(url: string, page?: Page): Promise<Page>;
  /** Runs a function in an extension page (browser.* available), as source text. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  storedAudit(tabId: number): Promise<StoredAudit | null>;
  waitForAudit(tabId: number, options?: { timeout?: number }): Promise<StoredAudit>;
  overlayState(tabId: number): Promise<{ pill: string | null; card: { hidden: boolean; text: string } | null }>;
  readMarks(page: Page): Promise<Mark[]>;
  /** The sidebar's page in a tab, bound to `tabId` as the sidebar is. */
  openPanel(tabId: number, options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Polls the tab until its address starts with `url` and its document is complete. */
export async function waitForDocument(page: Page, url: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    try {
      last = (await page.evaluate('location.href + " " + document.readyState')) as string;
      if (last.startsWith(url.replace(/#.*$/, '')) && last.endsWith(' complete')) return;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms (last: ${last})`);
    await sleep(100);
  }
}

/** Navigates without waiting for events (extension pages send none; some pages' navigations "fail" though they load). */
export async function navigate(page: Page, url: string, timeout?: number): Promise<void> {
  page.goto(url, { waitUntil: [] as unknown as 'load', timeout: 0 }).catch(() => undefined);
  await waitForDocument(page, url, timeout);
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxGouji> {
  const found = findBrowser('firefox');
  if (!found.path) throw new Error(found.help);
  const profile = mkdtempSync(join(tmpdir(), 'gouji-firefox-'));
  const t0 = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.path,
    headless: options.headless ?? true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    extraPrefsFirefox: { ...FIREFOX_PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: FIREFOX_UUID }) },
  });
  const launchMs = Date.now() - t0;
  const output: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let buffered = '';
    stream?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      output.push(...lines);
    });
  }
  const consoles: ConsoleEntry[] = [];
  const watch = (page: Page): Page => {
    page.on('console', (m) => consoles.push({ type: m.type(), text: m.text(), source: m.location()?.url ?? '', page: page.url() }));
    page.on('pageerror', (e) => consoles.push({ type: 'error', text: `uncaught ${String(e)}`, source: '', page: page.url() }));
    return page;
  };
  const newPage = async () => watch(await browser.newPage());
  const t1 = Date.now();
  const installed = await browser.installExtension(resolve(options.extensionDir));
  const installMs = Date.now() - t1;
  if (installed !== options.addonId) throw new Error(`Firefox installed the add-on as ${installed}, not ${options.addonId}`);

  let control: Page | null = null;
  const controlPage = async (): Promise<Page> => {
    if (control && !control.isClosed()) return control;
    control = await newPage();
    // An extension page of its own, bound to no tab; the panel's code runs in it but is not used.
    await navigate(control, `${FIREFOX_ORIGIN}/sidepanel.html?tabId=-1&control=1`);
    return control;
  };
  const inExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => (await (await controlPage()).evaluate(source(fn, arg))) as R;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const ids = await inExtension(async (u: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await b.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
    }, url);
    if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
    return ids[0]!;
  };
  const badgeText = (tabId: number) =>
    inExtension(
      (t: number) => (globalThis as unknown as { browser: { browserAction: typeof chrome.action } }).browser.browserAction.getBadgeText({ tabId: t }),
      tabId,
    );
  const storedAudit = (tabId: number) =>
    inExtension(async (t: number) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      return ((await b.storage.session.get(`tab:${t}`))[`tab:${t}`] ?? null) as StoredAudit | null;
    }, tabId);
  const waitForAudit = async (tabId: number, opts: { timeout?: number } = {}): Promise<StoredAudit> => {
    const deadline = Date.now() + (opts.timeout ?? 15_000);
    for (;;) {
      const stored = await storedAudit(tabId);
      if (stored) return stored;
      if (Date.now() > deadline) throw new Error(`no audit of tab ${tabId} stored within ${opts.timeout ?? 15_000} ms`);
      await sleep(100);
    }
  };
  const overlayState = (tabId: number) =>
    inExtension(async (t: number) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [injection] = await b.scripting.executeScript({
        target: { tabId: t },
        func: () => {
          // Firefox gives content scripts Element.openOrClosedShadowRoot (Chrome: chrome.dom's).
          type Host = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
          const pillHost = document.querySelector('gouji-ui[data-gouji-ui=pill]') as Host | null;
          const cardHost = document.querySelector('gouji-ui[data-gouji-ui=card]') as Host | null;
          const pillRoot = pillHost?.openOrClosedShadowRoot ?? null;
          const cardRoot = cardHost?.openOrClosedShadowRoot ?? null;
          const card = cardRoot?.querySelector('.card') as HTMLElement | null | undefined;
          return {
            pill: pillRoot ? (pillRoot.querySelector('button')?.textContent ?? '') : null,
            card: card ? { hidden: card.hidden, text: card.textContent ?? '' } : null,
          };
        },
      });
      return injection?.result as { pill: string | null; card: { hidden: boolean; text: string } | null };
    }, tabId);

  const open = async (url: string, page?: Page): Promise<Page> => {
    const tab = page ?? (await newPage());
    await navigate(tab, url);
    return tab;
  };

  const openPanel = async (tabId: number, opts: { width?: number; height?: number } = {}): Promise<Page> => {
    const panel = await newPage();
    await panel.setViewport({ width: opts.width ?? 420, height: opts.height ?? 900 });
    await navigate(panel, `${FIREFOX_ORIGIN}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid=verdict], .not-report, .status.error', { timeout: 15_000 });
    return panel;
  };

  const extensionErrors = () => firefoxExtensionErrors(output, consoles);

  return {
    browser,
    executable: found.path,
    addonId: options.addonId,
    extensionOrigin: FIREFOX_ORIGIN,
    launchMs,
    installMs,
    output,
    extensionErrors,
    consoles,
    newPage,
    open,
    inExtension,
    tabIdOf,
    badgeText,
    storedAudit,
    waitForAudit,
    overlayState,
    readMarks: (page) => page.evaluate(callSource(describeMarks, 'document')) as Promise<Mark[]>,
    openPanel,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** The script the message came from (moz-extension://… for the add-on's content scripts and pages). */
  source: string;
  /** The tab's address when it was logged. */
  page: string;
}

const OURS = (url: string) => url.startsWith(FIREFOX_ORIGIN) || url.startsWith('moz-extension://');
const FAILURE_WARNING = /\[gouji\].*(fail|error)/i;

/**
 * The extension's errors, from two sources:
 * - the console of every tab (BiDi log entries, with the script that logged them): errors logged
 *   by the add-on's content scripts or in its pages, and Gouji's own "[gouji] … failed" warnings;
 * - Firefox's stdout (devtools.console.stdout.*), for what no tab shows: uncaught exceptions in
 *   the add-on's scripts ("JavaScript error: moz-extension://…"), and console errors of the
 *   background page that name Gouji or the add-on (a line no tab logged carries no source, and
 *   Firefox writes its own errors there too). The browser's own chrome:// and
 *   resource:// noise, and errors of the web pages themselves, are not the extension's.
 */
export function firefoxExtensionErrors(output: string[], consoles: ConsoleEntry[]): string[] {
  const out: string[] = [];
  for (const c of consoles) {
    const ours = OURS(c.source) || OURS(c.page) || c.source === 'sandbox eval code';
    if (!ours) continue;
    if (c.type === 'error' || c.type === 'assert' || (c.type === 'warn' && FAILURE_WARNING.test(c.text)))
      out.push(`console.${c.type} (${c.source || c.page}): ${c.text}`);
  }
  for (const line of output) {
    const uncaught = /^JavaScript error: (\S+?)(?:,| line)/.exec(line);
    if (uncaught) {
      if (OURS(uncaught[1]!) || uncaught[1] === 'sandbox') out.push(line);
      continue;
    }
    const logged = /^console\.(error|warn): (.*)$/.exec(line);
    if (!logged) continue;
    // Firefox logs its own errors here too, with no source ("RSLoader: …", "Security state …"):
    // a line no tab logged counts when it names the add-on or Gouji.
    if (/chrome:\/\/|resource:\/\//.test(logged[2]!) || !/gouji|moz-extension:/i.test(logged[2]!)) continue;
    if (logged[1] === 'warn' && !FAILURE_WARNING.test(logged[2]!)) continue;
    const seen = consoles.some((c) => c.text && logged[2]!.includes(c.text.slice(0, 200)));
    if (!seen) out.push(`${line} (not logged by any tab: the background page?)`);
  }
  return out;
}
