import { describe, expect, it } from 'vitest';
import { formatMarkdown, markdownText } from '../../lib/format/markdown';
import { audited, hostile, NOT_A_REPORT, SAMPLE, withoutFindings } from './audited';

const URL = 'https://www.example.gov.cn/zwgk/nb/2024.html';

/** Cells of a GFM table line, split on pipes that are not backslash-escaped. */
function cellsOf(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function tableLines(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

describe('formatMarkdown', () => {
  it('has heading, metadata, verdict, a findings table and the page in zh-CN', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const md = formatMarkdown(result, { lang: 'zh-CN', url: URL });
    expect(md.startsWith('## 结论：4 处错误 · 1 处警告 · 2 处提示\n')).toBe(true);
    expect(md).toContain('标题：示例市示例区人民政府2024年政府信息公开工作年度报告 · 模板：2021 · 发布：2025-01-20 10:00');
    // The causes come before the findings table.
    expect(md.indexOf('**原因**\n1. 最可能的错填处：四、结转下年度继续办理·自然人')).toBeGreaterThan(0);
    expect(md.indexOf('**原因**')).toBeLessThan(md.indexOf('| 严重程度'));
    const lines = tableLines(md);
    expect(lines[0]).toBe('| 严重程度 | 检查 | 位置 | 数字及来源 | 说明 |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(lines).toHaveLength(2 + result.findings.length);
    for (const f of result.findings) expect(lines.some((l) => cellsOf(l)[4] === markdownText(f.message!))).toBe(true);
    expect(lines[2]).toBe(`| 错误 | 新收与办结平衡 | 自然人列 | 应为 41 · 表格 42 · 差 +1 | ${markdownText(result.findings[0]!.message!)} |`);
    expect(md).toContain(`页面：<${URL}>`);
  });

  it('gives every row five cells, whatever the text holds', () => {
    const md = formatMarkdown(hostile('zh-CN'), { lang: 'zh-CN', url: URL });
    for (const line of tableLines(md)) expect(cellsOf(line)).toHaveLength(5);
  });

  it('escapes pipes, newlines and markup in cells and in page text', () => {
    const md = formatMarkdown(hostile('zh-CN'), { lang: 'zh-CN' });
    const row = tableLines(md).find((l) => l.includes('SUM'))!;
    expect(cellsOf(row)[4]).toBe('=SUM(A1) \\<script\\>alert("x")\\</script\\> a\\|b<br>second line');
    // Only backslash-escaped angle brackets may remain: those render as text.
    expect(md).not.toMatch(/(?<!\\)<\/?(script|img|b)\b/);
    expect(md).toContain('标题：A\\|B \\<b\\>报告\\</b\\>');
  });

  it('switches headings to English', () => {
    const md = formatMarkdown(audited(SAMPLE, 'en'), { lang: 'en', url: URL, auditedAt: '2025-02-01' });
    expect(md).toContain('| Severity | Check | Location | Figures and sources | Message |');
    expect(md.startsWith('## Verdict: 4 errors · 1 warning · 2 notes\n')).toBe(true);
    expect(md).toContain('| error | Row total | (2) partly disclosed row | expected 6 · table 7 · difference +1 |');
    expect(md).toContain(`Page: <${URL}>`);
    expect(md).toContain('*Checked by Gouji (勾稽), 2025-02-01*');
  });

  it('leaves the table out when nothing was found', () => {
    const md = formatMarkdown(withoutFindings(audited(SAMPLE, 'zh-CN')), { lang: 'zh-CN' });
    expect(md.startsWith('## 结论：勾稽关系全部成立\n')).toBe(true);
    expect(tableLines(md)).toEqual([]);
  });

  it('says a non-report was not checked', () => {
    const md = formatMarkdown(audited(NOT_A_REPORT, 'en'), { lang: 'en', url: 'file name_with*stars' });
    expect(md.startsWith('## Gouji check: not a government information disclosure annual report\n')).toBe(true);
    expect(md).toContain('Not a government information disclosure annual report; nothing checked.');
    expect(md).toContain('Page: file name\\_with\\*stars');
    expect(tableLines(md)).toEqual([]);
  });
});
