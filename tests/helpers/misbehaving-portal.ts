import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/**
 * A portal that misbehaves on purpose (issue 20), mounted under /bad/ by the tests' server:
 * - /bad/challenge.html — bot protection: without its cookie, HTTP 412 and a page whose script
 *   sets the cookie and reloads; with it, the report;
 * - /bad/script-built.html — the article arrives as JSON in the page and a script writes it;
 * - /bad/login.html — redirects twice, ending on a login page;
 * - /bad/busy.html — HTTP 429 with Retry-After: 1 on the first request, then the report;
 * - /bad/slow.html — the report, after SLOW_MS;
 * - /bad/index.html — the listing that links them all.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const SLOW_MS = 8000;

const report = () => readFileSync(join(FIXTURES, 'pages', 'pingtan_2023.html'), 'utf8');
const sample = () => readFileSync(join(FIXTURES, 'samples', 'sample-report.html'), 'utf8');

export const PORTAL_LINKS = [
  { path: '/bad/challenge.html', title: '平潭综合实验区2023年政府信息公开工作年度报告（反爬）' },
  { path: '/bad/script-built.html', title: '示例区2024年政府信息公开工作年度报告（脚本）' },
  { path: '/bad/login.html', title: '某局2024年政府信息公开工作年度报告（登录）' },
  { path: '/bad/busy.html', title: '平潭综合实验区2023年政府信息公开工作年度报告（限流）' },
  { path: '/bad/slow.html', title: '示例区2024年政府信息公开工作年度报告（慢）' },
];

const LISTING = `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报_示例门户</title></head><body>
<h1>政府信息公开年报</h1><ul>${PORTAL_LINKS.map((l) => `<li><a href="${l.path}">${l.title}</a></li>`).join('')}</ul></body></html>`;

const CHALLENGE = `<!doctype html><html><head><meta charset="utf-8"><title></title></head><body>
<script>document.cookie = "gouji_clearance=ok; path=/"; setTimeout(function () { location.reload(); }, 50);</script></body></html>`;

function scriptBuilt(): string {
  // The body travels as JSON; a script writes it in (a common CMS pattern).
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(sample())![1]!;
  const title = /<title>([\s\S]*?)<\/title>/i.exec(sample())![1]!;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta name="PubDate" content="2025-01-20 10:00"></head><body><div id="app"></div>
<script>var __DATA__ = ${JSON.stringify({ html: body }).replace(/</g, '\\u003c')}; document.getElementById('app').innerHTML = __DATA__.html;</script></body></html>`;
}

const LOGIN = `<!doctype html><html><head><meta charset="utf-8"><title>统一身份认证 用户登录</title></head><body>
<form><input name="user"><input type="password" name="pw"><button>登录</button></form></body></html>`;

export interface PortalLog {
  busyServed: number;
}

/** The route for the tests' server: true when it answered. */
export function misbehavingPortal(log: PortalLog = { busyServed: 0 }) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    const html = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(body);
      return true;
    };
    switch (url.pathname) {
      case '/bad/index.html':
        return html(200, LISTING);
      case '/bad/challenge.html':
        return /gouji_clearance=ok/.test(req.headers.cookie ?? '') ? html(200, report()) : html(412, CHALLENGE);
      case '/bad/script-built.html':
        return html(200, scriptBuilt());
      case '/bad/login.html':
        return html(302, '', { location: '/bad/redirect.html' });
      case '/bad/redirect.html':
        return html(302, '', { location: '/passport/login.html?from=/bad/login.html' });
      case '/passport/login.html':
        return html(200, LOGIN);
      case '/bad/busy.html':
        log.busyServed++;
        return log.busyServed === 1 ? html(429, '<html><body>请求过于频繁</body></html>', { 'retry-after': '1' }) : html(200, report());
      case '/bad/slow.html':
        setTimeout(() => html(200, sample()), SLOW_MS);
        return true;
      default:
        return false;
    }
  };
}
