import { describe, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { PROPERTIES } from './layout-properties';

// The run's seed (tests/helpers/property.ts); the cases that once failed are pinned in layout.regressions.test.ts.
describe('property: section three of a synthetic PDF', () => {
  it(
    'reads back exactly, section four too, on the 2021 template, with no error and no reading warning',
    async () => {
      await assertProperty(PROPERTIES.readsBack.property(), { numRuns: PROPERTIES.readsBack.runs });
    },
    propertyTimeout(60_000),
  );

  it(
    'reads zeros left blank as null, reports exactly those cells as blank, and raises no error',
    async () => {
      await assertProperty(PROPERTIES.readsBlanks.property(), { numRuns: PROPERTIES.readsBlanks.runs });
    },
    propertyTimeout(60_000),
  );

  it(
    'a misprinted figure fails exactly the identities through it, and its cell points at where the PDF printed it',
    async () => {
      await assertProperty(PROPERTIES.locatesMisprint.property(), { numRuns: PROPERTIES.locatesMisprint.runs });
    },
    propertyTimeout(60_000),
  );

  it(
    'puts every data-pdf box inside its page',
    async () => {
      await assertProperty(PROPERTIES.boxesInside.property(), { numRuns: PROPERTIES.boxesInside.runs });
    },
    propertyTimeout(60_000),
  );
});
