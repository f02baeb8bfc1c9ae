import { sendToTab } from '@/lib/protocol';
import { useEffect, useState } from 'preact/hooks';
import { auditText, withMessages } from '@/lib/audit';
import type { Lang } from '@/lib/model/finding';
import { ui } from '@/lib/i18n/ui';
import type { AuditResult } from '@/lib/model/schema';
import type { ReportLink } from '@/lib/page/links';
import { BatchView } from './BatchView';
import { READABLE_FILE } from '@/lib/page/detect';
import { attachmentProblem } from './AttachmentList';
import { notReportReason, type NotReportReason } from '@/lib/page/not-report-reason';
import { ImageTables } from './ImageTables';
import type { UiStrings } from '@/lib/i18n/ui';
import { auditAttachment, type AttachmentAudit } from './attachment-audit';
import type { TabState } from './use-tab-audit';

interface Props {
  state: TabState;
  lang: Lang;
  onAudited(): void;
  onPasted(result: AuditResult): void;
  /** The tab shows a PDF or Word file (the browser's viewer runs no content script): audit it. */
  onAttachment(audit: AttachmentAudit): void;
}

// Addresses of files rather than pages; the browser's PDF viewer shows them without a page to read.
const isFileAddress = (url: string) => /^https?:\/\//i.test(url) && READABLE_FILE.test(url);

function reasonText(reason: NotReportReason, t: UiStrings, links: number): string {
  switch (reason) {
    case 'browser-page':
      return t.reasonBrowserPage;
    case 'outside-gov-cn':
      return t.reasonOutside;
    case 'not-checked':
      return t.reasonNotChecked;
    case 'listing':
      return t.reasonListing.replace('{n}', String(links));
    case 'about-reports':
      return t.reasonAboutReports;
    case 'title-without-table':
      return t.reasonTitleOnly;
    case 'no-title-no-table':
      return t.reasonNoTitleNoTable;
  }
}

/** Not a report, or a page outside gov.cn: say why, and offer the ways on. */
export function NotReportView({ state, lang, onAudited, onPasted, onAttachment }: Props) {
  const t = ui(lang);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tabId = 'tabId' in state ? state.tabId : null;
  const [links, setLinks] = useState<ReportLink[]>([]);
  const [batch, setBatch] = useState(false);
  const [reading, setReading] = useState(false);
  const fileUrl = 'url' in state && isFileAddress(state.url) ? state.url : null;
  const [title, setTitle] = useState('');
  const why = notReportReason({
    url: 'url' in state ? state.url : '',
    check: state.kind === 'not-report' ? state.check : 'absent',
    title,
    links: links.length,
  });

  useEffect(() => {
    setTitle('');
    if (tabId === null) return;
    // The title detection read: readable here wherever Gouji may read the page at all.
    browser.tabs
      .get(tabId)
      .then((tab) => setTitle(tab.title ?? ''))
      .catch(() => undefined);
  }, [tabId]);

  useEffect(() => {
    setLinks([]);
    setBatch(false);
    if (tabId === null) return;
    sendToTab(browser.tabs, tabId, 'gouji/links', {})
      .then((reply: unknown) => {
        const list = (reply as { links?: unknown } | undefined)?.links;
        if (Array.isArray(list)) setLinks(list.filter((l): l is ReportLink => typeof l?.href === 'string' && typeof l?.title === 'string').slice(0, 500));
      })
      .catch(() => undefined);
  }, [tabId]);

  if (batch) return <BatchView links={links} lang={lang} onClose={() => setBatch(false)} />;

  const auditPage = async () => {
    if (tabId === null) return;
    try {
      // activeTab + scripting: the user's click grants access to this one tab, nothing broader.
      // The auditor audits on arrival, even a page the content script would pass over.
      await browser.scripting.executeScript({ target: { tabId }, files: ['/auditor.js'] });
      onAudited();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const auditFile = async () => {
    if (!fileUrl) return;
    setReading(true);
    setProblem(null);
    try {
      const audited = await auditAttachment(fileUrl, { published: null, signal: AbortSignal.timeout(60_000) });
      if (audited.result.detected) onAttachment(audited);
      else setProblem(t.attachmentNotReport);
    } catch (error) {
      setProblem(attachmentProblem(error, t));
    } finally {
      setReading(false);
    }
  };

  const auditPasted = () => {
    const { result } = auditText(text, { source: t.pastedSource });
    if (!result.detected) {
      setProblem(t.notReport);
      return;
    }
    onPasted({ ...result, findings: withMessages(result.findings, lang) });
  };

  return (
    <section class="not-report">
      {fileUrl ? (
        <>
          <p class="status">{t.fileInTab}</p>
          <button type="button" class="primary" data-action="audit-file" disabled={reading} onClick={() => void auditFile()}>
            {reading ? t.auditingAttachment : t.auditThisFile}
          </button>
        </>
      ) : (
        <>
          {/* Where Gouji did not look, the reason is the whole story; where it did, it says why not. */}
          <p class="status">{state.kind === 'not-report' ? t.notReport : reasonText(why.reason, t, links.length)}</p>
          {state.kind === 'not-report' && (
            <p class="reason" data-testid="not-report-reason" data-reason={why.reason}>
              {reasonText(why.reason, t, links.length)}
            </p>
          )}
        </>
      )}
      {why.reason === 'title-without-table' && tabId !== null && 'url' in state && (
        <ImageTables title={title || null} published={null} tabId={tabId} url={state.url} lang={lang} onAudited={onAttachment} />
      )}
      {links.length > 0 && (
        <button type="button" class="primary" data-action="batch-offer" onClick={() => setBatch(true)}>
          {t.batchOffer} ({links.length})
        </button>
      )}
      {tabId !== null && !fileUrl && why.offerAudit && (
        <button type="button" class="primary" data-action="audit-page" onClick={() => void auditPage()}>
          {t.auditThisPage}
        </button>
      )}
      <h2 id="paste-title">{t.pasteTitle}</h2>
      <textarea
        aria-labelledby="paste-title"
        value={text}
        placeholder={t.pastePlaceholder}
        rows={8}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button type="button" disabled={!text.trim()} onClick={auditPasted}>
        {t.pasteButton}
      </button>
      {problem && (
        <p class="status error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
