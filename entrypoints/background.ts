import { ToBackground } from '@/lib/messages';
import { badgeOf, verdictOf } from '@/lib/format/verdict';

/** MV3 `action`, or Firefox MV2's `browserAction`: the same badge calls on both. */
function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel.
  void (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => undefined);

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = ToBackground.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    const message = parsed.data;
    if (message.type === 'gouji/open-panel') {
      openPanel(tabId, sender.tab?.windowId);
      return;
    }
    if (message.type === 'gouji/inject') {
      // Only into the frame that asked, and only with the host access the extension already has.
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/auditor.js'] })
        .then(() => true)
        .catch(() => false);
    }
    // Only the top frame speaks for the tab; a report in a frame still counts when the top has none.
    if (sender.frameId !== 0 && !message.result.detected) return;
    // SPEC.md §4: red count, orange mark, green ✓ only when the table was read and holds, grey
    // when the table was not read or findings were set aside, nothing on a page that is no report.
    const badge = badgeOf(message.verdict ?? verdictOf(message.result), message.lang ?? 'zh-CN');
    void toolbar().setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) void toolbar().setBadgeBackgroundColor({ tabId, color: badge.color });
    void toolbar().setTitle({ tabId, title: badge?.title ?? '勾稽 Gouji' });
    void browser.storage.session?.set({ [`tab:${tabId}`]: { result: message.result, auditedAt: message.auditedAt, frameId: sender.frameId ?? 0 } });
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') {
      void toolbar().setBadgeText({ tabId, text: '' });
      void browser.storage.session?.remove(`tab:${tabId}`);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session?.remove(`tab:${tabId}`));
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
