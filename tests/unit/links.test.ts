import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportLinks, sameSite } from '../../lib/page/links';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

describe('reportLinks', () => {
  it('finds the reports of a real listing page, resolved against the page address', () => {
    const base = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
    const doc = parseHtml(readFileSync(FIXTURES + 'negatives/pingtan_nb_list_index.html', 'utf8'), base);
    const links = reportLinks(doc, base);
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links[0]).toEqual({
      href: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm',
      title: '平潭综合实验区2025年度政府信息公开工作年度报告',
    });
    expect(new Set(links.map((l) => l.href)).size).toBe(links.length);
  });

  it('skips attachments, scripts and links that do not name a report', () => {
    const doc = parseHtml(`<a href="/a.pdf">某局2024年政府信息公开工作年度报告</a><a href="javascript:void 0">某局2024年政府信息公开工作年度报告</a>
      <a href="/guide.html">政府信息公开指南</a><a href="/r.html">某局2024年政府信息公开工作年度报告</a><a href="/r.html">重复</a>`);
    expect(reportLinks(doc, 'https://www.example.gov.cn/list/').map((l) => l.href)).toEqual(['https://www.example.gov.cn/r.html']);
  });

  it('tells sites apart', () => {
    expect(sameSite('https://www.pingtan.gov.cn/a', 'http://www.pingtan.gov.cn/b')).toBe(true);
    expect(sameSite('https://www.pingtan.gov.cn/a', 'https://www.fuzhou.gov.cn/b')).toBe(false);
  });
});
