import { dataOf } from '../../lib/checks';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { pdfPages } from '../../cli/pdf-pages';
import { auditText } from '../../lib/audit';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import type { AuditResult } from '../../lib/model/schema';
import { parseHtml } from '../helpers/dom';
import { comparableFindings } from './twins';

const ROOT = new URL('../../', import.meta.url);

/**
 * Arithmetic and reading findings: what a text twin must report as its PDF does. row-by-position
 * is left out: text without -layout prints some labels away from their figures, and those rows
 * are placed by structure (and say so) where the PDF reads their labels.
 */
export const TWIN_CHECKS = new Set([
  'row-total',
  'results-total',
  'balance',
  'review-total',
  'litigation-direct-total',
  'litigation-after-review-total',
  'suspect-cell',
  'blank-cell',
  'placeholder-cell',
  'unparsed-cell',
  'missing-row',
  'unmatched-row',
  'duplicate-row',
  'ragged-row',
  'row-order',
  'template-mismatch',
]);

export function twinFindings(result: AuditResult) {
  return comparableFindings(result.findings.filter((f) => TWIN_CHECKS.has(f.check)));
}

export interface TwinRow {
  name: string;
  mode: 'raw' | 'layout' | 'chromium';
  rowsEqual: boolean;
  findingsEqual: boolean;
  unreadable: boolean;
  /** Rows the text placed by structure. */
  byPosition: number;
  reviewEqual: boolean;
  note: string;
  pdf: AuditResult;
  text: AuditResult;
}

/** The PDF fixtures, by name, with the path of each. */
export function pdfFixtures(): { name: string; path: string }[] {
  const dir = new URL('tests/fixtures/pdf/', ROOT);
  const top = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => ({ name: f.slice(0, -4), path: new URL(f, dir).pathname }));
  const printed = readdirSync(new URL('printed/', dir))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => ({ name: f.slice(0, -4), path: new URL(`printed/${f}`, dir).pathname }));
  return [...top, ...printed];
}

export async function textTwins(): Promise<TwinRow[]> {
  const out: TwinRow[] = [];
  for (const { name, path } of pdfFixtures()) {
    const pdf = auditPdf(await pdfPages(new Uint8Array(readFileSync(path))), parseHtml, { source: `${name}.pdf` }).result;
    for (const mode of ['layout', 'raw', 'chromium'] as const) {
      const file = new URL(`tests/fixtures/pdf/text/${name}.${mode}.txt`, ROOT);
      // Chromium's viewer copy where scripts/chromium-pdf-text.ts made one.
      if (mode === 'chromium' && !existsSync(file)) continue;
      const text = auditText(readFileSync(file, 'utf8'), { source: `${name}.${mode}.txt` }).result;
      const rowsEqual = JSON.stringify(text.tables.applications?.rows ?? null) === JSON.stringify(pdf.tables.applications?.rows ?? null);
      const findingsEqual = JSON.stringify(twinFindings(text)) === JSON.stringify(twinFindings(pdf));
      const unreadable = text.findings.some((f) => f.check === 'text-unreadable');
      const note = unreadable ? (dataOf(text.findings.find((f) => f.check === 'text-unreadable')!, 'text-unreadable')?.reasons ?? []).join(', ') : '';
      const byPosition = text.findings.filter((f) => f.check === 'row-by-position').length;
      const reviewEqual = JSON.stringify(text.tables.reviewLitigation?.values ?? null) === JSON.stringify(pdf.tables.reviewLitigation?.values ?? null);
      out.push({ name, mode, rowsEqual, findingsEqual, unreadable, byPosition, reviewEqual, note, pdf, text });
    }
  }
  return out;
}
