import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/model/finding';
import { ui, type UiStrings } from '@/lib/i18n/ui';
import { attachmentKind } from '@/lib/page/detect';
import type { AuditResult } from '@/lib/model/schema';
import { AttachmentError, auditAttachment, type AttachmentAudit } from './attachment-audit';

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

async function smokeOcr() {
  const { ask, startOcrWorker } = await import('./ocr/client');
  const worker = startOcrWorker();
  try {
    const reply = await ask(worker, { type: 'smoke' });
    document.body.dataset.smoke = JSON.stringify(reply);
  } catch (error) {
    document.body.dataset.smoke = `error: ${(error as Error).message}`;
  } finally {
    worker.terminate();
  }
}

/** The page's attachments, each with a button that audits it in the panel. */
export function AttachmentList({ result, lang, onAudited }: Props) {
  const t = ui(lang);
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
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
              <button type="button" data-action="ocr-smoke" onClick={() => void smokeOcr()}>
                OCR smoke
              </button>
              {problems[a.href] && (
                <p class="status error" role="alert">
                  {problems[a.href]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
