import { describe, expect, it } from 'vitest';
import { findingsRows, formatCsv, formatHtmlTable, formatTsv, neutraliseFormula } from '../../lib/format/table';
import { audited, HOSTILE, hostile, htmlCells, NOT_A_REPORT, parseCsv, SAMPLE } from './audited';

describe('findingsRows', () => {
  it('has a header and one row per finding, in the language asked', () => {
    const zh = audited(SAMPLE, 'zh-CN');
    const rows = findingsRows(zh, 'zh-CN');
    expect(rows[0]).toEqual(['严重程度', '检查', '位置', '应为', '页面', '差值', '说明']);
    expect(rows).toHaveLength(1 + 7);
    for (const f of zh.findings) expect(rows.map((r) => r[6])).toContain(f.message);
    expect(findingsRows(audited(SAMPLE, 'en'), 'en')[0]).toEqual(['Severity', 'Check', 'Location', 'Expected', 'Printed', 'Difference', 'Message']);
  });

  it('names locations with the template labels and signs the difference', () => {
    const rows = findingsRows(audited(SAMPLE, 'zh-CN'), 'zh-CN');
    const byCheck = (check: string) => rows.filter((r) => r[1] === check);
    expect(byCheck('balance')[0]!.slice(0, 6)).toEqual(['错误', 'balance', '自然人列', '41', '42', '+1']);
    expect(byCheck('results-total')[0]!.slice(0, 6)).toEqual(['错误', 'results-total', '总计列', '50', '49', '-1']);
    expect(byCheck('row-total')[0]!.slice(2, 6)).toEqual(['（二）部分公开行', '6', '7', '+1']);
    expect(byCheck('blank-cell')[0]!.slice(0, 6)).toEqual(['警告', 'blank-cell', '（三）6.属于四类过程性信息·科研机构', '', '', '']);
    const suspect = byCheck('suspect-cell').find((r) => r[2] === '四、结转下年度继续办理·自然人');
    expect(suspect!.slice(0, 6)).toEqual(['提示', 'suspect-cell', '四、结转下年度继续办理·自然人', '2', '3', '+1']);
    const en = findingsRows(audited(SAMPLE, 'en'), 'en');
    expect(en.find((r) => r[1] === 'blank-cell')![2]).toBe('(3)6 withheld: process information / research bodies');
    expect(en.find((r) => r[1] === 'balance')!.slice(0, 3)).toEqual(['error', 'balance', 'natural persons column']);
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
    expect(back.find((r) => r[6]!.includes('SUM'))![6]).toBe(`'${HOSTILE}`);
    expect(csv).toContain('alert(""x"")');
    expect(back.find((r) => r[1] === 'results-total')![5]).toBe('-1');
  });
});

describe('formatTsv and formatHtmlTable', () => {
  const rows = findingsRows(hostile('zh-CN'), 'zh-CN');

  it('carry the same cells', () => {
    const tsv = formatTsv(rows).split('\n').map((l) => l.split('\t'));
    const html = htmlCells(formatHtmlTable(rows, '勾稽核对'));
    expect(tsv).toHaveLength(rows.length);
    expect(tsv.every((r) => r.length === 7)).toBe(true);
    expect(html).toEqual(tsv);
  });

  it('keep each finding on one line and neutralise formulas', () => {
    const cell = formatTsv(rows).split('\n').find((l) => l.includes('SUM'))!.split('\t')[6];
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
    expect(htmlCells(html)[0]).toEqual(['Severity', 'Check', 'Location', 'Expected', 'Printed', 'Difference', 'Message']);
    expect(html).not.toContain('<caption');
  });
});
