import { resultWithMessages } from '../../lib/audit';
import type { Lang } from '../../lib/model/finding';
import type { AuditResult } from '../../lib/model/schema';
import { auditFile, FIXTURES } from '../helpers/fixtures';

/** Real audits for the format tests: the sample report (4 errors, 1 warning, 2 infos) and a non-report. */

export const SAMPLE = FIXTURES + 'samples/sample-report.html';
export const NOT_A_REPORT = FIXTURES + 'negatives/pingtan_czj_guide_2024.html';
export const OLD_FORMAT = FIXTURES + 'negatives/pingtan_nyj_2011_oldformat_report.html';

// Parsing a page takes a good part of a second; every test here only reads the result.
const cache = new Map<string, AuditResult>();

export function audited(path: string, lang: Lang): AuditResult {
  const result = cache.get(path) ?? auditFile(path).result;
  cache.set(path, result);
  return resultWithMessages(result, lang);
}

export const HOSTILE = '=SUM(A1) <script>alert("x")</script> a|b\nsecond line';

/** The sample with one more finding whose text is everything a format must not let through. */
export function hostile(lang: Lang): AuditResult {
  const result = audited(SAMPLE, lang);
  return {
    ...result,
    report: result.report && { ...result.report, agency: '<img src=x onerror=alert(1)>区', title: 'A|B <b>报告</b>' },
    findings: [...result.findings, { check: 'unparsed-cell', severity: 'warning', at: { section: 'applications' }, message: HOSTILE }],
  };
}

export function withoutFindings(result: AuditResult): AuditResult {
  return { ...result, findings: [], causes: [] };
}

/** A minimal RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else cell += ch;
  }
  if (cell || row.length) throw new Error('last record lacks CRLF');
  return rows;
}

/** The text of every th/td, row by row, entities decoded. */
export function htmlCells(html: string): string[][] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)));
}
