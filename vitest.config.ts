import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
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
