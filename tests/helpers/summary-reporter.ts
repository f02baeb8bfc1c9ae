import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

/** Ends the run with the plain "N passed, N failed" line that CI reads. */
export default class SummaryReporter implements Reporter {
  onFinished(files: TaskLike[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const walk = (task: TaskLike) => {
      if (task.tasks) task.tasks.forEach(walk);
      if (task.type !== 'test') return;
      const state = task.result?.state;
      if (state === 'pass') counts.passed++;
      else if (state === 'fail') counts.failed++;
      else counts.skipped++;
    };
    files.forEach(walk);
    // A file that failed to load has no tests but must still fail the run.
    const broken = files.filter((f) => f.result?.state === 'fail' && !(f.tasks ?? []).length).length;
    const seed = process.env.GOUJI_SEED;
    if (seed)
      process.stdout.write(`\nProperty tests: fast-check seed ${seed} (${process.env.GOUJI_SEED_FROM ?? 'given'}); replay with GOUJI_SEED=${seed} npm test\n`);
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed + broken} failed, ${counts.skipped} skipped\n`);
  }
}
