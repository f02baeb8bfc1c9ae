import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/model/finding';
import { ui, type UiStrings } from '@/lib/i18n/ui';
import { attachmentKind } from '@/lib/page/detect';
import type { AuditResult } from '@/lib/model/schema';
import { AttachmentError, auditAttachment, type AttachmentAudit } from './attachment-audit';
import { OcrReader } from './OcrReader';

interface Props {
  result: AuditResult;
  lang: Lang;
  onAudited(audit: AttachmentAudit): void;
}

/** Why an attachment could not be audited, in the reader's language. */
export function attachmentProblem(error: unknown, t: UiStrings): string {
  if (error instanceof AttachmentError) {
    if (error.reason === 'legacy') return t.attachmentLegacy;
    if (error.reason === 'scanned') return t.attachmentScanned;
    if (error.reason === 'ofd') return t.attachmentOfd;
    if (error.reason === 'unsupported') return t.attachmentUnsupported;
    return `${t.attachmentFailed}: ${error.message}`;
  }
  return `${t.attachmentFailed}: ${(error as Error).message}`;
}

/** The page's attachments, each with a button that audits it in the panel. */
export function AttachmentList({ result, lang, onAudited }: Props) {
  const t = ui(lang);
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  // Scans found while auditing, by address: offered to be read by OCR.
  const [scans, setScans] = useState<Record<string, Uint8Array>>({});
  const attachments = result.attachments ?? [];
  if (!attachments.length) return null;
  const tableMissing = result.tables.applications === null;

  const audit = async (href: string) => {
    setBusy(href);
    setProblems((p) => ({ ...p, [href]: '' }));
    try {
      const audited = await auditAttachment(href, { published: result.report?.published ?? null, signal: AbortSignal.timeout(60_000) });
      if (!audited.result.detected) {
        setProblems((p) => ({ ...p, [href]: t.attachmentNotReport }));
        return;
      }
      onAudited(audited);
    } catch (error) {
      setProblems((p) => ({ ...p, [href]: attachmentProblem(error, t) }));
      if (error instanceof AttachmentError && error.bytes) setScans((s) => ({ ...s, [href]: error.bytes! }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class={`attachments${tableMissing ? ' prominent' : ''}`} data-testid="attachments">
      <h3>{t.attachmentsTitle}</h3>
      {tableMissing && <p class="hint">{t.attachmentsHint}</p>}
      <ul>
        {attachments.map((a) => {
          const kind = attachmentKind(a.href);
          return (
            <li key={a.href}>
              <span class="kind">{kind.toUpperCase()}</span> <span class="name">{a.text || a.href.split('/').pop()}</span>{' '}
              <button
                type="button"
                class={tableMissing ? 'primary' : ''}
                data-action="audit-attachment"
                disabled={busy !== null}
                onClick={() => void audit(a.href)}
              >
                {busy === a.href ? t.auditingAttachment : t.auditAttachment}
              </button>
              {problems[a.href] && (
                <p class={`status ${scans[a.href] && problems[a.href] === t.attachmentScanned ? 'info' : 'error'}`} role="alert">
                  {problems[a.href]}
                </p>
              )}
              {scans[a.href] && (
                <OcrReader
                  run={async (context) =>
                    (await import('./scan-audit')).auditScan(scans[a.href]!, a.href, { ...context, published: result.report?.published ?? null })
                  }
                  lang={lang}
                  onAudited={onAudited}
                  onProblem={(text) => setProblems((p) => ({ ...p, [a.href]: text }))}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
