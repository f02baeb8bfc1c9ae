/**
 * The e2e harness: the shared browser code of scripts/ (extension-build.ts, static-server.ts,
 * chromium.ts, page-marks.ts), plus what only the tests need: the build from global-setup.ts, expected marks
 * computed with the library in jsdom, and the network ledger.
 */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { auditDocument, resultWithMessages } from '../../lib/audit';
import type { Cause } from '../../lib/causes';
import { markFindings } from '../../lib/live/mark';
import { parseHtml } from '../helpers/dom';
import { launchWithExtension, type GoujiBrowser } from '../../scripts/chromium';
import { buildExtension, type Build } from '../../scripts/extension-build';
import { describeMarks, inPage, type Mark } from '../../scripts/page-marks';
import { startServer, type ServerOptions, type StaticServer } from '../../scripts/static-server';
import type { Page } from 'playwright-core';

export * from '../../scripts/chromium';
export * from '../../scripts/extension-build';
export * from '../../scripts/in-browser';
export * from '../../scripts/page-marks';
export * from '../../scripts/paths';
export * from '../../scripts/static-server';

/** The build global-setup.ts made for this run (or a fresh one when run without it). */
export async function extensionBuild(): Promise<Build> {
  let build: Build | undefined;
  let runId: string | undefined;
  try {
    build = inject('goujiBuild');
    runId = inject('goujiRunId');
  } catch {
    // Not provided: this file runs outside the e2e project.
  }
  return build ?? buildExtension({ browser: 'chrome', runId: runId ?? process.env.GOUJI_E2E_RUN_ID });
}

export interface E2E {
  build: Build;
  server: StaticServer;
  browser: GoujiBrowser;
  /** Every URL the test navigated a tab to. */
  navigated: Set<string>;
  close(): Promise<void>;
}

/** One server and one browser for a test file. */
export async function startE2E(options: { headless?: boolean; route?: ServerOptions['route'] } = {}): Promise<E2E> {
  const build = await extensionBuild();
  const server = await startServer(options.route ? { route: options.route } : {});
  let browser: GoujiBrowser;
  try {
    browser = await launchWithExtension({ extensionDir: build.dir, headless: options.headless ?? true });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    build,
    server,
    browser,
    navigated: new Set(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The marks Gouji's library puts on the page, computed in jsdom from the same file. */
export function expectedMarks(file: string, url: string): Mark[] {
  const doc = parseHtml(readFileSync(file, 'utf8'), url);
  const { result, dom } = auditDocument(doc, { source: url });
  if (!result.detected || !dom) return [];
  const worded = resultWithMessages(result, 'zh-CN');
  markFindings(doc, dom, worded.findings, new Set(worded.findings.map((_, i) => i)), worded.causes as Cause[]);
  return describeMarks(doc);
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Requests nobody but the extension could have made, each described in a line:
 * - the background (service worker) fetching anything but its own files;
 * - the panel (an extension page) loading anything but extension files, blobs and data URLs;
 * - a web page's request whose initiator stack runs through a chrome-extension:// script (the
 *   content script), or that no page markup or page script asked for;
 * - anything reaching the server that is neither a page the test navigated to, a subresource
 *   that page's own HTML declares, nor the browser's /favicon.ico.
 */
export function unexplainedRequests(e2e: E2E): { browser: string[]; server: string[] } {
  const { extensionOrigin: origin, requests, initiated } = e2e.browser;
  const navigated = new Set([...e2e.navigated].map(withoutHash));
  const declared = new Set<string>();
  for (const [page, urls] of e2e.server.declared) if (navigated.has(page)) urls.forEach((u) => declared.add(u));
  const extensionOwn = (url: string) => url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
  const fromExtension = (urls: string[]) => urls.some((u) => u.startsWith('chrome-extension://'));
  const out: string[] = [];
  for (const r of requests) {
    if (r.serviceWorker && !extensionOwn(r.url)) out.push(`background ${r.method} ${r.url}`);
    else if (r.pageUrl?.startsWith(`${origin}/`) && !extensionOwn(r.url)) out.push(`panel ${r.method} ${r.url}`);
    else if (!r.serviceWorker && !r.pageUrl?.startsWith(`${origin}/`) && !extensionOwn(r.url) && r.url !== 'about:blank') {
      // A web page's request the DevTools ledger did not see (e.g. in an out-of-process frame).
      const seen = initiated.some((i) => i.url === r.url);
      if (!seen && !navigated.has(withoutHash(r.url)) && !declared.has(withoutHash(r.url))) out.push(`page ${r.method} ${r.url} (frame ${r.frameUrl})`);
    }
  }
  for (const r of initiated) {
    if (r.pageUrl.startsWith(`${origin}/`) || r.documentUrl.startsWith(`${origin}/`)) continue; // the panel: checked above
    if (fromExtension(r.initiatorUrls)) out.push(`page ${r.resourceType} ${r.url} made by ${r.initiatorUrls.join(' < ')}`);
    else if (extensionOwn(r.url)) continue;
    else if (r.resourceType === 'Document' && navigated.has(withoutHash(r.url))) continue;
    else if (r.initiatorType !== 'other' && r.initiatorUrls.length > 0)
      continue; // the page's markup or scripts
    else if (declared.has(withoutHash(r.url)))
      continue; // in the page's markup (images show initiator "other")
    else if (new URL(r.url).pathname === '/favicon.ico' && r.resourceType === 'Other')
      continue; // the browser's own
    else out.push(`page ${r.resourceType} ${r.url} (initiator ${r.initiatorType})`);
  }
  const server = e2e.server.requests
    .filter((r) => !navigated.has(withoutHash(r.url)) && r.path !== '/favicon.ico' && !declared.has(withoutHash(r.url)))
    .map((r) => `${r.method} ${r.url} → ${r.status}`);
  return { browser: out, server };
}

/** Opens `path` of the test server (as `host`) in a new recorded tab and notes the URL as navigated. */
export async function visit(e2e: E2E, path: string, host = 'www.example.gov.cn', page?: Page): Promise<Page> {
  const url = e2e.server.url(path, host);
  e2e.navigated.add(url);
  const tab = page ?? (await e2e.browser.newPage());
  await tab.goto(url);
  return tab;
}

/**
 * An init script for every page of the context: at DOMContentLoaded (before any document_idle
 * content script) it keeps the page's outerHTML, then logs every DOM mutation from then on, in the
 * page's own world, where nothing of the extension runs.
 */
export const DOM_RECORDER = `(() => {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const state = { dcl: null, mutations: [] };
  Object.defineProperty(window, '__goujiTest', { value: state });
  document.addEventListener('DOMContentLoaded', () => {
    state.dcl = document.documentElement.outerHTML;
    new MutationObserver((list) => {
      for (const m of list) {
        const target = m.target.nodeName + (m.target.id ? '#' + m.target.id : '');
        if (m.type === 'attributes') state.mutations.push('attr ' + m.attributeName + ' on ' + target);
        else if (m.type === 'characterData') state.mutations.push('text in ' + (m.target.parentNode ? m.target.parentNode.nodeName : '?'));
        else {
          for (const n of m.addedNodes) state.mutations.push('add ' + n.nodeName + (n.id ? '#' + n.id : '') + (n.getAttribute && n.getAttribute('data-gouji-ui') ? '[' + n.getAttribute('data-gouji-ui') + ']' : '') + ' to ' + target);
          for (const n of m.removedNodes) state.mutations.push('remove ' + n.nodeName + (n.id ? '#' + n.id : '') + ' from ' + target);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, { once: true });
})();`;

export interface DomTrace {
  /** outerHTML at DOMContentLoaded. */
  dcl: string | null;
  /** outerHTML now. */
  now: string;
  /** outerHTML now without Gouji's traces (data-gouji*, gouji-ui, #gouji-style). */
  withoutGouji: string;
  mutations: string[];
}

export function domTrace(page: Page): Promise<DomTrace> {
  return inPage(page, (doc) => {
    const state = (doc.defaultView as unknown as { __goujiTest?: { dcl: string | null; mutations: string[] } }).__goujiTest;
    const clone = doc.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('gouji-ui, style#gouji-style').forEach((el) => el.remove());
    clone.querySelectorAll('*').forEach((el) => {
      for (const name of el.getAttributeNames()) if (name === 'data-gouji' || name.startsWith('data-gouji-')) el.removeAttribute(name);
    });
    return { dcl: state?.dcl ?? null, now: doc.documentElement.outerHTML, withoutGouji: clone.outerHTML, mutations: state?.mutations.slice() ?? [] };
  });
}

/** Polls `fn` until it returns a truthy value (not rAF-based: works in background tabs too). */
export async function until<T>(fn: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
