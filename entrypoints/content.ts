import { worthAuditing } from '@/lib/page/detect';
import { handle, parseToContent, sendToBackground, type AuditReply, type ToContent } from '@/lib/protocol';
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
      // Once the auditor is loaded it answers get and rerun itself (entrypoints/auditor.ts).
      const none: AuditReply = { result: null, auditedAt: null, error: null };
      const onRequest = handle<ToContent, unknown>(parseToContent, {
        'gouji/links': () => ({ links: reportLinks(document, location.href).filter((l) => sameSite(l.href, location.href)) }),
        'gouji/get': () => (world.__goujiAuditor ? undefined : none),
        'gouji/rerun': () => {
          if (started || world.__goujiAuditor) return undefined;
          started = true;
          return requestAudit().then(() => none);
        },
      });
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
  return sendToBackground(browser.runtime, 'gouji/inject', {}).catch(() => undefined);
}
