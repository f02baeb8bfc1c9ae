import { isTabKey, sendToTab, tabKey } from '@/lib/protocol';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { GetReply } from '@/lib/messages';
import { AuditResultSchema, type AuditResult } from '@/lib/model/schema';
import { z } from 'zod';

export type TabState =
  | { kind: 'loading'; tabId: number | null }
  | { kind: 'ready'; tabId: number; url: string; result: AuditResult; auditedAt: string | null }
  /** `audited`: the full audit ran and found no report; `skipped`: the first look passed the page over. */
  | { kind: 'not-report'; tabId: number; url: string; check: 'skipped' | 'audited' }
  | { kind: 'unreachable'; tabId: number | null; url: string }
  | { kind: 'error'; tabId: number | null; message: string };

const Stored = z.object({ result: AuditResultSchema, auditedAt: z.string() });

async function activeTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

/** The audit of the tab the panel follows (the active tab, or the one it was opened for). */
export function useTabAudit(boundTabId: number | null) {
  const [state, setState] = useState<TabState>({ kind: 'loading', tabId: boundTabId });

  const load = useCallback(async () => {
    try {
      const tab = boundTabId !== null ? { id: boundTabId, url: (await browser.tabs.get(boundTabId)).url ?? '' } : await activeTab();
      if (!tab) return setState({ kind: 'unreachable', tabId: null, url: '' });
      const stored = Stored.safeParse((await browser.storage.session.get(tabKey(tab.id)))[tabKey(tab.id)]);
      if (stored.success && stored.data.result.detected) {
        return setState({ kind: 'ready', tabId: tab.id, url: stored.data.result.source || tab.url, ...stored.data });
      }
      let reply: ReturnType<typeof GetReply.safeParse>;
      try {
        reply = GetReply.safeParse(await sendToTab(browser.tabs, tab.id, 'gouji/get', {}));
      } catch {
        return setState({ kind: 'unreachable', tabId: tab.id, url: tab.url });
      }
      if (!reply.success) return setState({ kind: 'unreachable', tabId: tab.id, url: tab.url });
      if (reply.data.error) return setState({ kind: 'error', tabId: tab.id, message: reply.data.error });
      const result = reply.data.result;
      if (!result?.detected) return setState({ kind: 'not-report', tabId: tab.id, url: tab.url, check: result ? 'audited' : 'skipped' });
      setState({ kind: 'ready', tabId: tab.id, url: result.source || tab.url, result, auditedAt: reply.data.auditedAt });
    } catch (error) {
      setState({ kind: 'error', tabId: boundTabId, message: (error as Error).message });
    }
  }, [boundTabId]);

  useEffect(() => {
    void load();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some(isTabKey)) void load();
    };
    const onActivated = () => void load();
    const onUpdated = (_id: number, info: { status?: string }) => {
      if (info.status === 'complete') void load();
    };
    browser.storage.onChanged.addListener(onStorage);
    if (boundTabId === null) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [load, boundTabId]);

  return { state, reload: load };
}
