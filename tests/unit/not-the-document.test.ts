import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notDocumentText, notTheDocument, retryAfterSeconds } from '../../lib/page/not-the-document';
import { FIXTURES } from '../helpers/fixtures';

const page = (html: string, extra: Partial<Parameters<typeof notTheDocument>[0]> = {}) =>
  notTheDocument({ status: 200, url: 'https://www.x.gov.cn/a.html', html, ...extra });

describe('a response that is not the page', () => {
  it('is null for every real page of the corpus, report or not', () => {
    for (const dir of ['pages', 'samples', 'negatives']) {
      for (const f of [
        'pingtan_2023.html',
        'shanghai_bgt_2019_decoded.html',
        'sample-report.html',
        'pingtan_czj_guide_2024.html',
        'pingtan_nb_list_index.html',
      ]) {
        let html: string;
        try {
          html = readFileSync(join(FIXTURES, dir, f), 'utf8');
        } catch {
          continue;
        }
        expect(page(html), `${dir}/${f}`).toBeNull();
      }
    }
  });

  it('names a bot challenge (412 or 200 with a cookie-setting, reloading script)', () => {
    const challenge = '<html><body><script>document.cookie="a=b";location.reload()</script></body></html>';
    expect(page(challenge, { status: 412 })).toMatchObject({ reason: 'challenge', status: 412, needsBrowser: true });
    expect(page(challenge)).toMatchObject({ reason: 'challenge', needsBrowser: true });
    expect(notDocumentText(page(challenge, { status: 412 })!, 'zh-CN')).toBe('未能取得页面（反爬验证页，HTTP 412）');
  });

  it('names a script-built shell, a login redirect, an error page, 429 with Retry-After, 5xx and 403', () => {
    expect(page('<html><body><div id=app></div><script>document.getElementById("app").innerHTML = JSON.parse(x).html</script></body></html>')).toMatchObject({
      reason: 'script-built',
      needsBrowser: true,
    });
    expect(page('<html><title>登录</title><body>x</body></html>', { finalUrl: 'https://www.x.gov.cn/passport/login.html?from=a' })).toMatchObject({
      reason: 'login',
    });
    expect(notDocumentText({ reason: 'login', status: 200, needsBrowser: false }, 'zh-CN')).toBe('未能取得页面（跳转到登录页）');
    expect(page('<html><title>404 页面不存在</title><body>页面不存在</body></html>')).toMatchObject({ reason: 'error-page' });
    expect(page('busy', { status: 429, retryAfter: '7' })).toMatchObject({ reason: 'rate-limited', retryAfter: 7, needsBrowser: false });
    expect(page('oops', { status: 503 })).toMatchObject({ reason: 'server-error', status: 503 });
    expect(page('no', { status: 403 })).toMatchObject({ reason: 'forbidden' });
    expect(page('gone', { status: 404 })).toBeNull();
  });

  it('reads Retry-After as seconds or as a date, capped at ten minutes', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(30);
    expect(retryAfterSeconds('99999')).toBe(600);
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});
