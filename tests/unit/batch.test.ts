import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchItem } from '../../lib/batch';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

const pages: Record<string, { status?: number; type?: string; body?: string; hang?: boolean }> = {
  'https://www.example.gov.cn/a.html': { body: readFileSync(FIXTURES + 'samples/sample-report.html', 'utf8') },
  'https://www.example.gov.cn/b.html': { body: readFileSync(FIXTURES + 'pages/pingtan_2023.html', 'utf8') },
  'https://www.example.gov.cn/gone.html': { status: 404 },
  'https://www.example.gov.cn/report.pdf.htm': { type: 'application/pdf', body: '%PDF' },
  'https://www.example.gov.cn/slow.html': { hang: true },
  'https://www.example.gov.cn/guide.html': { body: readFileSync(FIXTURES + 'negatives/pingtan_czj_guide_2024.html', 'utf8') },
};

function fakeFetch(counter: { now: number; max: number; urls: string[] }): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    counter.urls.push(url);
    counter.now++;
    counter.max = Math.max(counter.max, counter.now);
    try {
      const page = pages[url];
      await new Promise((r) => setTimeout(r, 5));
      if (!page || page.hang) {
        await new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return new Response(page!.body ?? '', { status: page!.status ?? 200, headers: { 'content-type': page!.type ?? 'text/html; charset=utf-8' } });
    } finally {
      counter.now--;
    }
  }) as typeof fetch;
}

const links = Object.keys(pages).map((href) => ({ href, title: href.split('/').pop()! }));

describe('runBatch', () => {
  it('audits every link, in order, with failures named and concurrency bounded', async () => {
    const counter = { now: 0, max: 0, urls: [] as string[] };
    const updates: [number, BatchItem['status']][] = [];
    const items = await runBatch(links, {
      concurrency: 2,
      delayMs: 1,
      timeoutMs: 300,
      signal: new AbortController().signal,
      fetch: fakeFetch(counter),
      parse: (html, url) => parseHtml(html, url),
      onUpdate: (i, item) => updates.push([i, item.status]),
    });
    expect(counter.max).toBeLessThanOrEqual(2);
    expect(items.map((i) => i.status)).toEqual(['done', 'done', 'failed', 'failed', 'failed', 'done']);
    const reason = (i: number) => (items[i] as { reason: string }).reason;
    expect(reason(2)).toBe('HTTP 404');
    expect(reason(3)).toMatch(/not a page \(application\/pdf\)/);
    expect(reason(4)).toMatch(/no answer within 0.3 s/);
    const done = (i: number) => (items[i] as { result: { detected: boolean; findings: { severity: string }[] } }).result;
    expect(done(0).findings.filter((f) => f.severity === 'error')).toHaveLength(4);
    expect(done(1).findings).toEqual([]);
    expect(done(5).detected).toBe(false);
    expect(updates.filter(([, s]) => s === 'loading')).toHaveLength(6);
  });

  it('stops when cancelled, leaving the rest waiting', async () => {
    const controller = new AbortController();
    const counter = { now: 0, max: 0, urls: [] as string[] };
    const items = await runBatch(links, {
      concurrency: 1,
      delayMs: 1,
      timeoutMs: 300,
      signal: controller.signal,
      fetch: fakeFetch(counter),
      parse: (html, url) => parseHtml(html, url),
      onUpdate: (i, item) => {
        if (i === 0 && item.status === 'done') controller.abort();
      },
    });
    expect(counter.urls).toHaveLength(1);
    expect(items.slice(1).every((i) => i.status === 'waiting')).toBe(true);
  });
});
