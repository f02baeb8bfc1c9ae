import { describe, expect, it } from 'vitest';
import type { PreviousReport } from '../../lib/checks/types';
import { audit, inputOf, itMatchesTheCorpus, listFixtures, memoOf, page, run } from './helpers';

const ID = 'carry-over-continuity';

describe('carry-over-continuity', () => {
  it('holds across the pingtan series: 2023 → 2024 → 2025 carry 0 forward and 0 over', () => {
    expect(run(ID, { ...inputOf(page('pingtan_2024')), previous: memoOf(page('pingtan_2023')) })).toEqual([]);
    expect(run(ID, { ...inputOf(page('pingtan_2025')), previous: memoOf(page('pingtan_2024')) })).toEqual([]);
  });

  it('fires, column by column, when a 2026 report carries over 0 of the 6 that 2025 carried forward', () => {
    const prev = memoOf(page('pingtan_2025'));
    expect(prev.carriedForward).toEqual([4, 2, 0, 0, 0, 0, 6]);
    const input = inputOf(page('pingtan_2025')); // its 二、上年结转 row is all 0
    const findings = run(ID, { ...input, meta: { ...input.meta, year: 2026 }, previous: prev });
    expect(findings.map((f) => [f.at.col, f.expected, f.actual])).toEqual([
      ['natural_person', 4, 0],
      ['commercial', 2, 0],
      ['total', 6, 0],
    ]);
    for (const f of findings) {
      expect(f.severity).toBe('error');
      expect(f.cells).toMatchObject([{ row: 'carried_over', col: f.at.col }]);
      expect(f.cells![0]!.ref).not.toBeNull();
      expect(f.data).toMatchObject({ previousYear: 2025 });
    }
  });

  it('runs through the audit when the previous report is passed in', () => {
    const prev: PreviousReport = { ...memoOf(page('pingtan_2024')), carriedForward: [1, 0, 0, 0, 0, 0, 1] };
    const { result } = audit(page('pingtan_2025'), prev);
    expect(result.findings.filter((f) => f.check === ID).map((f) => f.at.col)).toEqual(['natural_person', 'total']);
  });

  it("takes last year's report from a lookup by the agency and year the same read finds, in one pass", async () => {
    const prev: PreviousReport = { ...memoOf(page('pingtan_2024')), carriedForward: [1, 0, 0, 0, 0, 0, 1] };
    const asked: [string | null, number | null][] = [];
    const { readFileSync } = await import('node:fs');
    const { auditDocument } = await import('../../lib/audit');
    const { parseHtml } = await import('../helpers/dom');
    const doc = parseHtml(readFileSync(page('pingtan_2025'), 'utf8'));
    const looked = auditDocument(doc, { source: 'x', previous: (agency, year) => (asked.push([agency, year]), prev) }).result;
    const given = auditDocument(doc, { source: 'x', previous: prev }).result;
    expect(asked).toEqual([[given.report!.agency, 2025]]);
    expect(looked).toEqual(given);
    expect(looked.findings.filter((f) => f.check === ID)).toHaveLength(2);
  });

  it('runs only against the year before', () => {
    const prev: PreviousReport = { ...memoOf(page('pingtan_2023')), carriedForward: [1, 0, 0, 0, 0, 0, 1] };
    expect(run(ID, { ...inputOf(page('pingtan_2025')), previous: prev })).toEqual([]); // 2023 is two years back
    expect(run(ID, { ...inputOf(page('pingtan_2024')), previous: prev })).toHaveLength(2);
    expect(run(ID, { ...inputOf(page('pingtan_2024')), previous: { ...prev, carriedForward: null } })).toEqual([]);
  });

  describe('on every fixture with a table: silent against its own carried-over row, firing when one cell differs', () => {
    const withTables = listFixtures().filter((f) => f.expected.detected && f.expected.applications !== null && f.expected.rows);
    it.each(withTables.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
      const input = inputOf(fixture.path);
      const year = input.meta.year!;
      const carried = input.applications!.rows.carried_over!;
      const prev: PreviousReport = {
        year: year - 1,
        agency: input.meta.agency,
        source: 'x',
        carriedForward: [...carried],
        sectionTwo: null,
        overview: null,
        problems: null,
      };
      expect(run(ID, { ...input, previous: prev })).toEqual([]);
      const off = [...carried];
      off[0] = (off[0] ?? 0) + 1;
      expect(run(ID, { ...input, previous: { ...prev, carriedForward: off } }).map((f) => f.at.col)).toEqual(['natural_person']);
    });
  });

  describe('on every fixture, without last year', () => itMatchesTheCorpus(ID));
});
