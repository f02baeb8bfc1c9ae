import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { auditDocument } from '../../lib/audit';
import { COL_KEYS, RESULT_ROWS, TEMPLATE_ROWS, type ColKey, type RowKey, type Template } from '../../lib/model/keys';
import { tableIdentities } from '../../lib/report/identities';
import { parseHtml } from '../helpers/dom';
import { renderPage, type Markup } from './table-markup';

type Rows = Record<RowKey, number[]>;

const SECTION_THREE_WARNINGS = new Set(['blank-cell', 'placeholder-cell', 'unparsed-cell', 'missing-row', 'unmatched-row', 'duplicate-row', 'ragged-row', 'table-structure']);

const small = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 41, max: 4000 }) });

/** A table where every identity holds: built from the result rows outwards. */
const consistentTable = (template: Template) =>
  fc
    .record({
      results: fc.array(fc.array(small, { minLength: 6, maxLength: 6 }), { minLength: RESULT_ROWS[template].length, maxLength: RESULT_ROWS[template].length }),
      forward: fc.array(small, { minLength: 6, maxLength: 6 }),
      overFraction: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    })
    .map(({ results, forward, overFraction }) => {
      const rows = {} as Rows;
      const withTotal = (v: number[]) => [...v, v.reduce((a, b) => a + b, 0)];
      RESULT_ROWS[template].forEach((key, i) => (rows[key] = withTotal(results[i]!)));
      const resultsTotal = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((a, r) => a + r[c]!, 0));
      const over = resultsTotal.map((t, c) => Math.floor((t + forward[c]!) * overFraction[c]!));
      rows.results_total = withTotal(resultsTotal);
      rows.carried_forward = withTotal(forward);
      rows.carried_over = withTotal(over);
      rows.new_received = withTotal(resultsTotal.map((t, c) => t + forward[c]! - over[c]!));
      return rows;
    });

const markup: fc.Arbitrary<Markup> = fc.record({
  thead: fc.boolean(),
  number: fc.constantFrom('plain', 'p', 'word', 'nbsp', 'fullwidth'),
  label: fc.constantFrom('plain', 'spans', 'br', 'vertical'),
  splitAt: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 })),
  trailingEmpty: fc.boolean(),
  layout: fc.boolean(),
});

const templateYear = fc.constantFrom<[Template, number]>(['2021', 2024], ['2021', 2022], ['2019', 2019], ['2019', 2020]);

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
  it('extract back exactly, whatever the markup, and raise no error', async () => {
    await assertProperty(
      fc.property(templateYear.chain(([t, y]) => fc.tuple(fc.constant(t), fc.constant(y), consistentTable(t), markup)), ([template, year, rows, m]) => {
        const { result } = audit(template, year, rows, m);
        expect(result.detected).toBe(true);
        expect(result.report?.template).toBe(template);
        const read = result.tables.applications?.rows ?? {};
        for (const key of TEMPLATE_ROWS[template]) expect(read[key]).toEqual(rows[key]);
        // The generated pages carry section three only: findings about the other sections are not this test's.
        const aboutTable = result.findings.filter((f) => f.severity === 'error' || SECTION_THREE_WARNINGS.has(f.check));
        expect(aboutTable).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, propertyTimeout(60_000));
});

describe('property: one changed cell', () => {
  it('fails exactly the identities through that cell, and names it as the suspect', async () => {
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
          const through = tableIdentities(applications!).filter((id) =>
            [...id.left, ...id.right].some((x) => x.row === row && x.col === col),
          );
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
  }, propertyTimeout(60_000));
});
