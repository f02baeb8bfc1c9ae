/**
 * Builds the Chrome extension once per vitest run (`npx wxt build`), before any e2e file starts,
 * and hands its location to the tests (inject('goujiBuild')). The run id lets later callers of
 * buildExtension in the same run (the Firefox build test) reuse a build marker instead of
 * building again.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension, type Build } from '../../scripts/extension-build';

declare module 'vitest' {
  export interface ProvidedContext {
    goujiBuild: Build;
    goujiRunId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // GOUJI_E2E_RUN_ID=<id> set by hand reuses that run's builds across invocations (and keeps them).
  const given = process.env.GOUJI_E2E_RUN_ID;
  const runId = given || `run-${process.pid}-${Date.now()}`;
  process.env.GOUJI_E2E_RUN_ID = runId;
  const build = await buildExtension({
    browser: 'chrome',
    runId,
    log: (line) => process.stderr.write(`[e2e] ${line}\n`),
  });
  project.provide('goujiRunId', runId);
  project.provide('goujiBuild', build);
  // Teardown: this run's private copies of the builds go (the .output/ builds stay).
  return () => {
    if (given) return;
    for (const browser of ['chrome', 'firefox'] as const) rmSync(join(dirname(build.dir), `ext-${browser}-${runId}`), { recursive: true, force: true });
  };
}
