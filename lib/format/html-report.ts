import { resultWithMessages } from '../audit';
import type { Finding, Lang } from '../model/finding';
import { causeUi } from '../i18n/ui-causes';
import { ui } from '../i18n/ui';
import { reportWords } from '../i18n/ui-report';
import { colName, rowName } from '../i18n/words';
import { COL_KEYS } from '../model/keys';
import type { AuditResult } from '../model/schema';
import { agencyCharts, figure, yearComparison } from './agency-charts';
import { markedRows, markedText } from './cell-marks';
import { chainSvg, chainTable } from './continuity-chain';
import { extractedReviewRows } from './extracted-table';
import { causesOf, locationText, reportName, textlessPagesText, type DocumentKind } from './finding-fields';
import { checkName, labelledNumbers } from './numbers';
import { agencySeries, yearBatches } from './report-series';
import { REPORT_CSS } from './html-report-style';
import { escapeHtml as esc } from './table';
import { countFindings, verdictLine, verdictOf, type VerdictKind } from './verdict';
import { beijingTime } from './when';

/**
 * One self-contained HTML document for all the inputs of a run (the CLI's `--format html`) or a
 * batch or a report in the panel (导出报告): a verdict summary, each agency's years as charts and
 * its continuity chain, each year's agencies ranked, then report by report the verdict, causes,
 * findings and the section-three table with its marks — the JSON's facts in the panel's words.
 * Inline CSS and SVG, no script, and a Content-Security-Policy that lets it load nothing: opening
 * it makes no request; links to the audited sources stay links.
 */
export type ReportItem = { result: AuditResult; url?: string; auditedAt?: string } | { source: string; error: string };

export interface HtmlReportOptions {
  lang: Lang;
  /** When the document was made (ISO); shown in Beijing time. No clock is read here. */
  generatedAt: string;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

const isHttp = (s: string) => /^https?:\/\//i.test(s);

/** A source as a link when it is an address, as text when it is a local path. */
function sourceLink(source: string): string {
  return isHttp(source) ? `<a href="${esc(source)}" rel="noreferrer">${esc(source)}</a>` : `<code>${esc(source)}</code>`;
}

const verdictClass = (k: VerdictKind) => (k === 'errors' ? 'error' : k === 'warnings' ? 'warning' : k === 'holds' ? 'ok' : 'info');

function summary(items: readonly ReportItem[], lang: Lang): string {
  const w = reportWords(lang);
  const rows = items.map((item, i) => {
    if ('error' in item) {
      return `<tr data-row="${i}" class="failed"><th scope="row">—</th><td data-key="year"></td><td data-key="verdict">${esc(`${w.unreadable}${w.colon}${item.error}`)}</td><td data-key="errors"></td><td data-key="warnings"></td><td data-key="source">${sourceLink(item.source)}</td></tr>`;
    }
    const r = item.result;
    const v = verdictOf(r);
    const counts = countFindings(r.findings);
    const name = r.report?.agency ?? (r.detected ? '' : w.notReport);
    return (
      `<tr data-row="${i}"><th scope="row"><a href="#r${i}">${esc(name || r.report?.title || r.source)}</a></th><td data-key="year">${r.report?.year ?? ''}</td>` +
      `<td data-key="verdict" class="verdict ${verdictClass(v.kind)}">${esc(verdictLine(v, lang))}</td><td data-key="errors">${counts.error}</td><td data-key="warnings">${counts.warning}</td>` +
      `<td data-key="source">${sourceLink(item.url ?? r.source)}</td></tr>`
    );
  });
  return `<table class="summary" data-figures="summary"><thead><tr>${w.summaryHead.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionThree(result: AuditResult, lang: Lang): string {
  const marked = markedRows(result);
  if (!marked) return '';
  const w = reportWords(lang);
  const head = `<tr><th scope="col">${esc(w.rowHead)}</th>${COL_KEYS.map((c) => `<th scope="col">${esc(colName(c, lang))}</th>`).join('')}</tr>`;
  const body = marked.rows
    .map(
      ({ row, cells }) =>
        `<tr data-row="${row}"><th scope="row">${esc(rowName(row, lang))}</th>${cells
          .map((c) => {
            const cls = [c.mark ? `mark ${c.mark}` : '', c.suspect ? 'suspect' : '', c.value === null ? 'blank' : ''].filter(Boolean).join(' ');
            return `<td data-col="${c.col}" data-value="${c.value ?? ''}"${c.mark ? ` data-mark="${c.mark}"` : ''}${cls ? ` class="${cls}"` : ''}>${esc(markedText(c, lang))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="scroll"><table class="section-three" data-figures="section-three"><caption>${esc(w.table)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div><p class="legend">${esc(w.tableLegend)}</p>`;
}

function sectionFour(result: AuditResult, lang: Lang): string {
  const rows = extractedReviewRows(result, lang);
  if (!rows.length) return '';
  const w = reportWords(lang);
  const [head, ...body] = rows;
  return (
    `<div class="scroll"><table class="section-four" data-figures="section-four"><caption>${esc(w.reviewTable)}</caption><thead><tr>${head!.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    body
      .map(
        (r, g) =>
          `<tr data-row="${g}"><th scope="row">${esc(r[0]!)}</th>${r
            .slice(1)
            .map((c) => `<td>${esc(c || '—')}</td>`)
            .join('')}</tr>`,
      )
      .join('') +
    '</tbody></table></div>'
  );
}

function findingItem(f: Finding, lang: Lang, kind?: DocumentKind): string {
  const nums = labelledNumbers(f, lang);
  const where = locationText(f, lang, kind);
  return (
    `<li class="finding ${f.severity}" data-check="${esc(f.check)}"><p class="message">${esc(f.message ?? f.check)}</p>` +
    (nums ? `<p class="nums">${esc(nums)}</p>` : '') +
    `<p class="meta"><span class="check-name">${esc(checkName(f.check, lang))}</span>${where ? ` · ${esc(where)}` : ''}</p></li>`
  );
}

function reportSection(item: Extract<ReportItem, { result: AuditResult }>, index: number, lang: Lang): string {
  const w = reportWords(lang);
  const t = ui(lang);
  const result = resultWithMessages(item.result, lang);
  const r = result.report;
  const v = verdictOf(result);
  const meta: string[] = [`<dt>${esc(w.source)}</dt><dd>${sourceLink(item.url ?? result.source)}</dd>`];
  if (result.linkedFrom) meta.push(`<dt>${esc(w.linkedFrom)}</dt><dd>${sourceLink(result.linkedFrom)}</dd>`);
  if (r)
    meta.push(
      `<dt>${esc(t.agency)}</dt><dd>${esc(r.agency ?? t.unknown)}</dd><dt>${esc(t.year)}</dt><dd>${r.year ?? esc(t.unknown)}</dd><dt>${esc(t.template)}</dt><dd>${esc(r.template ?? t.oldFormat)}</dd>`,
    );
  if (r?.previous) meta.push(`<dt></dt><dd>${esc(w.previous(r.previous.year) + w.colon)}${sourceLink(r.previous.source)}</dd>`);
  if (item.auditedAt) meta.push(`<dt>${esc(w.auditedAt)}</dt><dd>${esc(beijingTime(item.auditedAt, lang))}</dd>`);
  const causes = causesOf(result, lang);
  const causeList = causes.length
    ? `<section class="causes"><h4>${esc(causeUi(lang).causes)} <span class="count">${causes.length}</span></h4><ol>${causes
        .map((c) => {
          const nums =
            c.kind === 'suspect-cell'
              ? labelledNumbers({ check: 'suspect-cell', severity: 'error', at: {}, expected: c.expected, actual: c.actual }, lang)
              : '';
          return `<li class="cause ${c.kind}" data-kind="${c.kind}"><p class="message">${esc(c.message)}</p>${nums ? `<p class="nums">${esc(nums)}</p>` : ''}</li>`;
        })
        .join('')}</ol></section>`
    : '';
  const groups = SEVERITIES.map((s) => {
    const list = result.findings.filter((f) => f.severity === s);
    if (!list.length) return '';
    const heading = s === 'error' ? t.errors : s === 'warning' ? t.warnings : t.infos;
    return `<section class="group ${s}"><h4>${esc(heading)} <span class="count">${list.length}</span></h4><ul>${list.map((f) => findingItem(f as Finding, lang, result.document?.kind)).join('')}</ul></section>`;
  }).join('');
  const textless = textlessPagesText(result, lang);
  return (
    `<section class="report" id="r${index}" data-report="${index}"><h3>${esc(r ? reportName(result, lang) || r.title : result.source)}</h3>` +
    (r?.title ? `<p class="title">${esc(r.title)}</p>` : '') +
    `<dl>${meta.join('')}</dl><p class="verdict ${verdictClass(v.kind)}" data-verdict="${v.kind}">${esc(`${w.verdict}${w.colon}${verdictLine(v, lang)}`)}</p>` +
    (textless ? `<p class="verdict error">${esc(textless)}</p>` : '') +
    causeList +
    groups +
    sectionThree(result, lang) +
    sectionFour(result, lang) +
    '</section>'
  );
}

export function htmlReport(items: readonly ReportItem[], options: HtmlReportOptions): string {
  const { lang } = options;
  const w = reportWords(lang);
  const results = items.flatMap((i) => ('result' in i ? [i.result] : []));
  const series = agencySeries(results);
  const batches = yearBatches(results);
  const parts: string[] = [];
  parts.push(
    `<header><h1>${esc(w.docTitle)}</h1><p class="hint">${esc(`${w.generated}：${beijingTime(options.generatedAt, lang)} · ${w.inputs(items.length)}`)}</p></header>`,
  );
  parts.push('<main>');
  parts.push(`<section id="summary"><h2>${esc(w.summary)}</h2>${summary(items, lang)}</section>`);
  if (series.length) {
    parts.push(`<section id="agencies"><h2>${esc(w.byAgency)}</h2>`);
    for (const s of series) {
      parts.push(
        `<section class="agency" data-agency="${esc(s.agency)}"><h3>${esc(s.agency)}（${s.years.map((y) => y.year).join('、')}）</h3>${agencyCharts(s, lang)}` +
          `${figure(w.chain, `<p class="hint">${esc(w.chainHint)}</p>${chainSvg(s, lang)}`, chainTable(s, lang))}</section>`,
      );
    }
    parts.push('</section>');
  }
  for (const b of batches)
    parts.push(`<section class="year-batch" data-year="${b.year}"><h2>${esc(w.byYear(b.year))}</h2>${yearComparison(b, lang)}</section>`);
  const reports = items.map((item, i) => ('result' in item ? reportSection(item, i, lang) : '')).join('');
  if (reports) parts.push(`<section id="reports"><h2>${esc(w.reports)}</h2>${reports}</section>`);
  parts.push('</main>');
  parts.push(`<footer><p class="hint">${esc(w.footer)}</p></footer>`);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    // Nothing may load: no script, no font, no image from anywhere; only the inline style.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Gouji">` +
    `<link rel="icon" href="data:,"><title>${esc(`${w.docTitle}${series[0] ? ` · ${series[0].agency}` : results[0]?.report?.agency ? ` · ${results[0].report.agency}` : ''}`)}</title>` +
    `<style>${REPORT_CSS}</style></head><body>${parts.join('\n')}</body></html>\n`
  );
}
