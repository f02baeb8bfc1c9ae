import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';
import { auditFile, FIXTURES } from '../helpers/fixtures';
import { parseHtml } from '../helpers/dom';
import { makeDocx } from '../docx/make-docx';
import { comparable } from '../pdf/twins';

/** Runs the CLI with no locale in its environment: in Chinese, unless `--lang en` is given. */
async function run(args: string[]) {
  let out = '';
  let err = '';
  const stdout = { isTTY: false, write: (s: string) => ((out += s), true) };
  const stderr = { isTTY: false, write: (s: string) => ((err += s), true) };
  const code = await main(args, { stdout: stdout as unknown as typeof process.stdout, stderr: stderr as unknown as typeof process.stderr, env: {} });
  return {
    code,
    stderr: err,
    results: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as AuditResult & { error?: string }),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'gouji-docs-'));
const samplePdf = join(FIXTURES, 'pdf/printed/sample-report-split.pdf');
const huaian = join(FIXTURES, 'pdf/huaian_szf_2024.pdf');
// A one-page PDF with no text at all: what a scanned report looks like to a text reader.
const SCAN =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/attachment-only.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<html><head><title>淮安市人民政府2024年政府信息公开工作年度报告</title></head><body><div class="TRS_Editor"><p>详见附件。</p><p><a href="/P020250120.pdf">年报.pdf</a></p></div></body></html>',
      );
      return;
    }
    if (req.url === '/P020250120.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(readFileSync(huaian));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('gouji audit on PDF and Word files', () => {
  it("audits a PDF file and says on which PDF page each finding's cells were printed", async () => {
    const r = await run(['audit', samplePdf, '--format', 'json']);
    expect(r.code).toBe(0);
    const [result] = r.results;
    expect(AuditResultSchema.parse(result)).toBeTruthy();
    expect(result!.document).toEqual({ kind: 'pdf', pages: expect.any(Number) });
    const rowTotal = result!.findings.find((f) => f.check === 'row-total' && f.at.row === 'partially_granted')!;
    expect(rowTotal.actual).toBe(7);
    const printed = rowTotal.cells!.find((c) => c.col === 'total')!;
    expect(printed.pdf).toHaveLength(1);
    const [box] = printed.pdf!;
    expect(box!.page).toBeGreaterThanOrEqual(1);
    expect(box!.box[2]).toBeGreaterThan(0);
    // Same findings as the HTML page the PDF was printed from.
    expect(comparable(result!).findings).toEqual(comparable(auditFile(join(FIXTURES, 'samples/sample-report.html')).result).findings);
  });

  it('audits a PDF attachment by its URL', async () => {
    const r = await run(['audit', `${base}/P020250120.pdf`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.results[0]!.report).toMatchObject({ agency: '淮安市人民政府', year: 2024 });
    expect(r.results[0]!.tables.applications!.rows.new_received).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
  });

  it('audits a report page whose table is only in its PDF attachment from the attachment', async () => {
    const r = await run(['audit', `${base}/attachment-only.html`, '--format', 'json']);
    expect(r.code).toBe(0);
    const [result] = r.results;
    expect(result).toMatchObject({ source: `${base}/P020250120.pdf`, linkedFrom: `${base}/attachment-only.html`, document: { kind: 'pdf' } });
    expect(result!.tables.applications!.rows.results_total).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
  });

  it('audits a Word .docx as its HTML twin', async () => {
    const html = join(FIXTURES, 'pages/pingtan_gwh_2025.html');
    const docx = join(tmp, 'report.docx');
    const doc = parseHtml(readFileSync(html, 'utf8'));
    writeFileSync(docx, await makeDocx(doc.querySelector('.TRS_Editor, #zoom') ?? doc.body, [doc.title]));
    const r = await run(['audit', docx, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.results[0]!.document).toEqual({ kind: 'docx' });
    expect(comparable(r.results[0]!)).toEqual(comparable(auditFile(html).result));
  });

  it('says clearly what it cannot read: a scan, a legacy .doc, a damaged .docx', async () => {
    const scan = join(tmp, 'scan.pdf');
    writeFileSync(scan, SCAN);
    const legacy = join(tmp, 'report.doc');
    writeFileSync(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
    const broken = join(tmp, 'broken.docx');
    writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml'), Buffer.alloc(64, 7)]));
    const r = await run(['audit', scan, legacy, broken, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/scan\.pdf: the PDF has no text layer \(a scan or images of pages\); it cannot be read without OCR/);
    expect(lines[1]).toMatch(/report\.doc: a legacy Word \.doc or WPS \.wps file/);
    expect(lines[2]).toMatch(/broken\.docx: not a readable Word \.docx file/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.results.map((x) => (x as { errorCode?: string }).errorCode)).toEqual(['pdf-scanned', 'legacy-doc', 'docx-damaged']);
    const zh = await run(['audit', scan, legacy, broken, '--format', 'json']);
    expect(zh.stderr.trim().split('\n')).toEqual([
      `gouji：${scan}：PDF 没有文字层（是扫描件或页面图片），不经 OCR 无法读取`,
      `gouji：${legacy}：这是旧版 Word .doc 或 WPS .wps 文件；勾稽只读 .docx 和 PDF，请另存为其中一种格式`,
      `gouji：${broken}：不是可读的 Word .docx 文件（文件已损坏，或并非 Word 文档）`,
      'gouji：共 3 项 — 年报 0 份（其中 0 份有错误），非年报 0 项，无法读取 3 项',
    ]);
    expect(zh.results.map((x) => x.error)).toEqual(
      zh.stderr
        .trim()
        .split('\n')
        .slice(0, 3)
        .map((l) => l.slice('gouji：'.length)),
    );
  });
});
