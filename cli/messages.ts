import type { Lang } from '../lib/model/finding';
import type { NotDocumentReason } from '../lib/page/not-the-document';

/**
 * Everything the command line writes outside the findings, in both languages: the usage text,
 * bad-usage errors, why an input could not be read, the progress bar's label and a batch's
 * closing count. Each language is a `Messages`, so a missing or misnamed translation does not
 * compile. Chinese text uses full-width punctuation (：，；（）“”); technical tokens (options,
 * file extensions, numbers with their units) stay as they are typed.
 */

/** Why the arguments were refused (exit status 2). */
export type UsageProblem =
  | { code: 'no-command' }
  | { code: 'unknown-command'; command: string }
  | { code: 'needs-value'; flag: string }
  | { code: 'bad-format'; value: string }
  | { code: 'bad-lang'; value: string }
  | { code: 'bad-concurrency' }
  | { code: 'bad-retry' }
  | { code: 'unknown-option'; flag: string }
  | { code: 'bad-base'; value: string }
  | { code: 'no-input' };

/**
 * Why an input could not be read (exit status 1). `code` is stable: the JSON line of an
 * unreadable input carries it as `errorCode`, whatever the language of its `error`.
 */
export type Reason =
  | { code: 'no-such-file' }
  | { code: 'directory' }
  | { code: 'empty-file' }
  | { code: 'file-too-large'; megabytes: number; limit: number }
  | { code: 'fetch-timeout'; seconds: number }
  | { code: 'fetch-failed'; network: NetworkFailure }
  | { code: 'http-status'; status: number; statusText: string }
  | { code: 'empty-response' }
  | { code: 'response-too-large'; limit: number }
  | { code: 'legacy-doc' }
  | { code: 'ofd' }
  | { code: 'zip' }
  | { code: 'binary' }
  | { code: 'docx-damaged' }
  | { code: 'pdf-scanned' }
  | { code: 'pdf-too-many-pages'; pages: number; max: number }
  | { code: 'pdf-too-much-text'; max: number }
  | { code: 'pdf-encrypted' }
  | { code: 'pdf-damaged' }
  | { code: 'pdf-unreadable'; detail: string }
  | { code: 'list-unreadable' }
  | { code: 'no-report-links' }
  /** A page came back, but not the report: a bot check, a script-built shell, a login or error page (lib/page/not-the-document.ts). */
  | { code: 'not-document'; why: NotDocumentReason; status?: number; needsBrowser: boolean }
  /** A saved listing whose report links are relative, with no address of its own to resolve them against. */
  | { code: 'relative-links-no-address'; links: number }
  | { code: 'unexpected'; detail: string };

/** What the network said when a fetch failed; `other` keeps the system's own words. */
export type NetworkFailure =
  | { kind: 'refused' }
  | { kind: 'no-such-host' }
  | { kind: 'reset' }
  | { kind: 'certificate' }
  | { kind: 'blocked-port' }
  | { kind: 'other'; detail: string };

/** A batch's closing count. */
export interface Counts {
  inputs: number;
  reports: number;
  withErrors: number;
  notReports: number;
  unreadable: number;
  /** Of the unreadable: pages a browser would get (a bot check, a script-built article). */
  needBrowser: number;
}

type Table<U extends { code: string }> = { [C in U['code']]: (p: Extract<U, { code: C }>) => string };

export interface Messages {
  /** Starts every line the command line writes to stderr. */
  prefix: string;
  /** Joins an input's name to why it could not be read. */
  sourceSep: string;
  usage: string;
  usageErrors: Table<UsageProblem>;
  reasons: Table<Reason>;
  network: { [K in NetworkFailure['kind']]: (p: Extract<NetworkFailure, { kind: K }>) => string };
  progress: string;
  /** OCR's progress through a scan: page n of m. */
  ocrProgress: (source: string, page: number, pages: number) => string;
  summary: (c: Counts) => string;
  /** Heads the list of inputs that need a browser, at the end of a run. */
  needBrowser: (n: number) => string;
  /** `--out FILE` could not be written. */
  outFailed: (file: string, detail: string) => string;
  /** Where `--out` wrote the output. */
  wrote: (file: string, bytes: number) => string;
}

/** HTTP statuses a user meets, in words; others are given by number. */
const HTTP_ZH: Record<number, string> = {
  400: '请求有误',
  401: '需要登录',
  403: '拒绝访问',
  404: '页面不存在',
  410: '页面已删除',
  429: '请求过于频繁',
  500: '服务器内部错误',
  502: '网关错误',
  503: '服务暂不可用',
  504: '网关超时',
};

const NOT_DOCUMENT_ZH: Record<NotDocumentReason, string> = {
  challenge: '反爬验证',
  'script-built': '正文由脚本生成',
  login: '跳转到登录页',
  'error-page': '错误页面',
  'rate-limited': '请求过于频繁',
  forbidden: '拒绝访问',
  'server-error': '服务器错误',
  'http-status': '服务器未返回页面',
};

const NOT_DOCUMENT_EN: Record<NotDocumentReason, string> = {
  challenge: 'a bot-protection check',
  'script-built': 'the article is built by script',
  login: 'redirected to a login page',
  'error-page': 'an error page',
  'rate-limited': 'rate-limited',
  forbidden: 'access refused',
  'server-error': 'a server error',
  'http-status': 'the server did not return the page',
};

const zhCN: Messages = {
  prefix: 'gouji：',
  sourceSep: '：',
  usage: `用法：gouji audit <文件或网址>... [选项]

审核政府信息公开工作年度报告的勾稽关系。可读网页（任何声明的字符集）、
PDF 和 Word .docx 文件、.txt 文本，以及 http/https 网址。没有文字层的
PDF（扫描件）在本机用 OCR 识别，不联网；识别的数字带把握度。
  --list 文件       同时审核“文件”中列出的每个路径或网址，每行一个
                    （# 开头的行为注释）
  --links 页面      同时审核“页面”链接的每份年报（门户的年报列表，文件或网址）
  --concurrency N   同时读取的输入数（默认 4，最多 16；同一网站最多 2 个）
  --retry N         遇到 429 或 5xx 时重试 N 次（默认 0），按 Retry-After 等待
  --no-ocr          不识别扫描件（没有文字层的 PDF 报为无法读取）
  --base 网址       保存下来的页面或列表页原来的网址，其中的相对链接（附件、
                    列表中的年报）按它解析（页面自己记有网址时不必给出）
  --format json     每份输入一个 JSON 对象，一行一个，按输入顺序
                    （输出到管道时的默认）
  --format text     便于阅读的报告（输出到终端时的默认）
  --format html     一份独立的 HTML 报告，含全部输入：结论、历年图表、
                    结转衔接链、同年各机关对比和每份年报的表格
  --out 文件        写入“文件”而不是标准输出
  --lang zh-CN|en   输出的语言：审核结论、错误、帮助和汇总
                    （默认按 LC_ALL、LC_MESSAGES、LANG 所设语言，不明时为中文）
同一机关连续年度的年报会相互核对。
退出状态：0 每份输入都已审核；1 有输入无法读取；2 用法有误。`,
  usageErrors: {
    'no-command': () => '没有给出命令',
    'unknown-command': (p) => `未知命令“${p.command}”`,
    'needs-value': (p) => `${p.flag} 需要一个值`,
    'bad-format': (p) => `--format 只能是 json、text 或 html，不能是“${p.value}”`,
    'bad-lang': (p) => `--lang 只能是 zh-CN 或 en，不能是“${p.value}”`,
    'bad-concurrency': () => '--concurrency 须为 1 到 16 之间的整数',
    'bad-retry': () => '--retry 须为 0 到 5 之间的整数',
    'unknown-option': (p) => `未知选项“${p.flag}”`,
    'bad-base': (p) => `--base 须为 http 或 https 网址，不能是“${p.value}”`,
    'no-input': () => '没有给出要审核的文件或网址',
  },
  reasons: {
    'no-such-file': () => '找不到该文件',
    directory: () => '这是目录，不是文件',
    'empty-file': () => '文件是空的',
    'file-too-large': (p) => `文件有 ${p.megabytes} MB，超过了年报网页的上限 ${p.limit} MB`,
    'fetch-timeout': (p) => `无法获取（${p.seconds} 秒内没有响应）`,
    'fetch-failed': (p) => `无法获取（${zhCN.network[p.network.kind](p.network as never)}）`,
    'http-status': (p) => `服务器返回 ${p.status}${HTTP_ZH[p.status] ? `（${HTTP_ZH[p.status]}）` : ''}`,
    'empty-response': () => '服务器返回了空页面',
    'response-too-large': (p) => `页面超过 ${p.limit} MB`,
    'legacy-doc': () => '这是旧版 Word .doc 或 WPS .wps 文件；勾稽只读 .docx 和 PDF，请另存为其中一种格式',
    ofd: () => '这是 OFD 文件，勾稽暂时读不了；请改用年报的 PDF 或 .docx 版本',
    zip: () => '这是 ZIP 压缩包，不是年报；请解压后审核其中的年报',
    binary: () => '看来是二进制文件，不是网页或文本',
    'docx-damaged': () => '不是可读的 Word .docx 文件（文件已损坏，或并非 Word 文档）',
    'pdf-scanned': () => 'PDF 没有文字层（是扫描件或页面图片），不经 OCR 无法读取',
    'pdf-too-many-pages': (p) => `PDF 共 ${p.pages} 页，而一份年报最多 ${p.max} 页`,
    'pdf-too-much-text': (p) => `PDF 的文字片段超过 ${p.max} 个，不像一份年报`,
    'pdf-encrypted': () => 'PDF 有密码保护',
    'pdf-damaged': () => 'PDF 已损坏或结构无效，无法读取',
    'pdf-unreadable': (p) => `PDF 无法读取（${p.detail}）`,
    'list-unreadable': () => '清单文件无法读取',
    'no-report-links': () => '没有找到指向年报的链接',
    'not-document': (p) =>
      `未能取得页面（${NOT_DOCUMENT_ZH[p.why]}${p.status && p.status !== 200 ? `，HTTP ${p.status}` : ''}）${p.needsBrowser ? '：该页面需要浏览器执行脚本；请在扩展中批量审核' : ''}`,
    'relative-links-no-address': (p) =>
      `页面上的 ${p.links} 个年报链接是相对地址，而保存下来的页面没有记下自己的网址，无法解析；请直接给出列表页的网址（gouji audit --links https://…），或用 --base 指明它原来的网址（gouji audit --links 文件 --base https://…）`,
    unexpected: (p) => `无法读取（${p.detail}）`,
  },
  network: {
    refused: () => '连接被拒绝',
    'no-such-host': () => '找不到该域名',
    reset: () => '连接被中断',
    certificate: () => '网站的安全证书无效',
    'blocked-port': () => '出于安全原因，不访问这个端口',
    other: (p) => p.detail,
  },
  progress: '审核中',
  ocrProgress: (source, page, pages) => `OCR 识别 ${source}：第 ${page}/${pages} 页`,
  outFailed: (file, detail) => `无法写入“${file}”（${detail}）`,
  wrote: (file, bytes) => `已写入 ${file}（${bytes} 字节）`,
  summary: (c) =>
    `共 ${c.inputs} 项 — 年报 ${c.reports} 份（其中 ${c.withErrors} 份有错误），非年报 ${c.notReports} 项，无法读取 ${c.unreadable} 项${c.needBrowser ? `（其中 ${c.needBrowser} 项需要浏览器）` : ''}`,
  needBrowser: (n) => `以下 ${n} 项需要浏览器执行脚本才能读取，请在扩展中批量审核：`,
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: Messages = {
  prefix: 'gouji: ',
  sourceSep: ': ',
  usage: `Usage: gouji audit <file-or-url>... [options]

Audits the arithmetic of government information disclosure annual reports
(政府信息公开工作年度报告): HTML pages (any declared charset), PDF and
Word .docx files, .txt text exports, or http(s) URLs. A PDF without a text
layer (a scan) is read by OCR on this machine, offline; its figures carry a
confidence.
  --list FILE       also audit every path or URL listed in FILE, one a line
                    (# starts a comment)
  --links PAGE      also audit every report linked from PAGE (a portal's
                    listing; a file or a URL)
  --concurrency N   inputs read at once (default 4, at most 16; at most 2
                    from one site)
  --retry N         retry a 429 or 5xx answer N times (default 0), waiting
                    as Retry-After asks
  --no-ocr          do not read scans by OCR (they are then unreadable)
  --base URL        the address a saved page or listing came from: its
                    relative links (attachments, a listing's reports)
                    resolve against it (not needed when the page records
                    its own address)
  --format json     one JSON object per input, one a line, in input order
                    (the default when piped)
  --format text     a readable report (the default in a terminal)
  --format html     one self-contained HTML report of all inputs: verdicts,
                    charts over the years, the continuity chain, a year's
                    agencies side by side and every report's table
  --out FILE        write to FILE instead of standard output
  --lang zh-CN|en   the language of everything printed: findings, errors,
                    help, summary (default: the language LC_ALL, LC_MESSAGES
                    or LANG names; Chinese when they name none)
Reports of one agency for consecutive years are checked against each other.
Exit status: 0 every input audited, 1 an input could not be read, 2 bad usage.`,
  usageErrors: {
    'no-command': () => 'no command given',
    'unknown-command': (p) => `unknown command "${p.command}"`,
    'needs-value': (p) => `${p.flag} needs a value`,
    'bad-format': (p) => `--format takes json, text or html, not "${p.value}"`,
    'bad-lang': (p) => `--lang takes zh-CN or en, not "${p.value}"`,
    'bad-concurrency': () => '--concurrency takes a whole number from 1 to 16',
    'bad-retry': () => '--retry takes a whole number from 0 to 5',
    'unknown-option': (p) => `unknown option "${p.flag}"`,
    'bad-base': (p) => `--base takes an http or https URL, not "${p.value}"`,
    'no-input': () => 'no input given',
  },
  reasons: {
    'no-such-file': () => 'no such file',
    directory: () => 'a directory, not a file',
    'empty-file': () => 'the file is empty',
    'file-too-large': (p) => `${p.megabytes} MB is larger than the ${p.limit} MB a report page can be`,
    'fetch-timeout': (p) => `could not be fetched (no answer within ${p.seconds} s)`,
    'fetch-failed': (p) => `could not be fetched (${en.network[p.network.kind](p.network as never)})`,
    'http-status': (p) => `the server answered ${p.status}${p.statusText ? ` ${p.statusText}` : ''}`,
    'empty-response': () => 'the server sent an empty page',
    'response-too-large': (p) => `the page is larger than ${p.limit} MB`,
    'legacy-doc': () => 'a legacy Word .doc or WPS .wps file; Gouji reads .docx and PDF, so save it in one of those',
    ofd: () => 'an OFD file, which Gouji cannot read yet; use the PDF or .docx version of the report',
    zip: () => 'a ZIP archive, not a report; unpack it and audit the report inside',
    binary: () => 'looks like a binary file, not a page or text',
    'docx-damaged': () => 'not a readable Word .docx file: it is damaged or not a Word document',
    'pdf-scanned': () => 'the PDF has no text layer (a scan or images of pages); it cannot be read without OCR',
    'pdf-too-many-pages': (p) => `the PDF has ${p.pages} pages; a report has at most ${p.max}`,
    'pdf-too-much-text': (p) => `the PDF has more than ${p.max} pieces of text, more than a report has`,
    'pdf-encrypted': () => 'the PDF is protected by a password',
    'pdf-damaged': () => 'the PDF is damaged or its structure is invalid',
    'pdf-unreadable': (p) => `the PDF could not be read (${p.detail})`,
    'list-unreadable': () => 'the list could not be read',
    'no-report-links': () => 'no links to annual reports found',
    'not-document': (p) =>
      `page not obtained (${NOT_DOCUMENT_EN[p.why]}${p.status && p.status !== 200 ? `, HTTP ${p.status}` : ''})${p.needsBrowser ? ': the page needs a browser to run its scripts; audit it with the extension' : ''}`,
    'relative-links-no-address': (p) =>
      `its ${p.links} report links are relative and the saved page does not record its own address, so they cannot be resolved; give the listing's URL instead (gouji audit --links https://…), or its original address with --base (gouji audit --links FILE --base https://…)`,
    unexpected: (p) => `could not be read (${p.detail})`,
  },
  network: {
    refused: () => 'connection refused',
    'no-such-host': () => 'no such host',
    reset: () => 'the connection was reset',
    certificate: () => "the site's certificate is not valid",
    'blocked-port': () => 'the port is blocked for safety',
    other: (p) => p.detail,
  },
  progress: 'Auditing',
  ocrProgress: (source, page, pages) => `OCR ${source}: page ${page}/${pages}`,
  outFailed: (file, detail) => `could not write ${file} (${detail})`,
  wrote: (file, bytes) => `wrote ${file} (${bytes} bytes)`,
  summary: (c) =>
    `${plural(c.inputs, 'input', 'inputs')} — ${plural(c.reports, 'report', 'reports')} (${c.withErrors} with errors), ` +
    `${plural(c.notReports, 'non-report', 'non-reports')}, ${c.unreadable} unreadable${c.needBrowser ? ` (${c.needBrowser} need a browser)` : ''}`,
  needBrowser: (n) => `${plural(n, 'input needs', 'inputs need')} a browser to run the page's scripts; audit ${n === 1 ? 'it' : 'them'} with the extension:`,
};

export const MESSAGES: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

export function usageProblem(p: UsageProblem, lang: Lang): string {
  return MESSAGES[lang].usageErrors[p.code](p as never);
}

export function reasonText(r: Reason, lang: Lang): string {
  return MESSAGES[lang].reasons[r.code](r as never);
}

/** One line of stderr: `gouji: ` or `gouji：` before it. */
export function line(text: string, lang: Lang): string {
  return MESSAGES[lang].prefix + text;
}

/** An unreadable input and why, as stderr and the JSON line's `error` give it. */
export function unreadable(source: string, r: Reason, lang: Lang): string {
  return source + MESSAGES[lang].sourceSep + reasonText(r, lang);
}
