import type { Lang } from '../model/finding';
import type { AuditResult } from '../model/schema';
import type { Finding } from '../model/finding';
import {
  bySeverity,
  causesOf,
  footerText,
  headingText,
  locationText,
  notCheckedText,
  oneLine,
  pageAddress,
  reportName,
  severityWord,
  verdictLabel,
} from './finding-fields';
import { checkName, labelledNumbers } from './numbers';
import type { SummaryOptions } from './summary';
import { verdictLine, verdictOf } from './verdict';

export type MarkdownOptions = SummaryOptions;

const HEADER: Record<Lang, string[]> = {
  'zh-CN': ['严重程度', '检查', '位置', '数字及来源', '说明'],
  en: ['Severity', 'Check', 'Location', 'Figures and sources', 'Message'],
};

/**
 * Page text is untrusted: a backslash before the punctuation that starts emphasis, code, links,
 * raw HTML or a table cell shows it literally in every CommonMark renderer.
 */
export function markdownText(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** Inside a table cell a newline would end the row; <br> is the GFM way to keep it. */
function markdownCell(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((part) => markdownText(part))
    .join('<br>');
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function addressLine(address: string, lang: Lang): string {
  // An autolink keeps a URL clickable; anything else is shown as escaped text.
  const shown = /^https?:\/\/[^\s<>]+$/.test(address) ? `<${address}>` : markdownText(address);
  return `${lang === 'en' ? 'Page: ' : '页面：'}${shown}`;
}

function metadataLine(result: AuditResult, lang: Lang): string {
  const r = result.report!;
  const en = lang === 'en';
  const parts: string[] = [];
  if (r.title) parts.push(`${en ? 'Title: ' : '标题：'}${markdownText(r.title)}`);
  if (r.template) parts.push(`${en ? 'Template: ' : '模板：'}${r.template}`);
  if (r.published) parts.push(`${en ? 'Published: ' : '发布：'}${markdownText(r.published)}`);
  return parts.join(' · ');
}

/** For issue trackers, wikis and notes apps that render Markdown: the verdict and the causes first. */
export function formatMarkdown(result: AuditResult, options: MarkdownOptions): string {
  const { lang } = options;
  const en = lang === 'en';
  const blocks: string[] = [];
  if (!result.detected || !result.report) {
    blocks.push(`## ${markdownText(headingText(result, lang))}`, markdownText(notCheckedText(lang)));
  } else {
    const verdict = verdictLine(verdictOf(result, result.findings, options.dismissed ?? 0), lang);
    blocks.push(`## ${markdownText(`${verdictLabel(lang)}${verdict}`)}`);
    // The title when the page has one (it names agency and year), else what the metadata say.
    blocks.push(result.report.title ? metadataLine(result, lang) : `${en ? 'Report: ' : '报告：'}${markdownText(reportName(result, lang))}`);
    const causes = causesOf(result, lang);
    if (causes.length) blocks.push([`**${en ? 'Causes' : '原因'}**`, ...causes.map((c, i) => `${i + 1}. ${markdownText(c.message)}`)].join('\n'));
    if (result.findings.length) {
      const rows = bySeverity(result.findings).map((f) =>
        tableRow(
          [
            severityWord(f.severity, lang),
            checkName(f.check, lang),
            locationText(f, lang, result.document?.kind),
            labelledNumbers(f as Finding, lang),
            f.message ?? '',
          ].map(markdownCell),
        ),
      );
      blocks.push([tableRow(HEADER[lang]), tableRow(HEADER[lang].map(() => '---')), ...rows].join('\n'));
    }
  }
  const address = pageAddress(result, options.url);
  if (address) blocks.push(addressLine(address, lang));
  blocks.push(`*${markdownText(footerText(lang, options.auditedAt))}*`);
  return blocks.join('\n\n') + '\n';
}
