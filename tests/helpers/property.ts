import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Every property test runs through assertProperty, so that a run is reproducible and a failure
 * reports in bounded time:
 *
 * - The seed comes from one place, GOUJI_SEED, which vitest.config.ts sets for the whole run:
 *   derived from the commit id in CI (so `GOUJI_SEED=commit npm test` replays CI's run), random
 *   on a developer's machine unless given.
 * - GOUJI_FC_SCALE multiplies every property's number of runs (`npm run test:deep` sets 20).
 * - The search for a counterexample ends at the first failure; the shrink then starts from it
 *   and is cut off after SHRINK_MS, reporting the smallest case found by then. An unbounded shrink
 *   of a layout of a whole PDF report once ran for minutes and out of memory (issue 12).
 */

export const SHRINK_MS = Number(process.env.GOUJI_FC_SHRINK_MS ?? 60_000);
export const SCALE = Math.max(1, Number(process.env.GOUJI_FC_SCALE ?? 1) || 1);

/** The run's seed, as vitest.config.ts set it (a test file run some other way gets a random one, said in the failure). */
export function runSeed(): number {
  const given = Number(process.env.GOUJI_SEED);
  if (Number.isInteger(given)) return given;
  const fallback = (Math.random() * 2 ** 31) | 0;
  process.env.GOUJI_SEED = String(fallback);
  return fallback;
}

/** A property test's time limit: its runs, scaled like them, plus the bounded shrink. */
export const propertyTimeout = (runsMs: number) => runsMs * SCALE + SHRINK_MS + 30_000;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The command that replays this property's run exactly. */
export function replayCommand(seed: number): string {
  const state = expect.getState();
  const file = state.testPath ? state.testPath.replace(`${process.cwd()}/`, '') : '<test file>';
  const name = (state.currentTestName ?? '').split(' > ').pop() ?? '';
  const scale = SCALE > 1 ? ` GOUJI_FC_SCALE=${SCALE}` : '';
  return `GOUJI_SEED=${seed}${scale} npx vitest run --project unit ${file}${name ? ` -t '${escapeRegex(name).replace(/'/g, `'\\''`)}'` : ''}`;
}

export interface PropertyOptions {
  numRuns: number;
  /** A fixed seed (a regression replayed on purpose); the run's seed otherwise. */
  seed?: number;
}

/**
 * Runs the property; throws fast-check's report with the seed and the replay command on failure.
 * A scaled run (the deep sweep) goes in batches of the usual size, batch k on seed + k, yielding
 * to the event loop between them: a synchronous loop of minutes starves vitest's worker of its
 * RPC ("Timeout calling onTaskUpdate"). At scale 1 it is one batch on the run's seed.
 */
export async function assertProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, options: PropertyOptions): Promise<void> {
  const base = options.seed ?? runSeed();
  const batches = options.seed === undefined ? SCALE : 1;
  for (let k = 0; k < batches; k++) {
    check(property, base + k, options.numRuns, k, batches);
    if (k + 1 < batches) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, seed: number, numRuns: number, batch: number, batches: number): void {
  const found = fc.check(property, { seed, numRuns, endOnFailure: true });
  if (!found.failed) return;
  let details: fc.RunDetails<Ts> = found;
  let shrinkNote = 'not shrunk';
  if (found.counterexamplePath !== null) {
    const started = Date.now();
    const shrunk = fc.check(property, { seed, numRuns, path: found.counterexamplePath, interruptAfterTimeLimit: SHRINK_MS });
    if (shrunk.failed && shrunk.counterexamplePath !== null) {
      details = shrunk;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      shrinkNote = shrunk.interrupted ? `shrink cut off after ${seconds} s (GOUJI_FC_SHRINK_MS)` : `shrunk in ${seconds} s`;
    }
  }
  // A replay from a path counts one run: say where the search found it.
  const message = (fc.defaultReportMessage(details) ?? 'Property failed').replace(
    /^Property failed after \d+ tests/,
    `Property failed on run ${found.numRuns} of ${numRuns}`,
  );
  const where = batches > 1 ? ` (batch ${batch + 1} of ${batches}: seed ${seed - batch} + ${batch})` : '';
  throw new Error(
    `${message}\n\n` +
      `fast-check seed ${seed}${where}, ${numRuns} runs, ${shrinkNote}.\n` +
      `Replay this run: ${replayCommand(seed - batch)}\n` +
      `Replay the case alone: fc.check(property, { seed: ${seed}, path: ${JSON.stringify(details.counterexamplePath)}, endOnFailure: true })`,
  );
}
