import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { packDocx, paragraph } from './make-docx';

type Converter = typeof import('../../lib/docx/to-html');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The extension gets mammoth's browser build (package.json "browser": another unzip that opens
 * `arrayBuffer`, no fs). Vite, as WXT runs it, picks that build; Node never does. The bundle needs
 * nothing of a browser that Node lacks, so Node can run it.
 */
describe('docxToHtml bundled for the browser', () => {
  const out = mkdtempSync(join(tmpdir(), 'gouji-docx-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('converts with mammoth’s browser build', async () => {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: { outDir: out, minify: false, lib: { entry: join(ROOT, 'lib/docx/to-html.ts'), formats: ['es'], fileName: 'docx' } },
    });
    const file = join(out, 'docx.js');
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('cannot open linked files from a web browser');
    expect(code).not.toMatch(/require\(["'](?:fs|path|os)["']\)|from ["'](?:node:)?fs["']/);
    const { docxToHtml } = (await import(pathToFileURL(file).href)) as Converter;
    const { html } = await docxToHtml(await packDocx(paragraph('示例县2024年政府信息公开工作年度报告') + paragraph('一、总体情况')));
    const doc = parseHtml(html);
    expect(doc.title).toBe('示例县2024年政府信息公开工作年度报告');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['示例县2024年政府信息公开工作年度报告', '一、总体情况']);
  });
});
