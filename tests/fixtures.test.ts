import { describe, expect, it } from 'vitest';
import { AuditResultSchema } from '../lib/model/schema';
import { auditFile, listFixtures } from './helpers/fixtures';

/** Checks whose findings the expected files list in full. */
const COMPARED = new Set([
  'row-total',
  'results-total',
  'balance',
  'review-total',
  'litigation-direct-total',
  'litigation-after-review-total',
  'ragged-row',
  'missing-row',
  // Beyond the table: prose, year, template, structure, deadline (and, silent without last year's report, continuity).
  'year-mismatch',
  'publish-deadline',
  'template-mismatch',
  'missing-section',
  'prose-vs-table',
  'carry-over-continuity',
  'section-two-continuity',
  'copied-narrative',
  // How rows were placed (issue 16): silent on every fixture but the misprinted ones.
  'row-by-position',
  'row-order',
  'text-unreadable',
]);
/** Cell-status checks: the expected files name the rows; the audit names the cells. */
const BY_ROW = new Set(['blank-cell', 'placeholder-cell']);

const fixtures = listFixtures();

describe('fixtures audit to their expected results', () => {
  it('has fixtures of every kind', () => {
    const folders = new Set(fixtures.map((f) => f.name.split('/')[0]));
    for (const kind of ['seeds', 'pages', 'negatives', 'samples']) expect(folders).toContain(kind);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { result } = auditFile(fixture.path);
    const want = fixture.expected;
    expect(AuditResultSchema.parse(JSON.parse(JSON.stringify(result)))).toBeTruthy();
    expect(result.detected).toBe(want.detected);
    if (!want.detected) return;
    if (want.report?.year !== undefined) expect(result.report?.year).toBe(want.report.year);
    if (want.report?.template !== undefined) expect(result.report?.template).toBe(want.report.template);
    if (want.report?.agency) expect(result.report?.agency).toBe(want.report.agency);
    if (want.applications === null) {
      expect(result.tables.applications).toBeNull();
      return;
    }
    if (want.rows) expect(result.tables.applications?.rows).toEqual(want.rows);
    if (want.reviewLitigation) expect(result.tables.reviewLitigation?.values).toEqual(want.reviewLitigation);
    if (!want.findings) return;
    const key = (f: { check: string; at?: { row?: string; col?: string } }) => `${f.check} ${f.at?.row ?? ''} ${f.at?.col ?? ''}`.trim();
    const got = result.findings
      .filter((f) => COMPARED.has(f.check))
      .map(key)
      .sort();
    expect(got).toEqual(
      want.findings
        .filter((f) => COMPARED.has(f.check))
        .map(key)
        .sort(),
    );
    for (const check of BY_ROW) {
      const rows = new Set(
        result.findings.filter((f) => f.check === check && f.at.section === 'applications').flatMap((f) => (f.cells ?? []).map((c) => c.row)),
      );
      const wantRows = new Set(
        want.findings
          .filter((f) => f.check === check && f.at?.row && !['review', 'litigation_direct', 'litigation_after_review'].includes(f.at.row))
          .map((f) => f.at!.row!),
      );
      expect([...rows].sort()).toEqual([...wantRows].sort());
    }
  });
});
