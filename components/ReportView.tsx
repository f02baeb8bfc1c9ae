import { sendToTab } from '@/lib/protocol';
import { resultWithMessages } from '@/lib/audit';
import type { Lang } from '@/lib/model/finding';
import { verdictLine, verdictOf } from '@/lib/format/verdict';
import { causesOf, textlessPagesText } from '@/lib/format/finding-fields';
import { beijingTime } from '@/lib/format/when';
import { causeUi } from '@/lib/i18n/ui-causes';
import { keepFindings } from '@/lib/causes';
import { CauseList } from './CauseList';
import { ui } from '@/lib/i18n/ui';
import type { AuditResult } from '@/lib/model/schema';
import { findingKey, type Settings } from '@/lib/settings';
import { CopyBar } from './CopyBar';
import { ReportActions } from './ReportActions';
import { ExtractedTable } from './ExtractedTable';
import { FindingItem } from './FindingItem';
import { SettingsBox } from './SettingsBox';
import { PreviousYear } from './PreviousYear';
import { AttachmentList } from './AttachmentList';
import { ImageTables } from './ImageTables';
import type { AttachmentAudit } from './attachment-audit';
import { PdfEvidence } from './PdfEvidence';
import { OcrReader } from './OcrReader';
import { VersionCompare } from './VersionCompare';
import type { PdfDocument } from './pdf-document';
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '@/lib/model/finding';

interface Props {
  result: AuditResult;
  auditedAt: string | null;
  url: string | null;
  tabId: number | null;
  lang: Lang;
  settings: Settings;
  saveSettings(s: Settings): void;
  dismissedKeys: string[];
  setDismissed(keys: string[]): void;
  onClose?: () => void;
  /** An audited PDF attachment: its findings are shown on its pages, in the panel. */
  pdf?: PdfDocument | null;
  /** Offered on a page's report: audit one of its attachments. */
  onAttachment?: (audit: AttachmentAudit) => void;
  /** For an attachment: the audit of the page that links it, to compare their tables. */
  pageResult?: AuditResult | null;
  /** A PDF attachment with pages of images only: they were read by OCR and the whole audited again. */
  onReread?: (audit: AttachmentAudit) => void;
}

const hasBoxes = (f: Finding) => (f.cells ?? []).some((c) => c.pdf?.length) || Boolean(f.pdf?.length);

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function ReportView(props: Props) {
  const { result, lang, tabId, dismissedKeys } = props;
  const t = ui(lang);
  // Sentences are made here, at the edge, in the reader's language.
  const worded = resultWithMessages(result, lang);
  const all = worded.findings;
  const kept = (i: number) => !dismissedKeys.includes(findingKey(all[i]!));
  const active = all.filter((_, i) => kept(i));
  const dismissed = all.filter((_, i) => !kept(i));
  const verdict = verdictOf(result, active, dismissed.length);
  const verdictClass = verdict.kind === 'errors' ? 'error' : verdict.kind === 'warnings' ? 'warning' : verdict.kind === 'holds' ? 'ok' : 'info';
  const checked = result.tables.applications !== null;
  const r = result.report;
  // What the user sees: the dismissed findings out, the causes renumbered to match.
  const shown: AuditResult = keepFindings(worded, kept);
  const causes = causesOf(shown, lang);
  const c = causeUi(lang);
  const [allBlanks, setAllBlanks] = useState(false);
  const [rereadProblem, setRereadProblem] = useState('');
  const hasBlanks = active.some((f) => f.check === 'blank-cell');
  // A PDF's evidence opens on the likeliest misprint, or else the first finding it can show.
  const lead = verdict.counts.error ? active.find((f) => f.check === 'suspect-cell') : undefined;
  const firstEvidence = props.pdf ? ((lead && hasBoxes(lead) ? lead : undefined) ?? active.find(hasBoxes) ?? null) : null;
  const [evidence, setEvidence] = useState<Finding | null>(firstEvidence);
  useEffect(() => setEvidence(firstEvidence), [result]);

  const locate = (refs: { t: number; r: number; c: number }[], quote?: string) => {
    if (tabId !== null && (refs.length || quote))
      void sendToTab(browser.tabs, tabId, 'gouji/locate', quote ? { refs, quote } : { refs }).catch(() => undefined);
  };

  return (
    <div class="report">
      <section class="meta">
        <h2 class="title">{r?.title || result.source}</h2>
        <dl>
          <dt>{t.agency}</dt>
          <dd>{r?.agency ?? t.unknown}</dd>
          <dt>{t.year}</dt>
          <dd>{r?.year ?? t.unknown}</dd>
          <dt>{t.template}</dt>
          <dd>{r?.template ?? t.oldFormat}</dd>
          {props.url && (
            <>
              <dt>{result.document ? t.attachmentSource : t.page}</dt>
              <dd class="url">{props.url}</dd>
            </>
          )}
          {props.auditedAt && (
            <>
              <dt>{t.auditedAt}</dt>
              <dd>{beijingTime(props.auditedAt, lang)}</dd>
            </>
          )}
        </dl>
        {props.onClose && (
          <button type="button" class="link" data-action={result.document ? 'close-report' : 'close'} onClick={props.onClose}>
            {result.document ? t.backToPage : '×'}
          </button>
        )}
      </section>

      <p class={`verdict ${verdictClass}`} data-testid="verdict">
        {verdictLine(verdict, lang)}
      </p>
      {dismissed.length > 0 && (
        <p class="set-aside" data-testid="set-aside">
          {c.setAside(dismissed.length)}
        </p>
      )}

      {textlessPagesText(result, lang) && (
        <div data-testid="textless-pages">
          <p class="status error">{textlessPagesText(result, lang)}</p>
          {props.pdf && props.onReread && props.url && (
            <OcrReader
              run={async (context) =>
                (await import('./scan-audit')).auditScannedPages(props.pdf!, props.url!, result.document?.textlessPages ?? [], {
                  ...context,
                  published: result.report?.published ?? null,
                })
              }
              lang={lang}
              label={t.readScannedPages}
              keepPdf
              onAudited={props.onReread}
              onProblem={setRereadProblem}
            />
          )}
          {rereadProblem && (
            <p class="status error" role="alert">
              {rereadProblem}
            </p>
          )}
        </div>
      )}

      <CauseList causes={causes} lang={lang} onLocate={tabId !== null ? locate : undefined} />

      {props.pageResult && <VersionCompare page={props.pageResult} attachment={result} lang={lang} />}
      {props.pdf && evidence && <PdfEvidence pdf={props.pdf} finding={evidence} lang={lang} />}

      <CopyBar result={shown} lang={lang} url={props.url} auditedAt={props.auditedAt} dismissed={dismissed.length} />
      <ReportActions result={shown} lang={lang} url={props.url} auditedAt={props.auditedAt} />
      {hasBlanks && tabId !== null && !result.document && (
        <label class="toggle">
          <input
            type="checkbox"
            data-action="show-blanks"
            checked={allBlanks}
            onChange={(e) => {
              const show = (e.currentTarget as HTMLInputElement).checked;
              setAllBlanks(show);
              void sendToTab(browser.tabs, tabId, 'gouji/show-blanks', { show }).catch(() => undefined);
            }}
          />{' '}
          {c.showBlanks}
        </label>
      )}
      {props.onAttachment && !result.tables.applications && tabId !== null && props.url && (
        <ImageTables
          title={result.report?.title ?? null}
          published={result.report?.published ?? null}
          tabId={tabId}
          url={props.url}
          lang={lang}
          onAudited={props.onAttachment}
        />
      )}
      {props.onAttachment && <AttachmentList result={result} lang={lang} onAudited={props.onAttachment} />}
      {result.tables.applications && <PreviousYear result={result} lang={lang} tabId={tabId} />}

      {SEVERITIES.map((severity) => {
        const list = active.filter((f) => f.severity === severity);
        if (!list.length) return null;
        const heading = severity === 'error' ? t.errors : severity === 'warning' ? t.warnings : t.infos;
        return (
          <section class={`group ${severity}`} key={severity}>
            <h3>
              {heading} <span class="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => (
                <FindingItem
                  key={findingKey(f)}
                  finding={f}
                  lang={lang}
                  onLocate={tabId !== null ? locate : undefined}
                  onEvidence={props.pdf && hasBoxes(f) ? () => setEvidence(f) : undefined}
                  scan={result.document?.ocr ? props.pdf : null}
                  onDismiss={props.onClose ? undefined : () => props.setDismissed([...dismissedKeys, findingKey(f)])}
                />
              ))}
            </ul>
          </section>
        );
      })}

      {dismissed.length > 0 && (
        <details class="dismissed">
          <summary>
            {t.dismissedTitle} ({dismissed.length})
          </summary>
          <ul>
            {dismissed.map((f) => (
              <li key={findingKey(f)}>
                <span>{f.message}</span>{' '}
                <button type="button" class="link" onClick={() => props.setDismissed(dismissedKeys.filter((k) => k !== findingKey(f)))}>
                  {t.restore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {checked && <ExtractedTable result={shown} lang={lang} />}
      <SettingsBox lang={lang} settings={props.settings} saveSettings={props.saveSettings} />
    </div>
  );
}
