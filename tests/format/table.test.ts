import { describe, expect, it } from 'vitest';
import { findingsRows, formatCsv, formatHtmlTable, formatTsv, neutraliseFormula } from '../../lib/format/table';
import { audited, HOSTILE, hostile, htmlCells, NOT_A_REPORT, parseCsv, SAMPLE } from './audited';

describe('findingsRows', () => {
  it('has a header and one row per finding, in the language asked', () => {
    const zh = audited(SAMPLE, 'zh-CN');
    const rows = findingsRows(zh, 'zh-CN');
    expect(rows[0]).toEqual(['严重程度', '检查', '位置', '原因', '应为', '表格', '差值', '数字及来源', '说明']);
    expect(rows).toHaveLength(1 + 7);
    for (const f of zh.findings) expect(rows.map((r) => r[8])).toContain(f.message);
    expect(findingsRows(audited(SAMPLE, 'en'), 'en')[0]).toEqual([
      'Severity',
      'Check',
      'Location',
      'Cause',
      'Expected',
      'Table',
      'Difference',
      'Figures and sources',
      'Message',
    ]);
    // People read check names; the ids stay in the JSON.
    expect(rows.slice(1).map((r) => r[1])).not.toContain('balance');
    expect(rows.slice(1).every((r) => /[\u4e00-\u9fff]/.test(r[1]!))).toBe(true);
  });

  it('names locations with the template labels and signs the difference', () => {
    const rows = findingsRows(audited(SAMPLE, 'zh-CN'), 'zh-CN');
    const byCheck = (name: string) => rows.filter((r) => r[1] === name);
    const pick = (r: string[]) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]];
    expect(pick(byCheck('新收与办结平衡')[0]!)).toEqual(['错误', '新收与办结平衡', '自然人列', '41', '42', '+1', '应为 41 · 表格 42 · 差 +1']);
    expect(pick(byCheck('办理结果合计')[0]!)).toEqual(['错误', '办理结果合计', '总计列', '50', '49', '-1', '应为 50 · 表格 49 · 差 -1']);
    expect(pick(byCheck('行合计')[0]!).slice(2, 6)).toEqual(['（二）部分公开行', '6', '7', '+1']);
    expect(pick(byCheck('空白单元格')[0]!)).toEqual(['警告', '空白单元格', '（三）6.属于四类过程性信息·科研机构', '', '', '', '']);
    const suspect = byCheck('疑似错填').find((r) => r[2] === '四、结转下年度继续办理·自然人');
    expect(pick(suspect!)).toEqual(['提示', '疑似错填', '四、结转下年度继续办理·自然人', '2', '3', '+1', '应为 2 · 表格 3 · 差 +1']);
    // An error names its cause: the misprint that explains it.
    expect(byCheck('新收与办结平衡')[0]![3]).toMatch(/^1\. 最可能的错填处：四、结转下年度继续办理·自然人 页面为 3，应为 2/);
    const en = findingsRows(audited(SAMPLE, 'en'), 'en');
    expect(en.find((r) => r[1] === 'Blank cells')![2]).toBe('(3)6 withheld: process information / research bodies');
    expect(en.find((r) => r[1] === 'Balance')!.slice(0, 3)).toEqual(['error', 'Balance', 'natural persons column']);
  });

  it('is just the header for a non-report', () => {
    expect(findingsRows(audited(NOT_A_REPORT, 'zh-CN'), 'zh-CN')).toHaveLength(1);
  });
});

describe('formula neutralising', () => {
  it('prefixes formulas and leaves plain numbers alone', () => {
    expect(neutraliseFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseFormula('+cmd|x')).toBe("'+cmd|x");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('+1')).toBe('+1');
    expect(neutraliseFormula('自然人列')).toBe('自然人列');
  });
});

describe('formatCsv', () => {
  const rows = findingsRows(hostile('zh-CN'), 'zh-CN');
  const csv = formatCsv(rows);

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('reads back as the same cells, quotes doubled, formulas neutralised', () => {
    const back = parseCsv(csv.slice(1));
    expect(back).toEqual(rows.map((r) => r.map(neutraliseFormula)));
    expect(back.find((r) => r[8]!.includes('SUM'))![8]).toBe(`'${HOSTILE}`);
    expect(csv).toContain('alert(""x"")');
    expect(back.find((r) => r[1] === '办理结果合计')![6]).toBe('-1');
  });
});

describe('formatTsv and formatHtmlTable', () => {
  const rows = findingsRows(hostile('zh-CN'), 'zh-CN');

  it('carry the same cells', () => {
    const tsv = formatTsv(rows)
      .split('\n')
      .map((l) => l.split('\t'));
    const html = htmlCells(formatHtmlTable(rows, '勾稽核对'));
    expect(tsv).toHaveLength(rows.length);
    expect(tsv.every((r) => r.length === 9)).toBe(true);
    expect(html).toEqual(tsv);
  });

  it('keep each finding on one line and neutralise formulas', () => {
    const cell = formatTsv(rows)
      .split('\n')
      .find((l) => l.includes('SUM'))!
      .split('\t')[8];
    expect(cell).toBe(`'${HOSTILE.replace('\n', ' ')}`);
  });

  it('escape every cell and the caption, so page text never becomes markup', () => {
    const html = formatHtmlTable(rows, '<img src=x onerror=alert(1)>');
    expect(html.startsWith('<meta charset="utf-8"><table')).toBe(true);
    expect(html.endsWith('</table>')).toBe(true);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; a|b second line');
    expect(html).toContain('<caption style="text-align:left;font-weight:bold">&lt;img src=x onerror=alert(1)&gt;</caption>');
    expect(html).toMatch(/<th style="border:1px solid #999[^"]*">严重程度<\/th>/);
    expect(html.match(/<tr>/g)).toHaveLength(rows.length);
  });

  it('carry English headers', () => {
    const html = formatHtmlTable(findingsRows(audited(SAMPLE, 'en'), 'en'));
    expect(htmlCells(html)[0]).toEqual(['Severity', 'Check', 'Location', 'Cause', 'Expected', 'Table', 'Difference', 'Figures and sources', 'Message']);
    expect(html).not.toContain('<caption');
  });
});
