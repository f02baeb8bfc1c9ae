import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../lib/format/summary';
import { verdictLine, verdictOf } from '../../lib/format/verdict';
import { audited, HOSTILE, hostile, NOT_A_REPORT, OLD_FORMAT, SAMPLE, withoutFindings } from './audited';

const URL = 'https://www.example.gov.cn/zwgk/nb/2024.html';

describe('formatSummary', () => {
  it('leads with the verdict and what was checked, then the causes, the findings, page and footer, in zh-CN', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const lines = formatSummary(result, { lang: 'zh-CN', url: URL, auditedAt: '2026-12-07T15:24:11.123Z' }).split('\n');
    expect(lines[0]).toBe(`结论：${verdictLine(verdictOf(result), 'zh-CN')}——示例市示例区人民政府 2024年 政府信息公开工作年度报告`);
    expect(lines[0]).toBe('结论：4 处错误 · 1 处警告 · 2 处提示——示例市示例区人民政府 2024年 政府信息公开工作年度报告');
    // The title is said once.
    expect(lines.filter((l) => l.includes('政府信息公开工作年度报告') && !l.startsWith('【'))).toHaveLength(1);
    expect(lines[1]).toBe('原因（2）：');
    expect(lines[2]).toBe('1. 最可能的错填处：四、结转下年度继续办理·自然人 页面为 3，应为 2——经过此格的 2 处勾稽关系因此不成立');
    expect(lines[3]).toMatch(/^2\. 最可能的错填处：（二）部分公开·总计 页面为 7，应为 6/);
    expect(lines[4]).toBe('全部问题（7）：');
    const findingLines = lines.slice(5, 5 + result.findings.length);
    expect(findingLines.map((l) => l.slice(0, 4))).toEqual(['【错误】', '【错误】', '【错误】', '【错误】', '【警告】', '【提示】', '【提示】']);
    for (const f of result.findings) expect(findingLines).toContain(`【${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}】 ${f.message}`);
    expect(lines.at(-2)).toBe(`页面：${URL}`);
    // Beijing time, the Chinese way, whatever the machine's zone: 15:24 UTC is 23:24 in Beijing.
    expect(lines.at(-1)).toBe('由勾稽（Gouji）核对，2026年12月7日 23:24（北京时间）');
    expect(lines).toHaveLength(5 + 7 + 2);
    // Full-width punctuation in Chinese text.
    expect(lines.filter((l) => !l.startsWith('页面：')).join('\n')).not.toMatch(/[\u4e00-\u9fff]:/);
  });

  it('says how many findings were set aside, and never that every identity holds when some were', () => {
    const result = withoutFindings(audited(SAMPLE, 'zh-CN'));
    expect(formatSummary(result, { lang: 'zh-CN', dismissed: 2 }).split('\n')[0]).toMatch(/^结论：未发现其他问题（另有 2 处已忽略）/);
    expect(formatSummary(result, { lang: 'zh-CN', dismissed: 2 })).not.toContain('全部成立');
  });

  it('orders by severity whatever order the findings come in', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const text = formatSummary({ ...result, findings: [...result.findings].reverse() }, { lang: 'zh-CN' });
    const marks = text
      .split('\n')
      .filter((l) => l.startsWith('【'))
      .map((l) => l.slice(0, 4));
    expect(marks).toEqual(['【错误】', '【错误】', '【错误】', '【错误】', '【警告】', '【提示】', '【提示】']);
  });

  it('speaks English with [error] marks and a Page line', () => {
    const result = audited(SAMPLE, 'en');
    const text = formatSummary(result, { lang: 'en', url: URL });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Verdict: 4 errors · 1 warning · 2 notes — 示例市示例区人民政府 2024 annual report');
    expect(lines[1]).toBe('Causes (2):');
    expect(lines.filter((l) => l.startsWith('[error] '))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('[warning] '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('[note] '))).toHaveLength(2);
    for (const f of result.findings) expect(text).toContain(f.message!);
    expect(text).toContain(`Page: ${URL}`);
    expect(lines.at(-1)).toBe('Checked by Gouji (勾稽)');
    expect(text).not.toMatch(/[【】]|结论|页面/);
  });

  it('keeps a finding on one line even when its text has a newline', () => {
    const text = formatSummary(hostile('zh-CN'), { lang: 'zh-CN', url: URL });
    expect(text).toContain(`【警告】 ${HOSTILE.replace('\n', ' ')}`);
    expect(text.split('\n').filter((l) => l.startsWith('【'))).toHaveLength(8);
  });

  it('says every identity holds when there is nothing to report', () => {
    const text = formatSummary(withoutFindings(audited(SAMPLE, 'zh-CN')), { lang: 'zh-CN', url: URL });
    expect(text).toContain('结论：勾稽关系全部成立');
    expect(text).not.toContain('【');
    expect(formatSummary(withoutFindings(audited(SAMPLE, 'en')), { lang: 'en' })).toContain('Verdict: Every identity holds');
  });

  it('says a non-report was not checked, and still gives the page', () => {
    const result = audited(NOT_A_REPORT, 'zh-CN');
    expect(result.detected).toBe(false);
    const lines = formatSummary(result, { lang: 'zh-CN', url: URL }).split('\n');
    expect(lines).toEqual(['勾稽核对：不是政府信息公开工作年度报告', '不是政府信息公开工作年度报告，未核对。', `页面：${URL}`, '由勾稽（Gouji）核对']);
    expect(formatSummary(result, { lang: 'en' })).toContain('Not a government information disclosure annual report; nothing checked.');
  });

  it('falls back to the audit source for the page line', () => {
    const result = audited(SAMPLE, 'zh-CN');
    expect(formatSummary(result, { lang: 'zh-CN' })).toContain(`页面：${result.source}`);
  });

  it('says there is no standard table for an old-format report', () => {
    const text = formatSummary(audited(OLD_FORMAT, 'zh-CN'), { lang: 'zh-CN' });
    expect(text.split('\n')[0]).toMatch(/^结论：2019 年以前的旧格式，无标准表格可核对( · \d+ 处警告)?——平潭县农业局 2011年 政府信息公开工作年度报告$/);
    expect(text).not.toContain('全部成立');
    expect(text).toMatch(/^【提示】 2011年度报告采用/m);
  });
});
