import type { Lang } from '../model/finding';
import type { AuditResult } from '../model/schema';
import type { Finding } from '../model/finding';
import { bySeverity, causesOf, differenceText, locationText, numberText, oneLine, severityWord } from './finding-fields';
import { checkName, computed, labelledNumbers } from './numbers';

const HEADER: Record<Lang, string[]> = {
  'zh-CN': ['严重程度', '检查', '位置', '原因', '应为', '表格', '差值', '数字及来源', '说明'],
  en: ['Severity', 'Check', 'Location', 'Cause', 'Expected', 'Table', 'Difference', 'Figures and sources', 'Message'],
};

/**
 * Header row, then one row per finding in severity order; raw text, escaped by each writer. The
 * check is named for people; 应为 / 表格 / 差值 are filled only where Gouji computed what a cell
 * should be, and every number is also given with its source (正文 34 · 表格 32).
 */
export function findingsRows(result: AuditResult, lang: Lang): string[][] {
  const causes = causesOf(result, lang);
  const causeText = (f: (typeof result.findings)[number]) => {
    const i = causes.findIndex((c) => c.findings.includes(result.findings.indexOf(f)));
    return i < 0 ? '' : `${i + 1}. ${causes[i]!.message}`;
  };
  const rows = bySeverity(result.findings).map((f) => {
    const own = computed(f);
    return [
      severityWord(f.severity, lang),
      checkName(f.check, lang),
      locationText(f, lang, result.document?.kind),
      causeText(f),
      own ? numberText(f.expected) : '',
      own ? numberText(f.actual) : '',
      own ? differenceText(f) : '',
      labelledNumbers(f as Finding, lang),
      f.message ?? '',
    ];
  });
  return [HEADER[lang].slice(), ...rows];
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula, so
 * page text could call functions on the reader's machine. A leading apostrophe makes it text.
 * Plain signed numbers stay as they are: they cannot call anything, and the difference column
 * needs them.
 */
export function neutraliseFormula(cell: string): string {
  if (/^[+-]?\d+(\.\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The cell as TSV and the HTML table both carry it: one line, formula-safe. */
export function clipboardCell(cell: string): string {
  return neutraliseFormula(oneLine(cell));
}

/** Tab-separated text: what a spreadsheet makes columns of when text/plain is pasted. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(clipboardCell).join('\t')).join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// Inline styles only: Excel, WPS and Word drop <style> blocks from pasted HTML.
const CELL_STYLE = 'border:1px solid #999;padding:2px 6px;vertical-align:top';
const HEAD_STYLE = `${CELL_STYLE};background:#eee;font-weight:bold`;

/**
 * An HTML fragment for a text/html clipboard write, so a paste into Excel, WPS or Word is a real
 * table. The first row is the header. Every cell and the caption are escaped: no page text ever
 * becomes markup.
 */
export function formatHtmlTable(rows: readonly (readonly string[])[], caption?: string): string {
  const [head, ...body] = rows;
  const cells = (row: readonly string[], tag: 'th' | 'td', style: string) =>
    `<tr>${row.map((c) => `<${tag} style="${style}">${escapeHtml(clipboardCell(c))}</${tag}>`).join('')}</tr>`;
  const parts = ['<meta charset="utf-8">', '<table style="border-collapse:collapse" border="1">'];
  if (caption) parts.push(`<caption style="text-align:left;font-weight:bold">${escapeHtml(oneLine(caption))}</caption>`);
  if (head) parts.push(`<thead>${cells(head, 'th', HEAD_STYLE)}</thead>`);
  parts.push(`<tbody>${body.map((row) => cells(row, 'td', CELL_STYLE)).join('')}</tbody>`, '</table>');
  return parts.join('');
}

function csvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 with CRLF, behind a BOM: without it Excel reads UTF-8 Chinese as the ANSI code page. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
