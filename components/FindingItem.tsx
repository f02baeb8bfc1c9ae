import type { Finding, Lang } from '@/lib/checks/types';
import { cellName } from '@/lib/i18n/words';
import { ui } from '@/lib/i18n/ui';

interface Props {
  finding: Finding;
  lang: Lang;
  onLocate?: (refs: { t: number; r: number; c: number }[], quote?: string) => void;
  onDismiss?: () => void;
  /** For a PDF attachment: show this finding's cells on the PDF page. */
  onEvidence?: () => void;
}

export function FindingItem({ finding: f, lang, onLocate, onDismiss, onEvidence }: Props) {
  const t = ui(lang);
  const refs = (f.cells ?? []).map((c) => c.ref).filter((r): r is { t: number; r: number; c: number } => !!r);
  const quote = typeof f.data?.quote === 'string' ? f.data.quote : undefined;
  const numeric = typeof f.expected === 'number' && typeof f.actual === 'number';
  const diff = numeric ? f.actual! - f.expected! : 0;
  return (
    <li class={`finding ${f.severity}`} data-check={f.check}>
      <p class="message">{f.message ?? f.check}</p>
      {numeric && (
        <p class="nums">
          <span>
            {t.expected} <b>{f.expected}</b>
          </span>
          <span>
            {t.printed} <b>{f.actual}</b>
          </span>
          <span>
            {t.difference} <b>{diff > 0 ? `+${diff}` : diff}</b>
          </span>
        </p>
      )}
      {f.check === 'suspect-cell' && f.cells?.[0] && (
        <p class="suspect">
          {t.suspect}: {cellName(f.cells[0], lang)}
        </p>
      )}
      <p class="actions">
        <code>{f.check}</code>
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
