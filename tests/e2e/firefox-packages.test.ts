/**
 * The store packages `npm run zip` makes (.output/gouji-<version>-{chrome,firefox,sources}.zip):
 * nothing in them a store rejects or a user should not get — no source maps or sourceMappingURL
 * comments, no TypeScript sources, test fixtures, dotfiles, node_modules, executables or nested
 * archives — the manifest and icons at the root, and the Firefox package passes Mozilla's
 * addons-linter with no error and only the warnings the README justifies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildLock } from './harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

/** Warnings of addons-linter on the Firefox package, each justified in the README ("Store packages"). */
const JUSTIFIED_WARNINGS: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^pdf\.worker\.min\.mjs$|^chunks\/pdf-runtime-/,
    why: 'PDF.js probes `new Function("")` (isEvalSupported); Gouji passes isEvalSupported: false and the extension CSP forbids eval',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^pdf\.worker\.min\.mjs$|^chunks\/pdf-runtime-/,
    why: 'PDF.js `import()` of its own packaged worker / image decoder URLs',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/to-html-/,
    why: "mammoth's dependencies (underscore's template and global lookup, a setImmediate shim): never called with page data; eval is blocked by the CSP",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^ocr-worker\.js$/,
    why: "onnxruntime-web's `import()` of its own glue module; the bundled build carries the glue and the worker points the runtime at the packaged .wasm",
  },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/sidepanel-/, why: "Preact's dangerouslySetInnerHTML branch, which Gouji's components never use" },
];

const FORBIDDEN: [RegExp, string][] = [
  [/\.map$/, 'source map'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
  [/(^|\/)(tests?|fixtures|__tests__)\//, 'tests or fixtures'],
  [/(^|\/)\.[^/]+/, 'dotfile (.DS_Store, .git, .env…)'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/\.(exe|dll|so|dylib|sh|bat|cmd|ps1|jar|zip|xpi|crx|7z|rar|gz)$/i, 'executable or nested archive'],
  [/(^|\/)(Thumbs\.db|desktop\.ini|__MACOSX)/i, 'OS clutter'],
  [/\.(pdf|docx?|html?)$/i, 'document'],
];
// The extension's own pages are HTML files, of course.
const OWN_HTML = /^(sidepanel|popup|options)\.html$/;

describe('the store packages (npm run zip)', () => {
  const zips: Record<string, JSZip> = {};

  beforeAll(async () => {
    const release = await buildLock();
    try {
      const run = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      if (run.status !== 0) throw new Error(`npm run zip failed\n${(run.stdout + run.stderr).slice(-3000)}`);
    } finally {
      release();
    }
    for (const kind of ['chrome', 'firefox', 'sources']) zips[kind] = await JSZip.loadAsync(readFileSync(zipPath(kind)));
    for (const kind of ['chrome', 'firefox', 'sources'])
      console.log(`[e2e] ${zipPath(kind).slice(ROOT.length + 1)}: ${(statSync(zipPath(kind)).size / 1024).toFixed(0)} KiB`);
  }, 240_000);

  for (const kind of ['chrome', 'firefox']) {
    it(`${kind}: holds only the built extension`, async () => {
      const zip = zips[kind]!;
      const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
      expect(names).toContain('manifest.json');
      for (const size of [16, 32, 48, 128]) expect(names).toContain(`icon/${size}.png`);
      expect(names).toContain('_locales/zh_CN/messages.json');
      expect(names).toContain('_locales/en/messages.json');
      const bad = names.flatMap((n) =>
        FORBIDDEN.filter(([re]) => re.test(n) && !(OWN_HTML.test(n) && /html/.test(String(re)))).map(([, why]) => `${n}: ${why}`),
      );
      expect(bad).toEqual([]);
      for (const n of names.filter((n) => /\.(m?js|css|html)$/.test(n))) {
        const text = await zip.file(n)!.async('string');
        expect(/[#@] sourceMappingURL=/.test(text), `${n} points at a source map`).toBe(false);
      }
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { version: string; manifest_version: number };
      expect(manifest.version).toBe(pkg.version);
      expect(manifest.manifest_version).toBe(kind === 'chrome' ? 3 : 2);
      // Far under the stores' limits (AMO 200 MB, Chrome Web Store 2 GB): a budget to notice growth.
      // The OCR models and runtime (issue 17) are ~18 MB of it, ~1 MB the rest.
      expect(statSync(zipPath(kind)).size).toBeLessThan(21 * 1024 * 1024);
      const ocr = names.filter((n) => n.startsWith('ocr/')).sort();
      expect(ocr).toEqual(['ocr/det.onnx', 'ocr/keys.txt', 'ocr/ort-wasm-simd-threaded.wasm', 'ocr/rec.onnx']);
    });
  }

  it('sources (for AMO review): the code and its lockfile, nothing built or installed', () => {
    const names = Object.keys(zips.sources!.files);
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts', 'README.md']) expect(names).toContain(f);
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|\.tmp|\.git|tests)\//.test(n))).toEqual([]);
  });

  it('firefox: addons-linter finds no error, and only the justified warnings', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'addons-linter');
    expect(existsSync(bin)).toBe(true);
    const run = spawnSync(bin, ['--output', 'json', zipPath('firefox')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(run.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; file?: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    console.log(`[e2e] addons-linter: ${JSON.stringify(report.summary)}`);
    for (const w of report.warnings) console.log(`[e2e]   warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const unjustified = report.warnings.filter((w) => !JUSTIFIED_WARNINGS.some((j) => j.code === w.code && j.file.test(w.file ?? '')));
    expect(unjustified.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
  }, 120_000);
});
