import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { auditDocument } from '../../lib/audit';
import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type Template } from '../../lib/model/keys';
import { tableIdentities } from '../../lib/report/identities';
import { parseHtml } from '../helpers/dom';
import { renderPage, type Markup } from './table-markup';
import { consistentTable, markup, templateYear, type Rows } from './tables';

const SECTION_THREE_WARNINGS = new Set([
  'blank-cell',
  'placeholder-cell',
  'unparsed-cell',
  'missing-row',
  'unmatched-row',
  'duplicate-row',
  'ragged-row',
  'table-structure',
]);

// The jsdom window is closed after each case: hundreds of open ones hold on to their memory (issue 12).
function audit(template: Template, year: number, rows: Rows, m: Markup) {
  const doc = parseHtml(renderPage(template, year, rows, m));
  try {
    return auditDocument(doc, { source: 'property' });
  } finally {
    doc.defaultView?.close();
  }
}

describe('property: consistent tables', () => {
  it(
    'extract back exactly, whatever the markup, and raise no error',
    async () => {
      await assertProperty(
        fc.property(
          templateYear.chain(([t, y]) => fc.tuple(fc.constant(t), fc.constant(y), consistentTable(t), markup)),
          ([template, year, rows, m]) => {
            const { result } = audit(template, year, rows, m);
            expect(result.detected).toBe(true);
            expect(result.report?.template).toBe(template);
            const read = result.tables.applications?.rows ?? {};
            for (const key of TEMPLATE_ROWS[template]) expect(read[key]).toEqual(rows[key]);
            // The generated pages carry section three only: findings about the other sections are not this test's.
            const aboutTable = result.findings.filter((f) => f.severity === 'error' || SECTION_THREE_WARNINGS.has(f.check));
            expect(aboutTable).toEqual([]);
          },
        ),
        { numRuns: 60 },
      );
    },
    propertyTimeout(60_000),
  );
});

describe('property: one changed cell', () => {
  it(
    'fails exactly the identities through that cell, and names it as the suspect',
    async () => {
      const cellArb = fc.record({ row: fc.nat(), col: fc.nat({ max: 6 }), delta: fc.integer({ min: 1, max: 30 }), down: fc.boolean() });
      await assertProperty(
        fc.property(
          templateYear.chain(([t, y]) => fc.tuple(fc.constant(t), fc.constant(y), consistentTable(t), markup, cellArb)),
          ([template, year, rows, m, pick]) => {
            const keys = TEMPLATE_ROWS[template];
            const row = keys[pick.row % keys.length]!;
            const col: ColKey = COL_KEYS[pick.col]!;
            const c = COL_KEYS.indexOf(col);
            const original = rows[row][c]!;
            const changed = pick.down && original >= pick.delta ? original - pick.delta : original + pick.delta;
            const mutated = structuredClone(rows);
            mutated[row][c] = changed;
            const { result, applications } = audit(template, year, mutated, m);
            const through = tableIdentities(applications!).filter((id) => [...id.left, ...id.right].some((x) => x.row === row && x.col === col));
            const want = through.map((id) => `${id.check}:${id.at.row ?? id.at.col}`).sort();
            const failing = result.findings
              .filter((f) => ['row-total', 'results-total', 'balance'].includes(f.check))
              .map((f) => `${f.check}:${f.at.row ?? f.at.col}`)
              .sort();
            expect(failing).toEqual(want);
            const suspects = result.findings.filter((f) => f.check === 'suspect-cell');
            expect(suspects).toHaveLength(1);
            expect(suspects[0]!.at).toEqual({ row, col });
            expect(suspects[0]!.expected).toBe(original);
            expect(suspects[0]!.actual).toBe(changed);
          },
        ),
        { numRuns: 60 },
      );
    },
    propertyTimeout(60_000),
  );
});
