#!/usr/bin/env node
/**
 * Runs before `npm start` and `npm test` (prestart/pretest): plain Node, no dependencies, so that
 * the first command typed after `git clone` works. It checks the Node version against
 * package.json's engines, and runs `npm ci` when node_modules is missing or older than
 * package-lock.json (a pull changed the dependencies), saying what it does and why.
 * GOUJI_SKIP_ENSURE_DEPS=1 skips it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.error(`[gouji] ${line}`);

if (process.env.GOUJI_SKIP_ENSURE_DEPS) process.exit(0);

// Node: engines.node is ">=20.19".
const wanted = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines?.node ?? '';
const min = /(\d+)\.(\d+)/.exec(wanted);
const [major, minor] = process.versions.node.split('.').map(Number);
if (min && (major < Number(min[1]) || (major === Number(min[1]) && minor < Number(min[2])))) {
  say(`Node ${process.versions.node} is too old: Gouji needs Node ${wanted} (Node 20 LTS or newer, https://nodejs.org/).`);
  process.exit(1);
}

const lock = join(ROOT, 'package-lock.json');
// npm writes node_modules/.package-lock.json at the end of every install.
const installed = join(ROOT, 'node_modules', '.package-lock.json');
let reason = null;
if (!existsSync(join(ROOT, 'node_modules'))) reason = 'node_modules is missing (a fresh clone)';
else if (!existsSync(installed)) reason = 'node_modules looks incomplete (no node_modules/.package-lock.json)';
else if (statSync(installed).mtimeMs < statSync(lock).mtimeMs) reason = 'package-lock.json is newer than node_modules (the dependencies changed)';

if (reason) {
  say(`${reason}: installing the exact dependencies of package-lock.json with \`npm ci\` (about a minute; no browser is downloaded)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const started = Date.now();
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    say(`npm ci failed (exit ${run.status ?? run.signal}). Check the network access to the npm registry, then run \`npm ci\` yourself.`);
    process.exit(run.status || 1);
  }
  say(`dependencies installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
