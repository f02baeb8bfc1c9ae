import { ToBackground } from '@/lib/messages';
import { handle, tabKey, type StoredTabAudit, type ToBackground as Protocol } from '@/lib/protocol';
import { badgeOf, verdictOf } from '@/lib/format/verdict';

/** MV3 `action`, or Firefox MV2's `browserAction`: the same badge calls on both. */
function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel.
  void (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  type Sender = { tab?: { id?: number; windowId?: number }; frameId?: number };
  const parse = (raw: unknown) => {
    const parsed = ToBackground.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  const listener = handle<Protocol, Sender>(parse, {
    'gouji/open-panel': (_m, sender) => {
      if (sender.tab?.id !== undefined) openPanel(sender.tab.id, sender.tab.windowId);
      return undefined;
    },
    // Only into the frame that asked, and only with the host access the extension already has.
    'gouji/inject': (_m, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/auditor.js'] })
        .then(() => true)
        .catch(() => false);
    },
    'gouji/audited': (message, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab; a report in a frame still counts when the top has none.
      if (tabId === undefined || (sender.frameId !== 0 && !message.result.detected)) return undefined;
      // SPEC.md §4: red count, orange mark, green ✓ only when the table was read and holds, grey
      // when the table was not read or findings were set aside, nothing on a page that is no report.
      const badge = badgeOf(message.verdict ?? verdictOf(message.result), message.lang ?? 'zh-CN');
      void toolbar().setBadgeText({ tabId, text: badge?.text ?? '' });
      if (badge) void toolbar().setBadgeBackgroundColor({ tabId, color: badge.color });
      void toolbar().setTitle({ tabId, title: badge?.title ?? '勾稽 Gouji' });
      // The table's part: the badge at once; what the panel reads waits for the prose checks.
      if (message.partial) return undefined;
      const stored: StoredTabAudit = { result: message.result, auditedAt: message.auditedAt, frameId: sender.frameId ?? 0 };
      void browser.storage.session?.set({ [tabKey(tabId)]: stored });
      return undefined;
    },
  });
  browser.runtime.onMessage.addListener(listener);

  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') {
      void toolbar().setBadgeText({ tabId, text: '' });
      void browser.storage.session?.remove(tabKey(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session?.remove(tabKey(tabId)));
});

function openPanel(tabId: number, windowId?: number): void {
  const c = (globalThis as { chrome?: typeof chrome }).chrome;
  if (c?.sidePanel?.open) {
    void c.sidePanel.open({ tabId, ...(windowId !== undefined ? { windowId } : {}) }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  void sidebar?.open().catch(() => undefined);
}
