import fc from 'fast-check';
import { RESULT_ROWS, type RowKey, type Template } from '../../lib/model/keys';
import type { Markup } from './table-markup';

/** Arbitraries shared by the property tests of section three. */

export type Rows = Record<RowKey, number[]>;

export const small = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 4000 }) },
);

/** A table where every identity holds: built from the result rows outwards. */
export const consistentTable = (template: Template) =>
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

export const markup: fc.Arbitrary<Markup> = fc.record({
  thead: fc.boolean(),
  number: fc.constantFrom('plain', 'p', 'word', 'nbsp', 'fullwidth'),
  label: fc.constantFrom('plain', 'spans', 'br', 'vertical'),
  splitAt: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 })),
  trailingEmpty: fc.boolean(),
  layout: fc.boolean(),
});

export const templateYear = fc.constantFrom<[Template, number]>(['2021', 2024], ['2021', 2022], ['2019', 2019], ['2019', 2020]);
