/**
 * The manifests the builds produce, pinned: least privilege (storage, activeTab, scripting; gov.cn
 * hosts only; never <all_urls> or tabs), the panel wired up in each browser's own way, and the
 * content script on gov.cn. Firefox: `npx wxt build -b firefox` (once per run); Chrome: the build
 * of global-setup.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { OCR_MODEL_MB } from '../../components/ocr/client';
import { buildExtension, extensionBuild, type Build } from './harness';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean; run_at?: string }[];
};

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const ICON_SIZES = ['16', '32', '48', '128'];

/** Icons at 16/32/48/128 px, in the manifest and on the toolbar button, each file there at its size. */
function expectIcons(build: Build, manifest: Manifest, action: string): void {
  const icons = manifest.icons as Record<string, string>;
  expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
  expect((manifest[action] as { default_icon?: unknown }).default_icon).toEqual(icons);
  for (const [size, path] of Object.entries(icons)) {
    expect(existsSync(join(build.dir, path)), path).toBe(true);
    expect(pngSize(join(build.dir, path))).toEqual({ width: Number(size), height: Number(size) });
  }
}

/** Name and description come from _locales (zh_CN by default, and en), each within the stores' limits. */
function expectLocalized(build: Build, manifest: Manifest): void {
  expect(manifest.name).toBe('__MSG_name__');
  expect(manifest.description).toBe('__MSG_description__');
  expect(manifest.default_locale).toBe('zh_CN');
  const messages = (locale: string) =>
    JSON.parse(readFileSync(join(build.dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const zh = messages('zh_CN');
  const en = messages('en');
  expect(zh.name!.message).toMatch(/勾稽/);
  expect(en.name!.message).toMatch(/Gouji/);
  for (const m of [zh, en]) {
    expect([...m.name!.message].length).toBeLessThanOrEqual(45);
    expect([...m.description!.message].length).toBeLessThanOrEqual(132);
    expect(Object.keys(m).sort()).toEqual(Object.keys(zh).sort());
  }
  // Every __MSG_x__ the manifest uses is defined.
  for (const key of JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? []) expect(zh[key.slice(6, -2)], key).toBeDefined();
}

function readManifest(build: Build): Manifest {
  return JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every string anywhere in the manifest. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const HOSTS = ['*://*.gov.cn/*'];
const CONTENT_SCRIPT = { matches: HOSTS, all_frames: true, run_at: 'document_idle', js: ['content-scripts/content.js'] };

function expectLeastPrivilege(manifest: Manifest): void {
  const all = strings(manifest);
  expect(all).not.toContain('<all_urls>');
  expect(all.filter((s) => /^(\*|https?):\/\/\*\//.test(s))).toEqual([]); // no every-host pattern
  expect(all).not.toContain('tabs');
  expect(all).not.toContain('webRequest');
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
}

function expectContentScript(build: Build, manifest: Manifest): void {
  expect(manifest.content_scripts).toEqual([CONTENT_SCRIPT]);
  for (const js of manifest.content_scripts![0]!.js!) expect(existsSync(join(build.dir, js)), js).toBe(true);
}

/** The panel's HTML exists and every script and stylesheet it loads is in the build. */
function expectPanelPage(build: Build, path: string): void {
  const html = readFileSync(join(build.dir, path), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) expect(existsSync(join(build.dir, ref.replace(/^\//, ''))), ref).toBe(true);
}

/** The OCR worker and what it loads are packaged, and the button's "约 N MB" says what they weigh. */
function expectOcrFiles(build: Build): void {
  expect(existsSync(join(build.dir, 'ocr-worker.js'))).toBe(true);
  const files = ['ocr/ort-wasm-simd-threaded.wasm', 'ocr/det.onnx', 'ocr/rec.onnx', 'ocr/keys.txt'];
  const mb = files.reduce((sum, f) => sum + statSync(join(build.dir, f)).size, 0) / 1e6;
  expect(Math.abs(mb - OCR_MODEL_MB) / OCR_MODEL_MB, `${mb.toFixed(1)} MB packaged, the button says ${OCR_MODEL_MB}`).toBeLessThan(0.1);
}

describe('the Firefox build (npx wxt build -b firefox)', () => {
  let build: Build;
  let manifest: Manifest;

  beforeAll(async () => {
    let runId: string | undefined;
    try {
      runId = inject('goujiRunId');
    } catch {
      // Run outside the e2e project: build anyway.
    }
    build = await buildExtension({ browser: 'firefox', runId });
    manifest = readManifest(build);
  }, 120_000);

  it('is a Manifest V2 extension with a gecko id', () => {
    expect(build.outputDir.endsWith(join('.output', 'firefox-mv2'))).toBe(true);
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'gouji@gouji.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(existsSync(join(build.dir, 'background.js'))).toBe(true);
  });

  it('opens the panel as a sidebar', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expectPanelPage(build, 'sidepanel.html');
    expect(manifest.browser_action).toMatchObject({ default_title: '__MSG_actionTitle__' });
    expect(manifest.side_panel).toBeUndefined();
  });

  it('asks for storage, activeTab, scripting and gov.cn hosts, nothing more', () => {
    // MV2 lists host permissions among the permissions.
    expect([...manifest.permissions!].sort()).toEqual(['*://*.gov.cn/*', 'activeTab', 'scripting', 'storage'].sort());
    expect(manifest.host_permissions).toBeUndefined();
    expectLeastPrivilege(manifest);
  });

  it('runs the content script on gov.cn only', () => {
    expectContentScript(build, manifest);
  });

  it('has the icon set (16/32/48/128 px) on the add-on and its toolbar button', () => {
    expectIcons(build, manifest, 'browser_action');
  });

  it('has its name and description localized (zh_CN default, en)', () => {
    expectLocalized(build, manifest);
  });

  it('allows WebAssembly for the OCR worker, and nothing looser', () => {
    expect(manifest.content_security_policy).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    expectOcrFiles(build);
  });
});

describe('the Chrome build (npx wxt build)', () => {
  let build: Build;
  let manifest: Manifest;

  beforeAll(async () => {
    build = await extensionBuild();
    manifest = readManifest(build);
  }, 120_000);

  it('is a Manifest V3 extension with a service worker', () => {
    expect(build.outputDir.endsWith(join('.output', 'chrome-mv3'))).toBe(true);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(existsSync(join(build.dir, 'background.js'))).toBe(true);
  });

  it('opens the panel as a side panel', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expectPanelPage(build, 'sidepanel.html');
    expect(manifest.action).toMatchObject({ default_title: '__MSG_actionTitle__' });
    expect(manifest.sidebar_action).toBeUndefined();
  });

  it('asks for storage, activeTab, scripting, sidePanel and gov.cn hosts, nothing more', () => {
    expect([...manifest.permissions!].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage'].sort());
    expect(manifest.host_permissions).toEqual(HOSTS);
    expectLeastPrivilege(manifest);
  });

  it('runs the content script on gov.cn only', () => {
    expectContentScript(build, manifest);
  });

  it('has the icon set (16/32/48/128 px) on the extension and its toolbar button', () => {
    expectIcons(build, manifest, 'action');
  });

  it('has its name and description localized (zh_CN default, en)', () => {
    expectLocalized(build, manifest);
  });

  it('allows WebAssembly for the OCR worker, and nothing looser', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
    expectOcrFiles(build);
  });
});
