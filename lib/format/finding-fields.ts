import type { Finding, Lang, Severity } from '../model/finding';
import { cellList, cellName, colName, rowName } from '../i18n/words';
import { REVIEW_GROUPS } from '../model/keys';
import type { AuditCause, AuditFinding, AuditResult } from '../model/schema';
import { causeMessage } from '../causes';
import { beijingTime } from './when';

export type DocumentKind = NonNullable<AuditResult['document']>['kind'];

/** Shared by the copy and download formats so they name things the same way. */

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  // "note" rather than "info": verdictLine already counts info findings as notes.
  en: { error: 'error', warning: 'warning', info: 'note' },
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[lang][severity];
}

/** Stable, so within a severity the registry's order (and the reader's memory of it) survives. */
export function bySeverity<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** Page text can carry newlines and tabs; one-line formats must not break on them. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n\t]+\s*/g, ' ').trim();
}

/** Where the finding is: the identity's row or column, the section-four group, or its cells; and how they were read when that was uncertain. */
export function locationText(f: AuditFinding, lang: Lang, kind?: DocumentKind): string {
  return [placeText(f, lang), pdfPagesText(f, lang, kind), readingText(f, lang)].filter(Boolean).join(' ');
}

const READINGS = {
  structure: { 'zh-CN': '按位置识别', en: 'row placed by position' },
  text: { 'zh-CN': '由文本重建', en: 'rebuilt from text' },
  ocr: { 'zh-CN': 'OCR识别', en: 'read by OCR' },
} as const;

/**
 * How the cells a finding is built on were read, when not plainly from the table: a row placed
 * by its position (its label misprinted), a table rebuilt from text, OCR. "（按位置识别）",
 * "(rebuilt from text)"; empty when every cell was read plainly. Where to look twice.
 */
export function readingText(f: AuditFinding, lang: Lang): string {
  const kinds = (['structure', 'text', 'ocr'] as const).filter((k) => (f.cells ?? []).some((c) => c.read === k));
  if (!kinds.length) return '';
  const words = kinds.map((k) => READINGS[k][lang]);
  return lang === 'en' ? `(${words.join('; ')})` : `（${words.join('、')}）`;
}

/**
 * The PDF pages (or, for a page's pictures, the pictures) and the uncertain reading of a
 * finding's cells, for a line after its message.
 */
export function pagesAndReading(f: AuditFinding, lang: Lang, kind?: DocumentKind): string {
  return [pdfPagesText(f, lang, kind), readingText(f, lang)].filter(Boolean).join(' ');
}

/** A note when some of a PDF's pages are images only: what is on them was not read. */
export function textlessPagesText(result: AuditResult, lang: Lang): string {
  const pages = result.document?.textlessPages ?? [];
  if (!pages.length) return '';
  return lang === 'en'
    ? `PDF page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} ${pages.length > 1 ? 'are' : 'is'} images only (scanned?): nothing on ${pages.length > 1 ? 'them' : 'it'} was read.`
    : `PDF第${pages.join('、')}页只有图片（扫描件？），其上的内容未能读取。`;
}

/**
 * The PDF pages a finding's cells were printed on: "（PDF第4页）", "(PDF p. 4–5)"; the pictures
 * they were read from when the document is a page's pictures: "（第1张图片）", "(picture 1)".
 */
export function pdfPagesText(f: AuditFinding, lang: Lang, kind?: DocumentKind): string {
  const boxes = [...(f.cells ?? []).flatMap((c) => c.pdf ?? []), ...(f.pdf ?? [])];
  const pages = [...new Set(boxes.map((b) => b.page))].sort((a, b) => a - b);
  if (!pages.length) return '';
  const list =
    pages.length > 2 && pages[pages.length - 1]! - pages[0]! === pages.length - 1
      ? `${pages[0]}–${pages[pages.length - 1]}`
      : pages.join(lang === 'en' ? ', ' : '、');
  if (kind === 'images') return lang === 'en' ? `(picture${pages.length > 1 ? 's' : ''} ${list})` : `（第${list}张图片）`;
  return lang === 'en' ? `(PDF p. ${list})` : `（PDF第${list}页）`;
}

function placeText(f: AuditFinding, lang: Lang): string {
  const en = lang === 'en';
  const { row, col, section } = f.at;
  if (row && col) return cellName({ row, col }, lang);
  if (row) return en ? `${rowName(row, lang)} row` : `${rowName(row, lang)}行`;
  if (col) return en ? `${colName(col, lang)} column` : `${colName(col, lang)}列`;
  const group = REVIEW_GROUPS.find((g) => g.check === f.check);
  if (group) return en ? group.en : group.zh;
  if (f.cells?.length) return cellList(f.cells, lang, 3);
  if (section === 'applications') return en ? 'section three' : '三、收到和处理政府信息公开申请情况';
  if (section === 'review') return en ? 'section four' : '四、行政复议、行政诉讼';
  return '';
}

/** actual − expected with its sign ("+1", "-2", "0"); empty unless both are numbers. */
export function differenceText(f: AuditFinding): string {
  if (typeof f.actual !== 'number' || typeof f.expected !== 'number') return '';
  const d = f.actual - f.expected;
  return d > 0 ? `+${d}` : String(d);
}

export function numberText(n: number | null | undefined): string {
  return typeof n === 'number' ? String(n) : '';
}

/** "勾稽核对：示例区人民政府 2024年 政府信息公开工作年度报告" — the first line of every copied format. */
export function headingText(result: AuditResult, lang: Lang): string {
  const en = lang === 'en';
  const r = result.detected ? result.report : null;
  if (!r) return en ? 'Gouji check: not a government information disclosure annual report' : '勾稽核对：不是政府信息公开工作年度报告';
  const agency = r.agency ? oneLine(r.agency) : '';
  if (en) return `Gouji check: ${[agency, r.year ?? '', 'government information disclosure annual report'].filter(Boolean).join(' ')}`;
  return `勾稽核对：${[agency, r.year ? `${r.year}年` : '', '政府信息公开工作年度报告'].filter(Boolean).join(' ')}`;
}

export function notCheckedText(lang: Lang): string {
  return lang === 'en' ? 'Not a government information disclosure annual report; nothing checked.' : '不是政府信息公开工作年度报告，未核对。';
}

export function footerText(lang: Lang, auditedAt?: string): string {
  const base = lang === 'en' ? 'Checked by Gouji (勾稽)' : '由勾稽（Gouji）核对';
  return auditedAt ? `${base}${lang === 'en' ? ', ' : '，'}${oneLine(beijingTime(auditedAt, lang))}` : base;
}

/** The result's causes, each with its sentence in the reader's language. */
export function causesOf(result: AuditResult, lang: Lang): (AuditCause & { message: string })[] {
  return (result.causes ?? []).map((c) => ({ ...c, message: c.message ?? causeMessage(c, result.findings as Finding[], lang) }));
}

/** "结论：" / "Verdict: ", the first words of every copy. */
export function verdictLabel(lang: Lang): string {
  return lang === 'en' ? 'Verdict: ' : '结论：';
}

/** "（示例市示例区人民政府 2024年 政府信息公开工作年度报告）" after the verdict: what was checked. */
export function reportName(result: AuditResult, lang: Lang): string {
  const r = result.report;
  if (!r) return '';
  const agency = r.agency ? oneLine(r.agency) : '';
  const name =
    lang === 'en'
      ? [agency, r.year ?? '', 'annual report'].filter(Boolean).join(' ')
      : [agency, r.year ? `${r.year}年` : '', '政府信息公开工作年度报告'].filter(Boolean).join(' ');
  return name;
}

/** The page's address when the caller knows it, else the audit's source (a path in the CLI). */
export function pageAddress(result: AuditResult, url?: string): string {
  return oneLine(url ?? result.source ?? '');
}
