import { worthAuditing } from '@/lib/page/detect';
import { parseToContent } from '@/lib/content-messages';
import { reportLinks, sameSite } from '@/lib/page/links';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // One guarded entry: whatever happens here must never break the page.
    try {
      // One instance per frame, whatever injects it.
      const world = globalThis as { __goujiLoaded?: boolean; __goujiAuditor?: boolean };
      if (world.__goujiLoaded) return;
      world.__goujiLoaded = true;
      let started = false;
      // Until an audit runs, the panel still gets answers: the page's report links (a portal's
      // listing), "not a report", and an audit forced by 审核此页. Answered on request only.
      const onRequest = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
        const message = parseToContent(raw);
        if (message?.type === 'gouji/links') {
          reply({ links: reportLinks(document, location.href).filter((l) => sameSite(l.href, location.href)) });
        } else if (!world.__goujiAuditor && message?.type === 'gouji/get') {
          reply({ result: null, auditedAt: null, error: null });
        } else if (!started && !world.__goujiAuditor && message?.type === 'gouji/rerun') {
          started = true;
          void requestAudit().then(() => reply({ result: null, auditedAt: null, error: null }));
          return true;
        }
      };
      browser.runtime.onMessage.addListener(onRequest);
      ctx.onInvalidated(() => {
        browser.runtime.onMessage.removeListener(onRequest);
        world.__goujiLoaded = false;
      });
      // The common case, an ordinary gov.cn page: a few string tests, then nothing at all.
      if (!worthAuditing(document, location.href)) return;
      started = true;
      await requestAudit();
    } catch (error) {
      console.warn('[gouji] audit failed', error);
    }
  },
});

/** The audit and its UI load only where they are needed: the background injects them into this frame. */
function requestAudit(): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'gouji/inject' }).catch(() => undefined);
}
