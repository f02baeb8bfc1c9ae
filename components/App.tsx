import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '@/lib/i18n/ui';
import type { AuditResult } from '@/lib/model/schema';
import { ReportView } from './ReportView';
import { NotReportView } from './NotReportView';
import { useSettings } from './use-settings';
import { useTabAudit } from './use-tab-audit';
import type { AttachmentAudit } from './attachment-audit';

export function App({ boundTabId }: { boundTabId: number | null }) {
  const { state, reload } = useTabAudit(boundTabId);
  const { settings, saveSettings, dismissed, setDismissedFor } = useSettings();
  const [pasted, setPasted] = useState<AuditResult | null>(null);
  const [attached, setAttached] = useState<AttachmentAudit | null>(null);
  const closeAttachment = () => {
    void attached?.pdf?.destroy();
    setAttached(null);
  };
  const lang = settings.lang;
  const t = ui(lang);
  document.documentElement.lang = lang;
  const main = useRef<HTMLElement>(null);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    // Read back from what is shown, whichever view drew it: the live region then says exactly the
    // conclusion the panel shows, when an audit arrives or changes, without moving the focus.
    const root = main.current;
    const conclusion = root?.querySelector('[data-testid=verdict], [data-testid=not-report-reason], .not-report .status');
    const title = conclusion?.matches('[data-testid=verdict]') ? root?.querySelector('.meta .title')?.textContent?.trim() : '';
    const text = [title, conclusion?.textContent?.trim()].filter(Boolean).join(lang === 'en' ? ': ' : '：');
    if (text !== announced) setAnnounced(text);
  });

  const body = () => {
    if (attached) {
      return (
        <ReportView
          result={attached.result}
          auditedAt={null}
          url={attached.href}
          tabId={null}
          lang={lang}
          settings={settings}
          saveSettings={saveSettings}
          dismissedKeys={[]}
          setDismissed={() => undefined}
          onClose={closeAttachment}
          pdf={attached.pdf}
          pageResult={state.kind === 'ready' ? state.result : null}
          onReread={setAttached}
        />
      );
    }
    if (pasted) {
      return (
        <ReportView
          result={pasted}
          auditedAt={null}
          url={null}
          tabId={null}
          lang={lang}
          settings={settings}
          saveSettings={saveSettings}
          dismissedKeys={[]}
          setDismissed={() => undefined}
          onClose={() => setPasted(null)}
        />
      );
    }
    switch (state.kind) {
      case 'loading':
        return <p class="status">{t.loading}</p>;
      case 'error':
        return (
          <div class="status error" role="alert">
            <p>
              {t.error}: {state.message}
            </p>
            <button type="button" onClick={() => void reload()}>
              {t.rerun}
            </button>
          </div>
        );
      case 'ready':
        return (
          <ReportView
            result={state.result}
            auditedAt={state.auditedAt}
            url={state.url}
            tabId={state.tabId}
            lang={lang}
            settings={settings}
            saveSettings={saveSettings}
            dismissedKeys={dismissed[state.url] ?? []}
            setDismissed={(keys) => setDismissedFor(state.url, keys)}
            onAttachment={setAttached}
          />
        );
      default:
        return <NotReportView state={state} lang={lang} onAudited={reload} onPasted={setPasted} onAttachment={setAttached} />;
    }
  };

  return (
    <div class="app">
      <header class="bar">
        <h1>
          勾稽 <span>Gouji</span>
        </h1>
        <button type="button" class="link" onClick={() => saveSettings({ ...settings, lang: lang === 'zh-CN' ? 'en' : 'zh-CN' })}>
          {t.language}
        </button>
      </header>
      <main ref={main}>
        <p class="sr-only" role="status" aria-live="polite" data-testid="announce">
          {announced}
        </p>
        {body()}
      </main>
    </div>
  );
}
