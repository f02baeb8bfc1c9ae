import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageSession } from '@/lib/live/session';
import { findTableImages } from '@/lib/page/table-images';
import { handle, LOCAL_KEYS, parseToContent, sendToBackground, type AuditReply, type ToContent } from '@/lib/protocol';
import { parseDismissed, parseSettings } from '@/lib/settings';
import { findPrevious, parseHistory, remember } from '@/lib/history';

/**
 * The audit itself, with the marks, pill and cards: injected by the background into a frame the
 * content script found worth it (or by 审核此页), so ordinary pages never load it.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { __goujiAuditor?: boolean };
  if (world.__goujiAuditor) return;
  world.__goujiAuditor = true;
  const ctx = new ContentScriptContext('gouji-auditor');
  ctx.onInvalidated(() => (world.__goujiAuditor = false));
  // One guarded entry: whatever happens here must never break the page.
  start(ctx).catch((error: unknown) => console.warn('[gouji] audit failed', error));
});

async function start(ctx: InstanceType<typeof ContentScriptContext>): Promise<PageSession> {
  const stored = await browser.storage.local.get([LOCAL_KEYS.settings, LOCAL_KEYS.dismissed, LOCAL_KEYS.history]);
  let history = parseHistory(stored.history);
  const settings = parseSettings(stored.settings);
  const dismissed = parseDismissed(stored.dismissed)[location.href] ?? [];
  let lastError: string | null = null;
  const session = new PageSession(document, {
    lang: settings.lang,
    disabled: settings.disabled,
    dismissed,
    previousFor: (agency, year) => findPrevious(history, agency, year),
    onAudited: (result, auditedAt, memo, verdict, partial) => {
      void sendToBackground(browser.runtime, 'gouji/audited', {
        result,
        auditedAt,
        partial,
        visibleErrors: verdict.counts.error,
        verdict,
        lang: settings.lang,
      }).catch(() => undefined);
      // Remembered for next year's report of the same agency (bounded, local to this browser).
      if (memo) {
        void browser.storage.local
          .get(LOCAL_KEYS.history)
          .then((s) => browser.storage.local.set({ [LOCAL_KEYS.history]: remember(parseHistory(s.history), memo) }))
          .catch(() => undefined);
      }
    },
    onOpenPanel: () => void sendToBackground(browser.runtime, 'gouji/open-panel', {}).catch(() => undefined),
  });
  try {
    session.start();
  } catch (error) {
    lastError = (error as Error).message;
    throw error;
  }

  // The panel asks for the whole audit: prose checks still waiting for idle time run now.
  const current = (): AuditReply => {
    session.finish();
    return { result: session.audit?.result ?? null, auditedAt: session.auditedAt, error: lastError ?? session.failure };
  };
  // A handler that throws answers with the error: the panel says it rather than waiting.
  const guarded = <T>(run: () => T, failed: T): T => {
    try {
      return run();
    } catch (error) {
      lastError = (error as Error).message;
      return failed;
    }
  };
  const failedReply = (): AuditReply => ({ result: null, auditedAt: null, error: lastError });
  const onMessage = handle<ToContent, unknown>(parseToContent, {
    'gouji/get': () => guarded(current, failedReply()),
    // Asked by the panel only for a report whose table is not in the page's text.
    'gouji/images': () => ({ images: findTableImages(document) }),
    'gouji/locate': (m) => guarded(() => ({ located: session.locate(m.refs, m.quote) }), { located: 0 }),
    'gouji/show-blanks': (m) =>
      guarded(
        () => {
          session.showBlanks(m.show);
          return { shown: m.show };
        },
        { shown: false },
      ),
    // The panel may just have added last year's report to the history: read it again first.
    'gouji/rerun': () =>
      browser.storage.local
        .get(LOCAL_KEYS.history)
        .then((s) => {
          history = parseHistory(s.history);
          session.run();
          return current();
        })
        .catch((error: Error) => ({ result: null, auditedAt: null, error: error.message })),
  });
  browser.runtime.onMessage.addListener(onMessage);

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const next: Parameters<PageSession['update']>[0] = {};
    if (changes.settings) Object.assign(next, parseSettings(changes.settings.newValue));
    if (changes.dismissed) next.dismissed = parseDismissed(changes.dismissed.newValue)[location.href] ?? [];
    if (Object.keys(next).length) session.update(next);
  };
  browser.storage.onChanged.addListener(onStorage);

  // Disabled, reloaded or updated: leave the page as it was.
  ctx.onInvalidated(() => {
    session.destroy();
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
  });
  return session;
}
