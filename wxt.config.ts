import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
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
