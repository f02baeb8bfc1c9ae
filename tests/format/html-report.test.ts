import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../lib/format/html-report';
import { markedRows, markedText } from '../../lib/format/cell-marks';
import { niceStep } from '../../lib/format/svg-charts';
import type { AuditResult } from '../../lib/model/schema';
import { FIXTURES } from '../helpers/fixtures';
import { parseHtml } from '../helpers/dom';
import { audited, hostile, SAMPLE } from './audited';

const pingtan = (y: number) => audited(`${FIXTURES}pages/pingtan_${y}.html`, 'zh-CN');
const AT = '2026-12-07T15:24:00Z';
const render = (results: AuditResult[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  parseHtml(
    htmlReport(
      results.map((result) => ({ result, auditedAt: AT })),
      { lang, generatedAt: AT },
    ),
  );

/** 2025 as if it had printed 上年结转 1 + 1 = 2 where 2024 carried 0 forward. */
function brokenCarry(): AuditResult {
  const r = structuredClone(pingtan(2025));
  r.tables.applications!.rows.carried_over = [1, 1, 0, 0, 0, 0, 2];
  return r;
}

describe('the HTML report', () => {
  it('draws a broken carry-over link cut, with ✗ and 断开, and says which columns differ', () => {
    const doc = render([pingtan(2024), brokenCarry()]);
    const g = doc.querySelector('svg.chain g[data-link="2024-2025"]')!;
    expect(g.getAttribute('data-carry')).toBe('broken');
    // The carry track (x = 60) is two stubs around a circled ✗, not one line.
    const stubs = [...g.querySelectorAll('line[x1="60"][x2="60"]')];
    expect(stubs).toHaveLength(2);
    expect(Number(stubs[1]!.getAttribute('y1'))).toBeGreaterThan(Number(stubs[0]!.getAttribute('y2')));
    expect(g.querySelector('circle[cx="60"]')).not.toBeNull();
    expect(g.textContent).toContain('✗ 申请结转断开：2024 结转下年度 0 ≠ 2025 上年结转 2');
    const row = doc.querySelector('table[data-figures="chain"] tr[data-row="2024-2025"]')!;
    expect(row.classList.contains('broken')).toBe(true);
    expect(row.querySelector('[data-key=carry]')!.textContent).toBe('✗ 断开：2024 结转下年度 0 ≠ 2025 上年结转 2（自然人 0 ≠ 1；商业企业 0 ≠ 1）');
    // The same pair as printed: the link holds, a solid line.
    const holds = render([pingtan(2024), pingtan(2025)]).querySelector('svg.chain g[data-link="2024-2025"]')!;
    expect(holds.getAttribute('data-carry')).toBe('holds');
    expect(holds.querySelectorAll('line[x1="60"]')).toHaveLength(1);
  });

  it('ranks a year’s agencies by applications received, in a table and one chart', () => {
    const sample = audited(SAMPLE, 'zh-CN');
    const doc = render([sample, pingtan(2024)]);
    const batch = doc.querySelector('section.year-batch[data-year="2024"]')!;
    const rows = [...batch.querySelectorAll('table[data-figures="rank"] tbody tr')];
    expect(rows.map((r) => r.querySelector('[data-key=agency]')!.textContent)).toEqual(['平潭综合实验区', '示例市示例区人民政府']);
    expect(rows.map((r) => r.querySelector('[data-key=received]')!.textContent)).toEqual(['218', '48']);
    expect(rows[1]!.querySelector('[data-key=errors]')!.textContent).toBe('4');
    expect(batch.querySelectorAll('svg[data-chart]')).toHaveLength(1);
    // Two agencies of one year: no agency has two years, so no year charts.
    expect(doc.querySelector('[data-agency]')).toBeNull();
  });

  it('marks the table as the panel does: the misprint ◆ with what it should be, errors ✗, warnings !', () => {
    const sample = audited(SAMPLE, 'zh-CN');
    const doc = render([sample]);
    const td = (row: string, col: string) => doc.querySelector(`table[data-figures="section-three"] tr[data-row="${row}"] td[data-col="${col}"]`)!;
    expect(td('partially_granted', 'total').textContent).toBe('◆ 7 → 6');
    expect(td('partially_granted', 'total').classList.contains('suspect')).toBe(true);
    expect(td('results_total', 'total').textContent).toBe('✗ 49');
    expect(td('denied_process_info', 'research').textContent).toBe('! —');
    expect(td('granted', 'natural_person').getAttribute('data-mark')).toBeNull();
    const marked = markedRows(sample)!;
    expect(
      marked.rows
        .flatMap((r) => r.cells)
        .filter((c) => c.suspect)
        .map((c) => markedText(c, 'zh-CN')),
    ).toEqual(['◆ 7 → 6', '◆ 3 → 2']);
    // The causes lead, in the panel's words.
    expect([...doc.querySelectorAll('.cause .message')].map((p) => p.textContent)).toEqual(sample.causes!.map((c) => c.message));
  });

  it('lets no page text become markup', () => {
    const doc = render([hostile('zh-CN')]);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>区');
  });

  it('links http sources and names local ones; an unreadable input is listed with its reason', () => {
    const r = { ...pingtan(2024), source: 'https://www.pingtan.gov.cn/zfxxgk/2024.html' };
    const html = htmlReport([{ result: r }, { source: 'gone.html', error: 'gone.html：找不到该文件' }], { lang: 'zh-CN', generatedAt: AT });
    const doc = parseHtml(html);
    expect(doc.querySelector('a[href="https://www.pingtan.gov.cn/zfxxgk/2024.html"]')).not.toBeNull();
    expect(doc.querySelector('a[href="gone.html"]')).toBeNull();
    expect(doc.querySelector('table[data-figures="summary"] tr.failed [data-key=verdict]')!.textContent).toBe('无法读取：gone.html：找不到该文件');
  });

  it('steps its axes at 1, 2 or 5 times a power of ten', () => {
    expect([3, 10, 23, 218, 1234].map(niceStep)).toEqual([1, 5, 10, 100, 500]);
  });
});
