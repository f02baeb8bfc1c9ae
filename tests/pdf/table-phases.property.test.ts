import { describe, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { PHASES } from './table-phases';

// One property per phase of lib/pdf/tables.ts, on the run's seed (tests/helpers/property.ts).
describe('property: each phase of the PDF table rebuild keeps its contract', () => {
  for (const [phase, { runs, property }] of Object.entries(PHASES)) {
    it(
      phase,
      async () => {
        await assertProperty(property(), { numRuns: runs });
      },
      propertyTimeout(30_000),
    );
  }
});
