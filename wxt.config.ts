import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '勾稽 Gouji',
    description: 'Audits the figures of government information disclosure annual reports (政府信息公开工作年度报告) in place.',
  },
});
