/**
 * Whether what a plain request got back is the page a reader would see, or something standing in
 * front of it: a bot-protection challenge, a shell whose article a script builds, a login page, an
 * error page, a refusal. A batch that took such a page for the report would call it "not a
 * report" — a silent false negative that looks like a clean result (issue 20). It is reported
 * instead as 未能取得页面 with the reason, and the extension reads it in a real tab.
 */
export type NotDocumentReason =
  | 'challenge' // a script computes a cookie and reloads (HTTP 202/412, or 200)
  | 'script-built' // the article is written by script: the HTML holds no text of it
  | 'login' // redirected to a login, single-sign-on or "you are leaving" page
  | 'error-page' // a 404 / 系统错误 page served with 200
  | 'rate-limited' // HTTP 429
  | 'forbidden' // HTTP 403
  | 'server-error' // HTTP 5xx
  | 'http-status'; // any other status that is not 2xx

export interface NotDocument {
  reason: NotDocumentReason;
  status?: number;
  /** Whether a real browser tab would likely get the page (it runs the script, keeps the cookie). */
  needsBrowser: boolean;
  /** Seconds the server asked to wait (Retry-After). */
  retryAfter?: number;
}

export interface Fetched {
  status: number;
  /** The address asked for, and the one the response came from after redirects. */
  url: string;
  finalUrl?: string;
  html: string;
  retryAfter?: string | null;
}

const LOGIN_ADDRESS = /(?:^|[/._?=&-])(?:login|logon|signin|sso|cas|passport|auth|oauth|uc\/|unifiedlogin)(?:$|[/._?=&-])/i;
const LOGIN_WORDS = /用户登录|统一身份认证|请登录|登录页|您即将离开|即将离开本站|安全验证|人机验证|访问验证|请开启JavaScript|enable JavaScript/i;
const ERROR_TITLE = /^(?:404|403|500|502|503)\b|页面不存在|找不到页面|页面未找到|访问出错|系统错误|系统繁忙|Not Found|Error/i;
// What challenge scripts do: set a cookie and reload or navigate, often after computing a token.
const CHALLENGE_SCRIPT =
  /document\.cookie\s*=|location\.reload\s*\(|location\.(?:href|replace)\s*[=(]|window\.location\s*=|\$_ts|__jsl_clearance|acw_sc__v2|_guard\/|wzws_cid|jsl_|yunsuo_session/i;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), capped at ten minutes. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const n = Number(value.trim());
  const seconds = Number.isFinite(n) ? n : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.min(600, Math.max(0, Math.round(seconds))) : undefined;
}

function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|\s+/g, ' ')
    .trim();
}

function titleOf(html: string): string {
  return /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Null when the response is the page itself; otherwise what stands in front of it. */
export function notTheDocument(f: Fetched): NotDocument | null {
  const retryAfter = retryAfterSeconds(f.retryAfter);
  const scripts = (f.html.match(/<script\b/gi) ?? []).length;
  const text = visibleText(f.html);
  const challenge = scripts > 0 && CHALLENGE_SCRIPT.test(f.html) && text.length < 400;
  if (f.status === 429) return { reason: 'rate-limited', status: 429, needsBrowser: false, ...(retryAfter !== undefined ? { retryAfter } : {}) };
  if (f.status >= 500) return { reason: 'server-error', status: f.status, needsBrowser: false, ...(retryAfter !== undefined ? { retryAfter } : {}) };
  // Bot protection answers 202, 412 or 200 (sometimes 403) with a page whose script sets a cookie and reloads.
  if (challenge && (f.status === 202 || f.status === 412 || f.status === 403 || f.status === 200 || f.status === 521))
    return { reason: 'challenge', status: f.status, needsBrowser: true };
  if (f.status === 403) return { reason: 'forbidden', status: 403, needsBrowser: false };
  // A bot layer's statuses without its script still stand in front of the page; any other error
  // status (404, 410 …) is for the caller to report as such.
  if (f.status === 202 || f.status === 412) return { reason: 'http-status', status: f.status, needsBrowser: true };
  if (f.status < 200 || f.status >= 300) return null;
  const final = f.finalUrl ?? f.url;
  const moved = final !== f.url;
  const title = titleOf(f.html);
  if (
    (moved && LOGIN_ADDRESS.test(new URL(final, f.url).pathname + new URL(final, f.url).search)) ||
    (/type=["']?password/i.test(f.html) && text.length < 2000) ||
    (LOGIN_WORDS.test(title) && text.length < 2000)
  ) {
    return { reason: 'login', status: f.status, needsBrowser: false };
  }
  if (ERROR_TITLE.test(title) && text.length < 1500) return { reason: 'error-page', status: f.status, needsBrowser: false };
  // An article written by script: next to no text, and scripts that build it (document.write,
  // innerHTML, a JSON body, a template engine).
  if (
    scripts > 0 &&
    text.length < 60 &&
    /document\.write|innerHTML|JSON\.parse|\bfetch\(|XMLHttpRequest|\$\.(?:ajax|get)|new Vue|createApp|ReactDOM|__NEXT_DATA__|window\.__\w+__\s*=/.test(f.html)
  ) {
    return { reason: 'script-built', status: f.status, needsBrowser: true };
  }
  if (challenge) return { reason: 'challenge', status: f.status, needsBrowser: true };
  return null;
}

const WORDS: Record<NotDocumentReason, { 'zh-CN': string; en: string }> = {
  challenge: { 'zh-CN': '反爬验证页', en: 'a bot-protection challenge' },
  'script-built': { 'zh-CN': '正文由脚本生成', en: 'the article is built by script' },
  login: { 'zh-CN': '跳转到登录页', en: 'redirected to a login page' },
  'error-page': { 'zh-CN': '错误页面', en: 'an error page' },
  'rate-limited': { 'zh-CN': '请求过于频繁（HTTP 429）', en: 'rate-limited (HTTP 429)' },
  forbidden: { 'zh-CN': '拒绝访问（HTTP 403）', en: 'access refused (HTTP 403)' },
  'server-error': { 'zh-CN': '服务器错误', en: 'a server error' },
  'http-status': { 'zh-CN': '服务器未返回页面', en: 'the server did not return the page' },
};

/** "未能取得页面（跳转到登录页）" / "page not obtained (redirected to a login page)". */
export function notDocumentText(n: NotDocument, lang: 'zh-CN' | 'en'): string {
  // The status only where it says more than the words: 412 from a bot layer, 503 …
  const status =
    n.status && n.status !== 200 && !['rate-limited', 'forbidden'].includes(n.reason) ? (lang === 'en' ? `, HTTP ${n.status}` : `，HTTP ${n.status}`) : '';
  const why = WORDS[n.reason][lang] + status;
  return lang === 'en' ? `page not obtained (${why})` : `未能取得页面（${why}）`;
}

/**
 * Seconds to wait before asking again, or null when the answer is not worth a retry: a 429 or
 * 5xx, after its Retry-After (at most a minute), else 2, 4, 8 … s. Shared by the batch and the CLI.
 */
export function retryDelay(n: NotDocument | undefined, tried: number): number | null {
  if (!n || (n.reason !== 'rate-limited' && n.reason !== 'server-error')) return null;
  return Math.min(60, n.retryAfter ?? 2 ** (tried + 1));
}
