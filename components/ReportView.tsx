import { withMessages } from '@/lib/audit';
import type { Lang } from '@/lib/checks/types';
import { countFindings, verdictLine } from '@/lib/format/verdict';
import { textlessPagesText } from '@/lib/format/finding-fields';
import { ui } from '@/lib/i18n/ui';
import type { AuditResult } from '@/lib/model/schema';
import { findingKey, type Settings } from '@/lib/settings';
import { CopyBar } from './CopyBar';
import { ExtractedTable } from './ExtractedTable';
import { FindingItem } from './FindingItem';
import { SettingsBox } from './SettingsBox';
import { cellName } from '@/lib/i18n/words';
import { PreviousYear } from './PreviousYear';
import { AttachmentList } from './AttachmentList';
import type { AttachmentAudit } from './attachment-audit';
import { PdfEvidence } from './PdfEvidence';
import { VersionCompare } from './VersionCompare';
import type { PdfDocument } from './pdf-document';
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '@/lib/checks/types';

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
}

const hasBoxes = (f: Finding) => (f.cells ?? []).some((c) => c.pdf?.length) || Boolean(f.pdf?.length);

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function ReportView(props: Props) {
  const { result, lang, tabId, dismissedKeys } = props;
  const t = ui(lang);
  // Sentences are made here, at the edge, in the reader's language.
  const all = withMessages(result.findings, lang);
  const active = all.filter((f) => !dismissedKeys.includes(findingKey(f)));
  const dismissed = all.filter((f) => dismissedKeys.includes(findingKey(f)));
  const counts = countFindings(active);
  const checked = result.tables.applications !== null;
  const verdictClass = counts.error ? 'error' : counts.warning ? 'warning' : checked ? 'ok' : 'info';
  const r = result.report;
  const shown: AuditResult = { ...result, findings: active };
  // Where an auditor starts looking: the likeliest misprint, when errors have one.
  const lead = counts.error ? active.find((f) => f.check === 'suspect-cell') : undefined;
  // A PDF's evidence opens on the likeliest misprint, or else the first finding it can show.
  const firstEvidence = props.pdf ? ((lead && hasBoxes(lead) ? lead : undefined) ?? active.find(hasBoxes) ?? null) : null;
  const [evidence, setEvidence] = useState<Finding | null>(firstEvidence);
  useEffect(() => setEvidence(firstEvidence), [result]);

  const locate = (refs: { t: number; r: number; c: number }[], quote?: string) => {
    if (tabId !== null && (refs.length || quote)) void browser.tabs.sendMessage(tabId, { type: 'gouji/locate', refs, quote }).catch(() => undefined);
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
              <dd>{new Date(props.auditedAt).toLocaleString(lang)}</dd>
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
        {verdictLine(counts, lang, checked)}
      </p>

      {textlessPagesText(result, lang) && (
        <p class="status error" data-testid="textless-pages">
          {textlessPagesText(result, lang)}
        </p>
      )}

      {lead && (
        <p class="lead" data-testid="lead-suspect">
          <b>{t.leadSuspect}</b> {lead.cells?.[0] ? cellName(lead.cells[0], lang) : ''}: {lead.actual ?? '—'} → {lead.expected}{' '}
          {tabId !== null && (
            <button type="button" class="link" onClick={() => locate((lead.cells ?? []).flatMap((c) => (c.ref ? [c.ref] : [])))}>
              {t.locate}
            </button>
          )}
        </p>
      )}

      {props.pageResult && <VersionCompare page={props.pageResult} attachment={result} lang={lang} />}
      {props.pdf && evidence && <PdfEvidence pdf={props.pdf} finding={evidence} lang={lang} />}

      <CopyBar result={shown} lang={lang} url={props.url} auditedAt={props.auditedAt} />
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
