import { notTheDocument } from '@/lib/page/not-the-document';

const POLL_MS = 400;

/**
 * A linked page read in a background tab of this window: the page runs its scripts (a challenge
 * sets its cookie and reloads; a script-built article is written), then its document is read and
 * the tab closed. No new permission: the extension's host access to gov.cn already covers it.
 * Resolves with the page as it stands when it is the document, or when time runs out (the
 * batch then names what stood in front of it).
 */
export async function readInTab(href: string, signal: AbortSignal, timeoutMs = 25_000): Promise<{ html: string; url: string }> {
  const tab = await browser.tabs.create({ url: href, active: false });
  const tabId = tab.id!;
  const close = () => browser.tabs.remove(tabId).catch(() => undefined);
  signal.addEventListener('abort', close, { once: true });
  try {
    const deadline = Date.now() + timeoutMs;
    let last: { html: string; url: string } | null = null;
    while (Date.now() < deadline) {
      if (signal.aborted) throw new Error('cancelled');
      await new Promise((r) => setTimeout(r, POLL_MS));
      const now = await browser.tabs.get(tabId).catch(() => null);
      if (!now) throw new Error('the background tab was closed');
      if (now.status !== 'complete') continue;
      const [injection] = await browser.scripting
        .executeScript({ target: { tabId }, func: () => ({ html: document.documentElement.outerHTML, url: location.href }) })
        .catch(() => [undefined]);
      const page = injection?.result as { html: string; url: string } | undefined;
      if (!page) continue;
      last = page;
      if (!notTheDocument({ status: 200, url: href, finalUrl: page.url, html: page.html })) return page;
    }
    if (last) return last;
    throw new Error(`no page within ${timeoutMs / 1000} s`);
  } finally {
    signal.removeEventListener('abort', close);
    await close();
  }
}
