import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '@/lib/i18n/ui';
import type { Lang } from '@/lib/model/finding';
import type { AttachmentAudit } from './attachment-audit';
import { OCR_MODEL_MB, OcrCancelled, type OcrProgress } from './ocr/client';

/** Reads and audits, reporting progress; rejects with OcrCancelled when `signal` aborts. */
export type OcrRun = (context: { signal: AbortSignal; onProgress(p: OcrProgress): void }) => Promise<AttachmentAudit>;

interface Props {
  run: OcrRun;
  lang: Lang;
  onAudited(audit: AttachmentAudit): void;
  /** Not a report, or not readable: said where the attachment is listed. */
  onProblem(text: string): void;
  /** The button's words, when not a whole scan's ({mb} is the models' size). */
  label?: string;
  /** The PDF stays open whatever the reading gives (it is the one on screen). */
  keepPdf?: boolean;
}

/**
 * Offers to read a scan (or a page's table images) by OCR — only on the user's click, since it
 * loads the models — shows which page is being read, and cancels at once.
 */
export function OcrReader({ run, lang, onAudited, onProblem, label, keepPdf }: Props) {
  const t = ui(lang);
  const [progress, setProgress] = useState<OcrProgress | null>(null);
  const [note, setNote] = useState('');
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const read = async () => {
    const controller = new AbortController();
    running.current = controller;
    setNote('');
    setProgress({ stage: 'models', page: 0, pages: 0 });
    try {
      const audited = await run({ signal: controller.signal, onProgress: setProgress });
      if (!audited.result.detected) {
        if (!keepPdf) void audited.pdf?.destroy();
        onProblem(t.attachmentNotReport);
      } else onAudited(audited);
    } catch (error) {
      if (error instanceof OcrCancelled) setNote(t.ocrCancelled);
      else onProblem(`${t.ocrFailed}: ${(error as Error).message}`);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  if (progress) {
    const text = progress.stage === 'models' ? t.ocrLoading : t.ocrPage.replace('{n}', String(progress.page)).replace('{m}', String(progress.pages));
    return (
      <div class="scan-reader" data-testid="ocr-progress">
        <p class="status" role="status">
          {text}
        </p>
        {progress.stage === 'page' && <progress max={progress.pages} value={progress.page - 1} />}
        <button type="button" data-action="cancel-ocr" onClick={() => running.current?.abort()}>
          {t.ocrCancel}
        </button>
      </div>
    );
  }
  return (
    <div class="scan-reader">
      <button type="button" class="primary" data-action="read-scan" onClick={() => void read()}>
        {(label ?? t.readScan).replace('{mb}', String(OCR_MODEL_MB))}
      </button>
      {note && <p class="status">{note}</p>}
    </div>
  );
}
