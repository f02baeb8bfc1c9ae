import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditTableFirst } from '../../lib/audit';
import { PROSE_CHECKS } from '../../lib/checks';
import type { PreviousReport } from '../../lib/checks/types';
import { parseHtml } from '../helpers/dom';
import { listFixtures } from '../helpers/fixtures';

/**
 * The live page audits in two parts (issue 18): the table's checks first, the prose's in idle
 * time. The two merged must be the one-shot audit, finding for finding and byte for byte, on
 * every fixture — with last year's report known too, so the continuity checks take part.
 */
const pages = listFixtures().filter((f) => /\.html?$/.test(f.path));
const memos = pages.map((f) => auditDocument(parseHtml(readFileSync(f.path, 'utf8')), { source: f.path }).memo);

describe('table first, prose after: the same audit as one pass', () => {
  it('has HTML fixtures to compare', () => expect(pages.length).toBeGreaterThan(10));
  pages.forEach((fixture, index) => {
    const html = readFileSync(fixture.path, 'utf8');
    // Last year's report: another fixture's, moved to this agency and the year before.
    const other = memos[(index + 1) % memos.length] ?? null;
    const previous = (agency: string | null, year: number | null): PreviousReport | null => (other && year ? { ...other, agency, year: year - 1 } : null);
    for (const [label, options] of [
      ['alone', { source: fixture.path }],
      ['with last year', { source: fixture.path, previous }],
    ] as const) {
      it(`${fixture.name} (${label})`, () => {
        const once = auditDocument(parseHtml(html), options);
        const split = auditTableFirst(parseHtml(html), options);
        const table = split.table.result.findings;
        expect(table.filter((f) => PROSE_CHECKS.has(f.check))).toEqual([]);
        expect(split.table.memo).toBeNull();
        expect(split.pending).toBe(once.result.detected);
        const whole = split.finish();
        expect(split.pending).toBe(false);
        expect(split.finish()).toBe(whole);
        expect(JSON.stringify(whole.result)).toBe(JSON.stringify(once.result));
        expect(JSON.stringify(whole.memo)).toBe(JSON.stringify(once.memo));
        // The table's part holds exactly the one-shot's findings of the table's checks.
        expect(JSON.stringify(table)).toBe(JSON.stringify(once.result.findings.filter((f) => !PROSE_CHECKS.has(f.check))));
        expect(split.table.result.tables).toEqual(once.result.tables);
      });
    }
  });
});
