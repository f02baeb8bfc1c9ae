import type { Lang } from '../model/finding';
import type { AuditResult } from '../model/schema';
import { causesOf, pagesAndReading, textlessPagesText } from './finding-fields';
import { verdictLine, verdictOf } from './verdict';

const MARK = { error: '✗', warning: '!', info: 'i' } as const;
const HEADINGS = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
} as const;

export interface TextOptions {
  lang: Lang;
  color: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** A readable report for a terminal; findings must already carry their messages. */
export function formatTextReport(result: AuditResult, options: TextOptions): string {
  const { lang } = options;
  const paint = (code: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[code]}${s}${COLORS.reset}` : s);
  const zh = lang === 'zh-CN';
  const lines: string[] = [];
  lines.push(paint('bold', `勾稽 Gouji · ${result.report?.title || result.source}`));
  lines.push(paint('dim', zh ? `来源：${result.source}` : `Source: ${result.source}`));
  if (result.linkedFrom) lines.push(paint('dim', zh ? `附件所在页面：${result.linkedFrom}` : `Attached to: ${result.linkedFrom}`));
  const textless = textlessPagesText(result, lang);
  if (textless) lines.push(paint('warning', textless));
  if (!result.detected || !result.report) {
    lines.push(zh ? '不是政府信息公开工作年度报告，未核对。' : 'Not a government information disclosure annual report; nothing checked.');
    return lines.join('\n') + '\n';
  }
  const r = result.report;
  const unknown = zh ? '未知' : 'unknown';
  lines.push(
    paint(
      'dim',
      zh
        ? `机关：${r.agency ?? unknown}　年度：${r.year ?? unknown}　模板：${r.template ?? '旧格式'}`
        : `Agency: ${r.agency ?? unknown}   Year: ${r.year ?? unknown}   Template: ${r.template ?? 'old format'}`,
    ),
  );
  const v = verdictOf(result);
  const verdict = verdictLine(v, lang);
  lines.push(paint(v.counts.error ? 'error' : v.kind === 'holds' ? 'bold' : 'warning', zh ? `结论：${verdict}` : `Verdict: ${verdict}`));
  // The causes lead: what to fix, before the symptoms it explains.
  const causes = causesOf(result, lang);
  if (causes.length) {
    lines.push('', paint('bold', zh ? `原因（${causes.length}）` : `Causes (${causes.length})`));
    causes.forEach((c, i) => lines.push(`  ${i + 1}. ${c.message}`));
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = result.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    lines.push('', paint(severity, `${HEADINGS[lang][severity]} (${list.length})`));
    for (const f of list) {
      const pages = pagesAndReading(f, lang, result.document?.kind);
      lines.push(`  ${paint(severity, MARK[severity])} ${f.message ?? f.check}${pages ? ' ' + pages : ''}  ${paint('dim', `[${f.check}]`)}`);
    }
  }
  return lines.join('\n') + '\n';
}
