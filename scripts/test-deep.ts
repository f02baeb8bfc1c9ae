/**
 * The deep sweep: every property test of the unit project with GOUJI_FC_SCALE times its usual
 * number of runs (20 unless `--scale N`), on the run's seed (GOUJI_SEED, random unless given).
 * Minutes, not hours; run it after touching the readers, and keep what it finds in
 * tests/pdf/regressions/.
 *
 *   npm run test:deep                 # 20×, a random seed
 *   npm run test:deep -- --scale 50   # 50×
 *   GOUJI_SEED=123 npm run test:deep  # replay a sweep
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--scale');
const scale = at >= 0 ? Number(args[at + 1]) : 20;
if (!Number.isFinite(scale) || scale < 1) {
  console.error('test:deep: --scale takes a number ≥ 1');
  process.exit(2);
}
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
const env = { ...process.env, GOUJI_FC_SCALE: String(scale) };
console.log(`Deep sweep: every property at ${scale}× its runs (GOUJI_FC_SCALE=${scale}).`);
const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...rest], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
