/**
 * Builds the extension for `npm start` and the E2E tests: `npx wxt build` once per run, the result
 * copied aside so that another build in the tree cannot change it under a running browser.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

const WORK = join(ROOT, '.tmp', 'e2e');

export type TargetBrowser = 'chrome' | 'firefox';

export interface BuildOptions {
  browser?: TargetBrowser;
  /** A build made by the same run (same id) is reused instead of built again. */
  runId?: string;
  log?: (line: string) => void;
}

export interface Build {
  browser: TargetBrowser;
  /** A private copy of the build: another `wxt build` in the tree cannot change it under the browser. */
  dir: string;
  /** Where `wxt build` wrote it (.output/chrome-mv3, .output/firefox-mv2). */
  outputDir: string;
  runId: string;
  reused: boolean;
  ms: number;
}

const OUTPUT_DIRS: Record<TargetBrowser, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

function markerPath(browser: TargetBrowser): string {
  return join(WORK, `build-${browser}.json`);
}

/** The build marker of an earlier call in the same run, if its copy is still there. */
export function reusableBuild(browser: TargetBrowser, runId: string | undefined): Build | null {
  if (!runId || !existsSync(markerPath(browser))) return null;
  try {
    const marker = JSON.parse(readFileSync(markerPath(browser), 'utf8')) as Build;
    if (marker.runId === runId && marker.browser === browser && existsSync(join(marker.dir, 'manifest.json'))) return { ...marker, reused: true };
  } catch {
    // A corrupt marker: build again.
  }
  return null;
}

/** Runs `npx wxt build` (`-b firefox` for Firefox) once per run, and copies the result aside. */
export async function buildExtension(options: BuildOptions = {}): Promise<Build> {
  const browser = options.browser ?? 'chrome';
  const runId = options.runId ?? 'adhoc'; // a build outside a test run: one copy, replaced each time
  const early = reusableBuild(browser, options.runId);
  if (early) return early;
  // One `wxt build` at a time in this tree: test files of one run (in parallel workers) wait for
  // each other and then reuse the build; two builds would write .output/ and .wxt/ together.
  const release = await buildLock();
  try {
    const reused = reusableBuild(browser, options.runId);
    if (reused) return reused;
    return await buildNow(browser, runId, options);
  } finally {
    release();
  }
}

/** A lock directory under .tmp/e2e (a stale one, older than 5 minutes, is taken over). */
export async function buildLock(): Promise<() => void> {
  mkdirSync(WORK, { recursive: true });
  const lock = join(WORK, 'build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function buildNow(browser: TargetBrowser, runId: string, options: BuildOptions): Promise<Build> {
  const started = Date.now();
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  options.log?.(`building the extension: npx ${args.join(' ')}`);
  const output = await run('npx', args, ROOT);
  const outputDir = join(ROOT, '.output', OUTPUT_DIRS[browser]);
  if (!existsSync(join(outputDir, 'manifest.json'))) throw new Error(`npx ${args.join(' ')} wrote no ${outputDir}/manifest.json\n${output.slice(-4000)}`);
  mkdirSync(WORK, { recursive: true });
  pruneOldCopies();
  const dir = join(WORK, `ext-${browser}-${runId}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(outputDir, dir, { recursive: true });
  const build: Build = { browser, dir, outputDir, runId, reused: false, ms: Date.now() - started };
  writeFileSync(markerPath(browser), JSON.stringify(build, null, 2));
  options.log?.(`built ${browser} in ${(build.ms / 1000).toFixed(1)} s → ${dir}`);
  return build;
}

/** Copies of builds more than two hours old (other runs' are left alone while they may be in use). */
function pruneOldCopies(): void {
  for (const name of readdirSync(WORK)) {
    if (!name.startsWith('ext-')) continue;
    const path = join(WORK, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 2 * 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${out.slice(-4000)}`));
    });
  });
}
