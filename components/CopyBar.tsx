import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/model/finding';
import { formatJson } from '@/lib/format/json';
import { formatMarkdown } from '@/lib/format/markdown';
import { formatSummary } from '@/lib/format/summary';
import { findingsRows, formatCsv, formatHtmlTable, formatTsv } from '@/lib/format/table';
import { ui } from '@/lib/i18n/ui';
import { verdictLabel } from '@/lib/format/finding-fields';
import { verdictLine, verdictOf } from '@/lib/format/verdict';
import type { AuditResult } from '@/lib/model/schema';
import { download, writeRich } from './clipboard';

interface Props {
  result: AuditResult;
  lang: Lang;
  url: string | null;
  auditedAt: string | null;
  /** Findings set aside on this page: the copies' verdict says how many. */
  dismissed?: number;
}

async function writeText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

function fileName(result: AuditResult): string {
  const base = [result.report?.agency, result.report?.year].filter(Boolean).join('-') || 'gouji';
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '_')}-勾稽.csv`;
}

export function CopyBar({ result, lang, url, auditedAt, dismissed = 0 }: Props) {
  const t = ui(lang);
  const [note, setNote] = useState<string>('');
  const options = { lang, url: url ?? undefined, auditedAt: auditedAt ?? undefined, dismissed };
  const run = (action: () => Promise<void> | void) => async () => {
    try {
      await action();
      setNote(t.copied);
    } catch (error) {
      setNote(`${t.copyFailed}: ${(error as Error).message}`);
    }
    setTimeout(() => setNote(''), 2500);
  };
  const rows = () => findingsRows(result, lang);
  // The pasted table's caption leads with the verdict, like every other copy.
  const caption = () =>
    `${verdictLabel(lang)}${verdictLine(verdictOf(result, result.findings, dismissed), lang)}${result.report?.title ? (lang === 'en' ? ` — ${result.report.title}` : `——${result.report.title}`) : ''}`;
  return (
    <div class="copybar">
      <button type="button" class="primary" data-action="summary" onClick={run(() => writeText(formatSummary(result, options)))}>
        {t.copySummary}
      </button>
      <button type="button" data-action="markdown" onClick={run(() => writeText(formatMarkdown(result, options)))}>
        {t.copyMarkdown}
      </button>
      <button type="button" data-action="table" onClick={run(() => writeRich(formatHtmlTable(rows(), caption()), formatTsv(rows())))}>
        {t.copyTable}
      </button>
      <button type="button" data-action="csv" onClick={run(() => download(fileName(result), formatCsv(rows()), 'text/csv;charset=utf-8'))}>
        {t.downloadCsv}
      </button>
      <button type="button" data-action="json" onClick={run(() => writeText(formatJson(result)))}>
        {t.copyJson}
      </button>
      <span class="note" role="status" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
