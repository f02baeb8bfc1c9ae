export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || typeof message !== 'object' || message === null) return;
    const m = message as { type?: unknown; errors?: unknown };
    if (m.type !== 'gouji/audited' || typeof m.errors !== 'number') return;
    const text = m.errors > 0 ? String(m.errors) : '✓';
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: m.errors > 0 ? '#c62828' : '#2e7d32' });
  });
});
