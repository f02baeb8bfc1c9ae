import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { FIXTURES } from '../helpers/fixtures';
import { sink } from './sink';

/** Runs the CLI with no locale in its environment (so in Chinese) unless `env` gives one. */
async function run(args: string[], env: Record<string, string> = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, { stdout: stdout as unknown as typeof process.stdout, stderr: stderr as unknown as typeof process.stderr, env });
  return { code, stdout: stdout.text, stderr: stderr.text, lines: stdout.text.split('\n').filter(Boolean) };
}

const seed = (n: string) => join(FIXTURES, 'seeds', n);
const page = (n: string) => join(FIXTURES, 'pages', n);
const tmp = mkdtempSync(join(tmpdir(), 'gouji-cli-'));

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/gbk.html') {
      // A GBK page that declares its charset only in the HTTP header.
      const html =
        '<html><head><title>测试县2024年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>';
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      res.end(encodeGbk(html));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** GBK bytes for the few characters the test page uses, through Node's gb18030 round trip. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
  return Buffer.from(bytes);
}

describe('gouji audit', () => {
  it('prints one JSON object per input, in input order, per SPEC.md §3', async () => {
    const r = await run(['audit', page('pingtan_2023.html'), seed('002_639324ef3b6d9964.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    const [a, b] = r.lines.map((l) => JSON.parse(l));
    expect(a.schema).toBe('gouji.audit/1');
    expect(a.source).toContain('pingtan_2023.html');
    expect(a.report.year).toBe(2023);
    expect(a.tables.applications.rows.new_received).toEqual([80, 1, 0, 0, 0, 0, 81]);
    expect(b.source).toContain('002_');
    expect(b.findings.map((f: { check: string }) => f.check)).toEqual(['ragged-row', 'ragged-row']);
    expect(b.findings[0].message).toMatch(/不是 7 格/);
  });

  it('writes messages in English on request', async () => {
    const r = await run(['audit', seed('002_639324ef3b6d9964.txt'), '--format=json', '--lang', 'en']);
    expect(JSON.parse(r.lines[0]!).findings[0].message).toMatch(/does not have 7 cells/);
  });

  it('prints a readable report with --format text', async () => {
    const r = await run(['audit', page('shanghai_bgt_2019_decoded.html'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/上海市人民政府办公厅/);
    expect(r.stdout).toMatch(/结论：12 处错误/);
    // One cause for the blank 总计 column, before the twelve identities it breaks.
    expect(r.stdout).toMatch(/原因（1）\n {2}1\. 总计列 19 行空白（按 0 计算），12 处勾稽关系因此不成立/);
    expect(r.stdout.indexOf('原因（1）')).toBeLessThan(r.stdout.indexOf('错误 (12)'));
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('goes on past an unreadable input and exits 1', async () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir, { recursive: true });
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '');
    const pdf = join(tmp, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    const inputs = [join(tmp, 'missing.html'), dir, empty, pdf, seed('000_57cbc8b215b8ff96.txt')];
    const r = await run(['audit', ...inputs, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(JSON.parse(r.lines[4]!).detected).toBe(true);
    expect(r.stderr).toMatch(/missing\.html: no such file/);
    expect(r.stderr).toMatch(/a directory/);
    expect(r.stderr).toMatch(/empty/);
    expect(r.stderr).toMatch(/PDF/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.lines.slice(0, 4).map((l) => JSON.parse(l).errorCode)).toEqual(['no-such-file', 'directory', 'empty-file', 'pdf-damaged']);
    const zh = await run(['audit', ...inputs, '--format', 'json']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/^gouji：.*missing\.html：找不到该文件$/m);
    expect(zh.stderr).toMatch(/a-directory：这是目录，不是文件$/m);
    expect(zh.stderr).toMatch(/empty\.html：文件是空的$/m);
    expect(zh.stderr).toMatch(/report\.pdf：PDF 已损坏或结构无效/);
    expect(zh.lines.slice(0, 4).map((l) => JSON.parse(l).errorCode)).toEqual(['no-such-file', 'directory', 'empty-file', 'pdf-damaged']);
  });

  it('exits 2 on bad usage, with the usage on stderr', async () => {
    for (const args of [[], ['audit'], ['check', 'x'], ['audit', 'x', '--format', 'xml'], ['audit', 'x', '--bogus']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/用法：gouji audit/);
      const en = await run(args, { LANG: 'en_US.UTF-8' });
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/Usage: gouji audit/);
    }
  });

  it('decodes a GBK page by its declared charset', async () => {
    const file = join(tmp, 'gbk-meta.html');
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>测试县2024年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>';
    writeFileSync(file, encodeGbk(html));
    const r = await run(['audit', file, '--format', 'json']);
    const result = JSON.parse(r.lines[0]!);
    expect(result.detected).toBe(true);
    expect(result.report.title).toBe('测试县2024年政府信息公开工作年度报告');
    expect(result.findings.map((f: { check: string }) => f.check)).toContain('table-not-found');
  });

  it('fetches URLs, decoding by the HTTP charset, and reports HTTP errors', async () => {
    const r = await run(['audit', `${base}/gbk.html`, `${base}/gone.html`, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.lines[0]!).report.title).toBe('测试县2024年政府信息公开工作年度报告');
    expect(r.stderr).toMatch(/gone\.html: the server answered 404 Not Found/);
    expect(JSON.parse(r.lines[1]!)).toEqual({
      schema: 'gouji.audit/1',
      source: `${base}/gone.html`,
      error: `${base}/gone.html: the server answered 404 Not Found`,
      errorCode: 'http-status',
    });
    const zh = await run(['audit', `${base}/gone.html`, '--format', 'json']);
    expect(zh.stderr).toBe(`gouji：${base}/gone.html：服务器返回 404（页面不存在）\n`);
    expect(JSON.parse(zh.lines[0]!)).toEqual({
      schema: 'gouji.audit/1',
      source: `${base}/gone.html`,
      error: `${base}/gone.html：服务器返回 404（页面不存在）`,
      errorCode: 'http-status',
    });
  });
});

describe('gouji audit, on bad inputs', () => {
  it('says so in one line for an unreachable URL, binary data, a legacy Word file and an oversized file', async () => {
    const bin = join(tmp, 'noise.html');
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const doc = join(tmp, 'report.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const big = join(tmp, 'big.html');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const inputs = ['http://127.0.0.1:1/report.html', bin, doc, big, seed('000_57cbc8b215b8ff96.txt')];
    const zh = await run(['audit', ...inputs, '--format', 'json']);
    expect(zh.code).toBe(1);
    expect(zh.stderr.trim().split('\n')).toEqual([
      'gouji：http://127.0.0.1:1/report.html：无法获取（出于安全原因，不访问这个端口）',
      `gouji：${bin}：看来是二进制文件，不是网页或文本`,
      `gouji：${doc}：这是旧版 Word .doc 或 WPS .wps 文件；勾稽只读 .docx 和 PDF，请另存为其中一种格式`,
      `gouji：${big}：文件有 50 MB，超过了年报网页的上限 20 MB`,
      'gouji：共 5 项 — 年报 1 份（其中 0 份有错误），非年报 0 项，无法读取 4 项',
    ]);
    const r = await run(['audit', ...inputs, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const [summary, ...rest] = r.stderr.trim().split('\n').reverse();
    const lines = rest.reverse();
    expect(lines).toHaveLength(4);
    expect(summary).toBe('gouji: 5 inputs — 1 report (0 with errors), 0 non-reports, 4 unreadable');
    expect(lines[0]).toMatch(/^gouji: http:\/\/127\.0\.0\.1:1\/report\.html: could not be fetched/);
    expect(lines[1]).toMatch(/noise\.html: looks like a binary file/);
    expect(lines[2]).toMatch(/report\.doc: a legacy Word \.doc or WPS \.wps file; Gouji reads \.docx and PDF/);
    expect(lines[3]).toMatch(/big\.html: 50 MB is larger than the 20 MB/);
    expect(JSON.parse(r.lines[4]!).detected).toBe(true);
  });

  it('decodes a page with a wrong or missing charset by what its bytes are', async () => {
    const file = join(tmp, 'no-charset.html');
    writeFileSync(
      file,
      encodeGbk('<html><head><title>测试县2024年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>'),
    );
    const r = await run(['audit', file, '--format', 'json']);
    expect(JSON.parse(r.lines[0]!).report.title).toBe('测试县2024年政府信息公开工作年度报告');
  });
});

describe('gouji audit, in batches', () => {
  const portal = join(FIXTURES, 'portal', 'index.html');

  it('audits every report linked from a listing page, in page order, failures included', async () => {
    const r = await run(['audit', '--links', portal, '--format', 'json', '--concurrency', '3']);
    const results = r.lines.map((l) => JSON.parse(l));
    expect(results.map((x) => x.source.split('/').slice(-2).join('/'))).toEqual([
      'pages/pingtan_2025.html',
      'pages/pingtan_2024.html',
      'pages/pingtan_2023.html',
      'samples/sample-report.html',
      'synthetic/attachment_only.html',
      'portal/gone.html',
      'synthetic/news_about_reports.html',
    ]);
    expect(results[5].error).toMatch(/gone\.html：找不到该文件$/);
    expect(results[5].errorCode).toBe('no-such-file');
    expect(results[6].detected).toBe(false);
    expect(results[4].tables.applications).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe('gouji：共 7 项 — 年报 5 份（其中 1 份有错误），非年报 1 项，无法读取 1 项');
    const en = await run(['audit', '--links', portal, '--format', 'json'], { LC_ALL: 'en_GB.UTF-8' });
    expect(JSON.parse(en.lines[5]!).error).toMatch(/gone\.html: no such file$/);
    expect(en.stderr.trim().split('\n').pop()).toBe('gouji: 7 inputs — 5 reports (1 with errors), 1 non-report, 1 unreadable');
  });

  it('gives each linked page the audit it gets on its own', async () => {
    const batch = await run(['audit', '--links', portal, '--format', 'json']);
    const alone = await run(['audit', join(FIXTURES, 'samples', 'sample-report.html'), '--format', 'json']);
    const fromBatch = JSON.parse(batch.lines[3]!);
    const single = JSON.parse(alone.lines[0]!);
    expect({ ...fromBatch, source: '' }).toEqual({ ...single, source: '' });
  });

  it('reads a --list file, skipping blank lines and comments', async () => {
    const list = join(tmp, 'list.txt');
    writeFileSync(list, `# reports to check\n${seed('000_57cbc8b215b8ff96.txt')}\n\n${seed('004_45c1bc793be086aa.txt')}\n`);
    const r = await run(['audit', '--list', list, seed('001_1e1d37345e448265.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l).source.split('/').pop())).toEqual([
      '001_1e1d37345e448265.txt',
      '000_57cbc8b215b8ff96.txt',
      '004_45c1bc793be086aa.txt',
    ]);
  });

  it('rejects a bad --concurrency', async () => {
    expect((await run(['audit', 'x', '--concurrency', '0'])).code).toBe(2);
    expect((await run(['audit', 'x', '--concurrency'])).code).toBe(2);
  });
});

describe('saved pages and listings: the address they record, --base', () => {
  const listing = (head: string) =>
    `<html><head><meta charset="utf-8">${head}<title>政府信息公开年报</title></head><body><a href="nb/2024.html">示例区2024年政府信息公开工作年度报告</a><a href="nb/2023.html">示例区2023年政府信息公开工作年度报告</a></body></html>`;

  it('with relative links and no address: one line saying how to fix it, in either language', async () => {
    const file = join(tmp, 'saved-listing.html');
    writeFileSync(file, listing(''));
    const zh = await run(['audit', '--links', file, '--format', 'json']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('相对地址');
    expect(zh.stderr).toContain('--base');
    expect(zh.stderr).not.toContain('找不到该文件');
    const en = await run(['audit', '--lang', 'en', '--links', file, '--format', 'json']);
    expect(en.stderr).toContain("give the listing's URL instead");
  });

  it('resolves them against --base, or against the address the page records', async () => {
    const file = join(tmp, 'saved-listing-2.html');
    writeFileSync(file, listing(''));
    const given = await run(['audit', '--links', file, '--base', `${base}/zfxxgk/`, '--format', 'json']);
    expect(given.lines.map((l) => JSON.parse(l).source)).toEqual([`${base}/zfxxgk/nb/2024.html`, `${base}/zfxxgk/nb/2023.html`]);
    const recorded = join(tmp, 'saved-listing-3.html');
    writeFileSync(recorded, listing(`<meta name="Url" content="${base}/list/">`));
    const own = await run(['audit', '--links', recorded, '--format', 'json']);
    expect(own.lines.map((l) => JSON.parse(l).source)).toEqual([`${base}/list/nb/2024.html`, `${base}/list/nb/2023.html`]);
  });

  it("resolves a saved page's attachment links against --base, else against the address it records", async () => {
    const page = (head: string) =>
      `<html><head><meta charset="utf-8">${head}<title>示例区2024年政府信息公开工作年度报告</title></head><body><h1>示例区2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>附件：<a href="P020250110.pdf">示例区2024年政府信息公开工作年度报告.pdf</a></p></body></html>`;
    const bare = join(tmp, 'saved-report.html');
    writeFileSync(bare, page(''));
    const given = await run(['audit', bare, '--base', 'https://www.example.gov.cn/zfxxgk/nb/2024.html', '--format', 'json']);
    expect(JSON.parse(given.lines[0]!).attachments.map((a: { href: string }) => a.href)).toEqual(['https://www.example.gov.cn/zfxxgk/nb/P020250110.pdf']);
    const recorded = join(tmp, 'saved-report-2.html');
    writeFileSync(recorded, page('<meta name="Url" content="https://www.example.gov.cn/art/2025/1/10/art_1.html">'));
    const own = await run(['audit', recorded, '--format', 'json']);
    expect(JSON.parse(own.lines[0]!).attachments.map((a: { href: string }) => a.href)).toEqual(['https://www.example.gov.cn/art/2025/1/10/P020250110.pdf']);
    // --base says where the page came from: it wins over what the page records.
    const both = await run(['audit', recorded, '--base', 'https://www.example.gov.cn/zfxxgk/', '--format', 'json']);
    expect(JSON.parse(both.lines[0]!).attachments.map((a: { href: string }) => a.href)).toEqual(['https://www.example.gov.cn/zfxxgk/P020250110.pdf']);
  });

  it('refuses a --base that is not a web address', async () => {
    const r = await run(['audit', '--links', 'x.html', '--base', 'www.example.gov.cn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--base');
  });
});
