import type { Lang } from '../checks/types';
import type { AuditResult } from '../model/schema';
import { bySeverity, footerText, headingText, notCheckedText, oneLine, pageAddress, pdfPagesText, severityWord, textlessPagesText } from './finding-fields';
import { countFindings, verdictLine } from './verdict';

export interface SummaryOptions {
  lang: Lang;
  /** The page's address; the audit's source is used when absent. */
  url?: string;
  /** When the audit ran, as the caller wants it shown (no clock is read here). */
  auditedAt?: string;
}

/** Plain text for a chat or an e-mail: one finding a line, so it survives any paste. */
export function formatSummary(result: AuditResult, options: SummaryOptions): string {
  const { lang } = options;
  const en = lang === 'en';
  const lines = [headingText(result, lang)];
  const textless = textlessPagesText(result, lang);
  if (textless) lines.push(textless);
  if (!result.detected || !result.report) {
    lines.push(notCheckedText(lang));
  } else {
    if (result.report.title) lines.push(oneLine(result.report.title));
    const verdict = verdictLine(countFindings(result.findings), lang, result.tables.applications !== null);
    lines.push(`${en ? 'Verdict: ' : '结论：'}${verdict}`);
    for (const f of bySeverity(result.findings)) {
      const word = severityWord(f.severity, lang);
      const pages = pdfPagesText(f, lang);
      lines.push(`${en ? `[${word}]` : `【${word}】`} ${oneLine(f.message ?? f.check)}${pages ? ' ' + pages : ''}`);
    }
  }
  const address = pageAddress(result, options.url);
  if (address) lines.push(`${en ? 'Page: ' : '页面：'}${address}`);
  lines.push(footerText(lang, options.auditedAt));
  return lines.join('\n');
}
