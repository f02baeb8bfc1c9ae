import type { Lang } from '../model/finding';
import type { AuditResult } from '../model/schema';
import {
  bySeverity,
  causesOf,
  footerText,
  headingText,
  notCheckedText,
  oneLine,
  pageAddress,
  pagesAndReading,
  reportName,
  severityWord,
  textlessPagesText,
  verdictLabel,
} from './finding-fields';
import { verdictLine, verdictOf } from './verdict';

export interface SummaryOptions {
  lang: Lang;
  /** The page's address; the audit's source is used when absent. */
  url?: string;
  /** When the audit ran (ISO time; shown in Beijing time), as the caller has it: no clock is read here. */
  auditedAt?: string;
  /** Findings the user set aside on this page: the verdict says how many. */
  dismissed?: number;
}

/**
 * Plain text for a chat or an e-mail, one item a line so it survives any paste: the verdict and
 * what was checked first, then the causes (what to fix), then every finding, the page, the time.
 */
export function formatSummary(result: AuditResult, options: SummaryOptions): string {
  const { lang } = options;
  const en = lang === 'en';
  const lines: string[] = [];
  if (!result.detected || !result.report) {
    lines.push(headingText(result, lang), notCheckedText(lang));
  } else {
    const verdict = verdictLine(verdictOf(result, result.findings, options.dismissed ?? 0), lang);
    const name = reportName(result, lang);
    lines.push(`${verdictLabel(lang)}${verdict}${name ? (en ? ` — ${name}` : `——${name}`) : ''}`);
    const textless = textlessPagesText(result, lang);
    if (textless) lines.push(textless);
    const causes = causesOf(result, lang);
    if (causes.length) {
      lines.push(en ? `Causes (${causes.length}):` : `原因（${causes.length}）：`);
      causes.forEach((c, i) => lines.push(`${i + 1}. ${oneLine(c.message)}`));
    }
    if (result.findings.length) lines.push(en ? `Findings (${result.findings.length}):` : `全部问题（${result.findings.length}）：`);
    for (const f of bySeverity(result.findings)) {
      const word = severityWord(f.severity, lang);
      const pages = pagesAndReading(f, lang, result.document?.kind);
      lines.push(`${en ? `[${word}]` : `【${word}】`} ${oneLine(f.message ?? f.check)}${pages ? ' ' + pages : ''}`);
    }
  }
  const address = pageAddress(result, options.url);
  if (address) lines.push(`${en ? 'Page: ' : '页面：'}${address}`);
  lines.push(footerText(lang, options.auditedAt));
  return lines.join('\n');
}
