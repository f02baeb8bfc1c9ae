import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/model/finding';
import { main } from '../../cli/main';
import { defaultLang, langOfLocale } from '../../cli/locale';
import { MESSAGES, reasonText, usageProblem, type Counts, type Messages, type NetworkFailure, type Reason, type UsageProblem } from '../../cli/messages';
import { FIXTURES } from '../helpers/fixtures';
import { sink } from './sink';

async function run(args: string[], env: Record<string, string> = {}, tty = false) {
  const stdout = sink(tty, 100);
  const stderr = sink(tty, 100);
  const code = await main(args, { stdout: stdout as unknown as typeof process.stdout, stderr: stderr as unknown as typeof process.stderr, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const tmp = mkdtempSync(join(tmpdir(), 'gouji-lang-'));
const seed = (n: string) => join(FIXTURES, 'seeds', n);

// One of every reason, usage problem and network failure: typed so that a new code without a
// sample here does not compile, and every sample is worded in both languages below.
const REASONS: { [C in Reason['code']]: Extract<Reason, { code: C }> } = {
  'no-such-file': { code: 'no-such-file' },
  directory: { code: 'directory' },
  'empty-file': { code: 'empty-file' },
  'file-too-large': { code: 'file-too-large', megabytes: 50, limit: 20 },
  'fetch-timeout': { code: 'fetch-timeout', seconds: 20 },
  'fetch-failed': { code: 'fetch-failed', network: { kind: 'refused' } },
  'http-status': { code: 'http-status', status: 404, statusText: 'Not Found' },
  'empty-response': { code: 'empty-response' },
  'response-too-large': { code: 'response-too-large', limit: 20 },
  'legacy-doc': { code: 'legacy-doc' },
  ofd: { code: 'ofd' },
  zip: { code: 'zip' },
  binary: { code: 'binary' },
  'docx-damaged': { code: 'docx-damaged' },
  'pdf-scanned': { code: 'pdf-scanned' },
  'pdf-too-many-pages': { code: 'pdf-too-many-pages', pages: 400, max: 300 },
  'pdf-too-much-text': { code: 'pdf-too-much-text', max: 200000 },
  'pdf-encrypted': { code: 'pdf-encrypted' },
  'pdf-damaged': { code: 'pdf-damaged' },
  'pdf-unreadable': { code: 'pdf-unreadable', detail: 'Unknown' },
  'list-unreadable': { code: 'list-unreadable' },
  'no-report-links': { code: 'no-report-links' },
  'not-document': { code: 'not-document', why: 'challenge', status: 412, needsBrowser: true },
  'relative-links-no-address': { code: 'relative-links-no-address', links: 10 },
  unexpected: { code: 'unexpected', detail: 'boom' },
};
const PROBLEMS: { [C in UsageProblem['code']]: Extract<UsageProblem, { code: C }> } = {
  'no-command': { code: 'no-command' },
  'unknown-command': { code: 'unknown-command', command: 'check' },
  'needs-value': { code: 'needs-value', flag: '--list' },
  'bad-format': { code: 'bad-format', value: 'xml' },
  'bad-lang': { code: 'bad-lang', value: 'fr' },
  'bad-base': { code: 'bad-base', value: 'www.example.gov.cn' },
  'bad-concurrency': { code: 'bad-concurrency' },
  'bad-retry': { code: 'bad-retry' },
  'unknown-option': { code: 'unknown-option', flag: '--bogus' },
  'no-input': { code: 'no-input' },
};
const NETWORK: { [K in NetworkFailure['kind']]: Extract<NetworkFailure, { kind: K }> } = {
  refused: { kind: 'refused' },
  'no-such-host': { kind: 'no-such-host' },
  reset: { kind: 'reset' },
  certificate: { kind: 'certificate' },
  'blocked-port': { kind: 'blocked-port' },
  other: { kind: 'other', detail: 'socket hang up' },
};
const COUNTS: Counts = { inputs: 7, reports: 5, withErrors: 1, notReports: 1, unreadable: 1, needBrowser: 1 };

/** Every sentence a language's table can produce, by id. */
function rendered(lang: Lang): Record<string, string> {
  const m: Messages = MESSAGES[lang];
  return {
    prefix: m.prefix,
    sourceSep: m.sourceSep,
    usage: m.usage,
    progress: m.progress,
    ocrProgress: m.ocrProgress('scan.pdf', 2, 5),
    summary: m.summary(COUNTS),
    needBrowser: m.needBrowser(2),
    outFailed: m.outFailed('report.html', 'EACCES'),
    wrote: m.wrote('report.html', 87481),
    ...Object.fromEntries(Object.values(PROBLEMS).map((p) => [`usageErrors.${p.code}`, usageProblem(p, lang)])),
    ...Object.fromEntries(Object.values(REASONS).map((r) => [`reasons.${r.code}`, reasonText(r, lang)])),
    ...Object.fromEntries(Object.values(NETWORK).map((n) => [`network.${n.kind}`, reasonText({ code: 'fetch-failed', network: n }, lang)])),
  };
}

const HAN = /[\u3400-\u9fff]/;
/** Columns a line takes in a terminal: CJK characters and full-width punctuation take two. */
const columns = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

describe('the message table', () => {
  it('has every message id in both languages, and the same ids in each', () => {
    const keys = (m: object, prefix = ''): string[] =>
      Object.entries(m).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(MESSAGES['zh-CN']).sort()).toEqual(keys(MESSAGES.en).sort());
    // …and every id has a sample above, so each is rendered and checked below.
    const ids = keys(MESSAGES.en).filter((k) => k !== 'sourceSep' && k !== 'prefix');
    expect(
      Object.keys(rendered('en'))
        .filter((k) => k !== 'sourceSep' && k !== 'prefix')
        .sort(),
    ).toEqual(ids.sort());
    const zh = rendered('zh-CN');
    const en = rendered('en');
    for (const id of Object.keys(zh)) {
      expect(zh[id], id).toBeTruthy();
      expect(en[id], id).toBeTruthy();
      if (id === 'network.other') continue; // the system's own words, in both
      expect(zh[id], id).not.toBe(en[id]);
    }
  });

  it('writes Chinese in Chinese, with full-width punctuation, and English without Chinese', () => {
    const zh = rendered('zh-CN');
    expect(zh.prefix).toBe('gouji：');
    expect(zh.sourceSep).toBe('：');
    for (const [id, text] of Object.entries(zh)) {
      if (id === 'network.other' || id === 'prefix' || id === 'sourceSep') continue;
      expect(text, id).toMatch(HAN);
      // No ASCII : , ; ( ) ! ? beside Chinese text (technical tokens such as --format or .docx stay).
      expect(text, id).not.toMatch(/[\u3400-\u9fff（）“”][ ]*[:,;()!?]|[:,;()!?][ ]*[\u3400-\u9fff（）“”]/);
      expect(text, id).not.toMatch(/"/);
    }
    for (const [id, text] of Object.entries(rendered('en'))) {
      // The English usage names the reports in Chinese once, as they are titled.
      expect(id === 'usage' ? text.replace('(政府信息公开工作年度报告)', '') : text, id).not.toMatch(HAN);
    }
  });

  it('keeps the usage within 80 columns of a terminal in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const l of MESSAGES[lang].usage.split('\n')) expect(columns(l), `${lang}: ${l}`).toBeLessThanOrEqual(80);
    }
  });
});

describe('the default language', () => {
  it('follows the locale: Chinese for zh*, English for another language, Chinese when unknown', () => {
    expect(langOfLocale('zh_CN.UTF-8')).toBe('zh-CN');
    expect(langOfLocale('zh_TW.Big5')).toBe('zh-CN');
    expect(langOfLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(langOfLocale('zh')).toBe('zh-CN');
    expect(langOfLocale('en_US.UTF-8')).toBe('en');
    expect(langOfLocale('de_DE@euro')).toBe('en');
    expect(langOfLocale('C')).toBeNull();
    expect(langOfLocale('C.UTF-8')).toBeNull();
    expect(langOfLocale('POSIX')).toBeNull();
    expect(langOfLocale('')).toBeNull();
    expect(langOfLocale(undefined)).toBeNull();
  });

  it('takes LC_ALL, then LC_MESSAGES, then LANG: the first that is set decides', () => {
    const linux = (env: Record<string, string>) => defaultLang({ env, platform: 'linux', intlLocale: () => 'en-US' });
    expect(linux({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(linux({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(linux({})).toBe('zh-CN');
    expect(linux({ LANG: 'C' })).toBe('zh-CN');
    expect(linux({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(linux({ LANG: '' })).toBe('zh-CN');
    expect(linux({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(linux({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(linux({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LC_ALL: 'zh_CN.GB18030' })).toBe('zh-CN');
    expect(linux({ LANG: 'en_US.UTF-8', LC_ALL: 'C' })).toBe('zh-CN');
    // With no variable, Intl's locale is heard where it reflects the user's setting (Windows)…
    expect(defaultLang({ env: {}, platform: 'win32', intlLocale: () => 'en-GB' })).toBe('en');
    expect(defaultLang({ env: {}, platform: 'win32', intlLocale: () => 'zh-CN' })).toBe('zh-CN');
    expect(defaultLang({ env: {}, platform: 'win32', intlLocale: () => undefined })).toBe('zh-CN');
    // …not where it is ICU's own fallback for an empty environment.
    expect(defaultLang({ env: {}, platform: 'linux', intlLocale: () => 'en-US' })).toBe('zh-CN');
  });

  it('sets the language of help, usage errors, reasons and findings alike; --lang overrides it', async () => {
    const en = await run(['audit', seed('002_639324ef3b6d9964.txt'), join(tmp, 'missing.txt'), '--format', 'json'], { LANG: 'en_US.UTF-8' });
    const zh = await run(['audit', seed('002_639324ef3b6d9964.txt'), join(tmp, 'missing.txt'), '--format', 'json'], { LANG: 'zh_CN.UTF-8' });
    const none = await run(['audit', seed('002_639324ef3b6d9964.txt'), join(tmp, 'missing.txt'), '--format', 'json'], {});
    const c = await run(['audit', seed('002_639324ef3b6d9964.txt'), join(tmp, 'missing.txt'), '--format', 'json'], { LANG: 'C' });
    const finding = (r: { stdout: string }) => JSON.parse(r.stdout.split('\n')[0]!).findings[0].message as string;
    expect(finding(en)).toMatch(/does not have 7 cells/);
    expect(en.stderr).toMatch(/missing\.txt: no such file\ngouji: 2 inputs — 1 report/);
    for (const r of [zh, none, c]) {
      expect(finding(r)).toMatch(/不是 7 格/);
      expect(r.stderr).toMatch(/missing\.txt：找不到该文件\ngouji：共 2 项 — 年报 1 份/);
    }
    const overridden = await run(['audit', seed('002_639324ef3b6d9964.txt'), '--format', 'json', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' });
    expect(finding(overridden)).toMatch(/不是 7 格/);
  });
});

describe('gouji --help', () => {
  it('prints the usage in Chinese or English, on stdout, exit 0', async () => {
    const zh = await run(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(MESSAGES['zh-CN'].usage + '\n');
    expect(zh.stdout).toMatch(/^用法：gouji audit <文件或网址>\.\.\. \[选项\]\n/);
    expect(zh.stdout).toMatch(/退出状态：0 每份输入都已审核；1 有输入无法读取；2 用法有误。/);
    const en = await run(['--help'], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toMatch(/^Usage: gouji audit <file-or-url>\.\.\. \[options\]\n/);
    expect(en.stdout).toMatch(/Exit status: 0 every input audited/);
    // -h, help and `audit --help` too; --lang given with --help decides.
    expect((await run(['help'], {})).stdout).toBe(zh.stdout);
    expect((await run(['audit', '-h', '--lang', 'en'], {})).stdout).toBe(en.stdout);
    expect((await run(['--help', '--lang=zh-CN'], { LANG: 'en_US.UTF-8' })).stdout).toBe(zh.stdout);
  });
});

describe('bad usage', () => {
  it("says what is wrong in the run's language, then the usage, exit 2", async () => {
    const zh = await run(['audit', 'x', '--format', 'xml'], {});
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe(`gouji：--format 只能是 json、text 或 html，不能是“xml”\n\n${MESSAGES['zh-CN'].usage}\n`);
    const en = await run(['audit', 'x', '--format', 'xml'], { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`gouji: --format takes json, text or html, not "xml"\n\n${MESSAGES.en.usage}\n`);
    // A --lang anywhere in the arguments decides, even after the mistake.
    expect((await run(['audit', '--bogus', '--lang', 'en'], {})).stderr).toMatch(/^gouji: unknown option "--bogus"\n/);
    expect((await run(['check', 'x', '--lang=zh-CN'], { LANG: 'en_US.UTF-8' })).stderr).toMatch(/^gouji：未知命令“check”\n/);
    expect((await run(['audit'], {})).stderr).toMatch(/^gouji：没有给出要审核的文件或网址\n/);
    expect((await run(['audit', 'x', '--concurrency', '0'], {})).stderr).toMatch(/^gouji：--concurrency 须为 1 到 16 之间的整数\n/);
    // A --lang that is not a language is itself the mistake, in the locale's language.
    const bad = await run(['audit', 'x', '--lang', 'fr'], { LANG: 'en_US.UTF-8' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^gouji: --lang takes zh-CN or en, not "fr"\n/);
    expect((await run(['audit', 'x', '--lang', 'fr'], {})).stderr).toMatch(/^gouji：--lang 只能是 zh-CN 或 en，不能是“fr”\n/);
  });
});

describe('unreadable inputs and the batch summary', () => {
  it("gives the reason, and the JSON line's error, in the run's language, with a stable errorCode", async () => {
    const ofd = join(tmp, 'report.ofd');
    // An OFD is a ZIP whose root holds OFD.xml.
    writeFileSync(ofd, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26), Buffer.from('OFD.xml'), Buffer.alloc(64)]));
    const inputs = [ofd, seed('000_57cbc8b215b8ff96.txt')];
    const zh = await run(['audit', ...inputs, '--format', 'json'], { LANG: 'zh_CN.UTF-8' });
    const en = await run(['audit', ...inputs, '--format', 'json'], { LANG: 'en_US.UTF-8' });
    expect(zh.code).toBe(1);
    expect(en.code).toBe(1);
    expect(zh.stderr).toBe(
      `gouji：${ofd}：这是 OFD 文件，勾稽暂时读不了；请改用年报的 PDF 或 .docx 版本\ngouji：共 2 项 — 年报 1 份（其中 0 份有错误），非年报 0 项，无法读取 1 项\n`,
    );
    expect(en.stderr).toBe(
      `gouji: ${ofd}: an OFD file, which Gouji cannot read yet; use the PDF or .docx version of the report\ngouji: 2 inputs — 1 report (0 with errors), 0 non-reports, 1 unreadable\n`,
    );
    const line = (r: { stdout: string }) => JSON.parse(r.stdout.split('\n')[0]!);
    expect(line(zh)).toEqual({
      schema: 'gouji.audit/1',
      source: ofd,
      error: `${ofd}：这是 OFD 文件，勾稽暂时读不了；请改用年报的 PDF 或 .docx 版本`,
      errorCode: 'ofd',
    });
    expect(line(en)).toEqual({
      schema: 'gouji.audit/1',
      source: ofd,
      error: `${ofd}: an OFD file, which Gouji cannot read yet; use the PDF or .docx version of the report`,
      errorCode: 'ofd',
    });
    expect(Object.keys(line(en))).toEqual(['schema', 'source', 'error', 'errorCode']);
  });

  it("words a --list or --links that gives nothing in the run's language", async () => {
    const zh = await run(['audit', '--list', join(tmp, 'no-list.txt'), '--links', seed('000_57cbc8b215b8ff96.txt')], {});
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/^gouji：.*no-list\.txt：清单文件无法读取\ngouji：.*000_57cbc8b215b8ff96\.txt：没有找到指向年报的链接\n/);
    const en = await run(['audit', '--list', join(tmp, 'no-list.txt'), '--links', seed('000_57cbc8b215b8ff96.txt')], { LC_MESSAGES: 'en_US.UTF-8' });
    expect(en.stderr).toMatch(/^gouji: .*no-list\.txt: the list could not be read\ngouji: .*000_57cbc8b215b8ff96\.txt: no links to annual reports found\n/);
    expect(en.stderr).toMatch(/gouji: 0 inputs — 0 reports \(0 with errors\), 0 non-reports, 0 unreadable\n$/);
  });

  it("labels the progress bar in the run's language", async () => {
    const inputs = [seed('000_57cbc8b215b8ff96.txt'), seed('004_45c1bc793be086aa.txt')];
    const zh = await run(['audit', ...inputs, '--format', 'json'], {}, true);
    const en = await run(['audit', ...inputs, '--format', 'json'], { LANG: 'en_US.UTF-8' }, true);
    expect(zh.stderr).toMatch(/\r审核中 \[#+\.*\] 1\/2/);
    expect(en.stderr).toMatch(/\rAuditing \[#+\.*\] 1\/2/);
  });
});

describe('bin/gouji.mjs', () => {
  it('reads the language from the real environment', async () => {
    const bin = join(import.meta.dirname, '../../bin/gouji.mjs');
    const exec = promisify(execFile);
    const env = (locale: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...locale });
    const out = async (locale: Record<string, string>) => (await exec(process.execPath, [bin, '--help'], { env: env(locale) })).stdout;
    const [en, zh, c] = await Promise.all([out({ LANG: 'en_US.UTF-8' }), out({ LANG: 'zh_CN.UTF-8' }), out({ LANG: 'C' })]);
    expect(en).toMatch(/^Usage: gouji audit/);
    expect(zh).toMatch(/^用法：gouji audit/);
    expect(c).toMatch(/^用法：gouji audit/);
  }, 60_000);
});
