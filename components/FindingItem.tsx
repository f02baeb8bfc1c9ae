import { quoteOf } from '@/lib/checks';
import type { Finding, Lang } from '@/lib/model/finding';
import { cellName } from '@/lib/i18n/words';
import { ui } from '@/lib/i18n/ui';
import { checkName, labelledNumbers } from '@/lib/format/numbers';
import { readingText } from '@/lib/format/finding-fields';
import { OcrCrops } from './OcrCrops';
import type { PdfDocument } from './pdf-document';

interface Props {
  finding: Finding;
  lang: Lang;
  onLocate?: (refs: { t: number; r: number; c: number }[], quote?: string) => void;
  onDismiss?: () => void;
  /** For a PDF attachment: show this finding's cells on the PDF page. */
  onEvidence?: () => void;
  /** The scan (or images) a report was read from by OCR: each read cell's crop is shown. */
  scan?: PdfDocument | null;
}

export function FindingItem({ finding: f, lang, onLocate, onDismiss, onEvidence, scan }: Props) {
  const t = ui(lang);
  const refs = (f.cells ?? []).map((c) => c.ref).filter((r): r is { t: number; r: number; c: number } => !!r);
  const quote = quoteOf(f) ?? undefined;
  // Every number labelled by its source: 应为 / 表格 / 差 only where Gouji computed it, 正文 / 上年年报 otherwise.
  const nums = labelledNumbers(f, lang);
  // Cells read uncertainly (a row placed by position, a table rebuilt from text): where to look twice.
  const reading = readingText(f, lang);
  return (
    <li class={`finding ${f.severity}`} data-check={f.check}>
      <p class="message">{f.message ?? f.check}</p>
      {nums && <p class="nums">{nums}</p>}
      {reading && <p class="reading">{reading}</p>}
      {scan && <OcrCrops pdf={scan} finding={f} lang={lang} />}
      {f.check === 'suspect-cell' && f.cells?.[0] && (
        <p class="suspect">
          {t.suspect}: {cellName(f.cells[0], lang)}
        </p>
      )}
      <p class="actions">
        <span class="check-name" title={f.check}>
          {checkName(f.check, lang)}
        </span>
        {onLocate && (refs.length > 0 || quote) && (
          <button type="button" onClick={() => onLocate(refs, quote)}>
            {t.locate}
          </button>
        )}
        {onEvidence && (
          <button type="button" data-action="show-evidence" onClick={onEvidence}>
            {t.locate}
          </button>
        )}
        {onDismiss && (
          <button type="button" class="link" onClick={onDismiss}>
            {t.dismiss}
          </button>
        )}
      </p>
    </li>
  );
}
