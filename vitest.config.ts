import { execFileSync } from 'node:child_process';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * One seed for every property test of the run (tests/helpers/property.ts reads it): given as
 * GOUJI_SEED; in CI, or with GOUJI_SEED=commit, derived from the commit id so that a developer
 * replays CI's exact run; random otherwise. Workers inherit it through the environment, and the
 * summary line says where it came from.
 */
function propertySeed(): { seed: number; from: string } {
  const given = process.env.GOUJI_SEED;
  // (The config is read more than once in a run: a seed set by an earlier read keeps its origin.)
  if (given && given !== 'commit' && Number.isInteger(Number(given))) return { seed: Number(given), from: process.env.GOUJI_SEED_FROM ?? 'GOUJI_SEED' };
  if (given === 'commit' || process.env.CI) {
    try {
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      return { seed: parseInt(head.slice(0, 8), 16) >>> 1, from: `commit ${head.slice(0, 12)}` };
    } catch {
      return { seed: 1, from: 'no commit id (not a git clone): fixed' };
    }
  }
  return { seed: Math.floor(Math.random() * 2 ** 31), from: 'random' };
}
const { seed, from } = propertySeed();
process.env.GOUJI_SEED = String(seed);
process.env.GOUJI_SEED_FROM = from;

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['./tests/helpers/property-setup.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // Two projects; `extends: true` takes the settings above. (No `include` up here: arrays are
    // merged into each project, and the e2e project must hold only its own files.)
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'lib/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
        },
      },
      {
        // The built extension in Debian's Chromium. global-setup.ts runs `npx wxt build` once per
        // run, and only when an e2e file is part of the run (`npx vitest run tests/e2e`, `npm test`).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
