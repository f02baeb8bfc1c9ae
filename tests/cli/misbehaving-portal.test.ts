import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { peakPerHost } from '../../cli/read-input';
import { misbehavingPortal, PORTAL_LINKS, SLOW_MS, type PortalLog } from '../helpers/misbehaving-portal';
import { sink } from './sink';

/**
 * Issue 20 in the CLI: a portal that answers with a bot challenge, a script-built shell, a
 * redirect to a login page, a 429 with Retry-After and an 8-second wait. Every page the CLI
 * cannot read is named with its reason (never counted as "not a report"), exit status 1.
 */

let server: Server;
let base = '';
const log: PortalLog = { busyServed: 0 };

beforeAll(async () => {
  const route = misbehavingPortal(log);
  server = createServer((req, res) => {
    if (!route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('gouji audit on a portal that misbehaves', () => {
  it(
    'names each page it cannot get with its reason, retries the 429, waits out the slow one, exits 1',
    async () => {
      const stdout = sink();
      const stderr = sink();
      const code = await main(['audit', '--links', `${base}/bad/index.html`, '--format', 'json', '--retry', '1', '--concurrency', '8'], {
        stdout: stdout as unknown as typeof process.stdout,
        stderr: stderr as unknown as typeof process.stderr,
        env: {},
      });
      expect(code).toBe(1);
      const lines = stdout.text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { source: string; detected?: boolean; errorCode?: string; error?: string });
      const by = (path: string) => lines.find((l) => l.source === `${base}${path}`)!;
      expect(lines).toHaveLength(PORTAL_LINKS.length);
      expect(by('/bad/challenge.html')).toMatchObject({ errorCode: 'not-document' });
      expect(by('/bad/challenge.html').error).toContain('未能取得页面（反爬验证，HTTP 412）：该页面需要浏览器执行脚本；请在扩展中批量审核');
      expect(by('/bad/script-built.html').error).toContain('未能取得页面（正文由脚本生成）');
      expect(by('/bad/login.html').error).toContain('未能取得页面（跳转到登录页）');
      // The 429 was tried again after its Retry-After, and the slow page waited for.
      expect(log.busyServed).toBe(2);
      expect(by('/bad/busy.html').detected).toBe(true);
      expect(by('/bad/slow.html').detected).toBe(true);
      // Nothing unread is counted as "not a report".
      expect(lines.filter((l) => l.detected === false)).toEqual([]);
      expect(stderr.text).toContain('共 5 项 — 年报 2 份（其中 1 份有错误），非年报 0 项，无法读取 3 项（其中 2 项需要浏览器）');
      expect(stderr.text).toContain(`以下 2 项需要浏览器执行脚本才能读取，请在扩展中批量审核：\n  ${base}/bad/challenge.html\n  ${base}/bad/script-built.html`);
      // Two at a time from one site, whatever --concurrency says.
      expect(peakPerHost).toBeLessThanOrEqual(2);
      expect(peakPerHost).toBeGreaterThan(0);
    },
    SLOW_MS + 40_000,
  );
});
