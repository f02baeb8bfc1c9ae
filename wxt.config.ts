import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// PDF.js runs its parser in a worker, which must ship inside the extension (no remote code), with
// the character maps Chinese PDFs name (GB ones) for fonts that carry no Unicode table of their own.
const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDF_FILES = [
  { absoluteSrc: join(pdfjs, 'build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.min.mjs' },
  ...readdirSync(join(pdfjs, 'cmaps'))
    .filter((f) => /GB|Identity/.test(f))
    .map((f) => ({ absoluteSrc: join(pdfjs, 'cmaps', f), relativeDest: `cmaps/${f}` })),
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...PDF_FILES);
    },
  },
  manifest: ({ browser }) => ({
    name: '勾稽 Gouji',
    description: 'Audits the figures of government information disclosure annual reports (政府信息公开工作年度报告) where they are published.',
    // Least privilege: gov.cn pages only; other sites only on the user's click (activeTab + scripting).
    host_permissions: ['*://*.gov.cn/*'],
    permissions: browser === 'firefox' ? ['storage', 'activeTab', 'scripting'] : ['storage', 'activeTab', 'scripting', 'sidePanel'],
    action: { default_title: '勾稽 Gouji' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'gouji@gouji.invalid', strict_min_version: '115.0' } } } : {}),
  }),
});
