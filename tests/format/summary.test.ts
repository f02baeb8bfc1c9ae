import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../lib/format/summary';
import { countFindings, verdictLine } from '../../lib/format/verdict';
import { audited, HOSTILE, hostile, NOT_A_REPORT, OLD_FORMAT, SAMPLE, withoutFindings } from './audited';

const URL = 'https://www.example.gov.cn/zwgk/nb/2024.html';

describe('formatSummary', () => {
  it('writes heading, title, verdict, one line per finding, page and footer in zh-CN', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const lines = formatSummary(result, { lang: 'zh-CN', url: URL, auditedAt: '2025-02-01 09:30' }).split('\n');
    expect(lines[0]).toBe('勾稽核对：示例市示例区人民政府 2024年 政府信息公开工作年度报告');
    expect(lines[1]).toBe('示例市示例区人民政府2024年政府信息公开工作年度报告');
    expect(lines[2]).toBe(`结论：${verdictLine(countFindings(result.findings), 'zh-CN')}`);
    expect(lines[2]).toBe('结论：4 处错误 · 1 处警告 · 2 处提示');
    const findingLines = lines.slice(3, 3 + result.findings.length);
    expect(findingLines.map((l) => l.slice(0, 4))).toEqual(['【错误】', '【错误】', '【错误】', '【错误】', '【警告】', '【提示】', '【提示】']);
    for (const f of result.findings) expect(findingLines).toContain(`【${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}】 ${f.message}`);
    expect(lines.at(-2)).toBe(`页面：${URL}`);
    expect(lines.at(-1)).toBe('由勾稽（Gouji）核对，2025-02-01 09:30');
    expect(lines).toHaveLength(3 + 7 + 2);
  });

  it('orders by severity whatever order the findings come in', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const text = formatSummary({ ...result, findings: [...result.findings].reverse() }, { lang: 'zh-CN' });
    const marks = text.split('\n').filter((l) => l.startsWith('【')).map((l) => l.slice(0, 4));
    expect(marks).toEqual(['【错误】', '【错误】', '【错误】', '【错误】', '【警告】', '【提示】', '【提示】']);
  });

  it('speaks English with [error] marks and a Page line', () => {
    const result = audited(SAMPLE, 'en');
    const text = formatSummary(result, { lang: 'en', url: URL });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Gouji check: 示例市示例区人民政府 2024 government information disclosure annual report');
    expect(lines[2]).toBe('Verdict: 4 errors · 1 warning · 2 notes');
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
    expect(text).toContain('勾稽核对：平潭县农业局 2011年 政府信息公开工作年度报告');
    expect(text).toContain('结论：无标准表格可核对');
    expect(text).toMatch(/^【提示】 2011年度报告采用/m);
  });
});
