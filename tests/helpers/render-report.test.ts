import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReportHtml, type MarkupStyle } from './render-report.ts';
import { seedToReportInput, seedToTableRows } from './seed-text.ts';

const here = dirname(fileURLToPath(import.meta.url));
const seedDir = join(here, '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }));

const STYLES: MarkupStyle[] = ['word-paste', 'cms-p-center', 'clean-thead', 'ueditor'];

/* String-only HTML helpers (vitest runs with environment node: no DOM). */
const decode = (s: string): string =>
  s
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');
const cellText = (inner: string): string => compact(decode(inner.replace(/<[^>]*>/g, '')));
const tablesOf = (html: string): string[] => html.match(/<table\b[\s\S]*?<\/table>/g) ?? [];
const rowsOf = (table: string): string[] => table.match(/<tr\b[\s\S]*?<\/tr>/g) ?? [];
const cellsOf = (row: string): string[] => Array.from(row.matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g), (m) => cellText(m[2] ?? ''));
const dropLeadingEmpty = (cells: string[]): string[] => {
  let i = 0;
  while (i < cells.length && cells[i] === '') i++;
  return cells.slice(i);
};

/** rows of the given tables, cell texts compacted */
const renderedRows = (tables: string[]): string[][] => tables.flatMap((t) => rowsOf(t).map(cellsOf));

describe('seedToTableRows', () => {
  it('finds the title, 28 section-three rows and the 4 section-four rows of every seed', () => {
    expect(seeds).toHaveLength(5);
    for (const s of seeds) {
      const t = seedToTableRows(s.text);
      expect(t.title, s.name).toMatch(/政府信息公开/);
      expect(t.section3, s.name).toHaveLength(28);
      expect(t.section4, s.name).toHaveLength(4);
      expect(
        t.section4[3]?.filter((c) => c.trim() !== ''),
        s.name,
      ).toHaveLength(15);
      expect(t.before, s.name).toMatch(/三、收到和处理政府信息公开申请情况$/);
      expect(t.between, s.name).toMatch(/^四、政府信息公开行政复议、行政诉讼情况/);
      expect(t.after, s.name).toMatch(/^五、/);
      expect(t.after, s.name).toMatch(/六、其他需要报告的事项/);
    }
  });

  it('keeps cells exactly as in the text (one-cell-per-line layout)', () => {
    const t = seedToTableRows(seeds[0]?.text ?? '');
    expect(t.title).toBe('河口镇2024年政府信息公开工作年度报告');
    expect(t.section3[3]).toEqual(['一、本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
    expect(t.section3[7]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    // 001: a section-four header cell wrapped onto the next line, another with inner/trailing spaces
    const t1 = seedToTableRows(seeds[1]?.text ?? '');
    expect(t1.section4[1]?.[4]).toBe('总\n计');
    expect(t1.section4[2]?.[9]).toBe('总 计   ');
  });

  it('keeps cells exactly as in the text (row-per-line layout), including the ragged rows of seed 002', () => {
    const t = seedToTableRows(seeds[2]?.text ?? '');
    const digits = (r: string[] | undefined): string[] => (r ?? []).filter((c) => /^\d+$/.test(c));
    expect(digits(t.section3[3])).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(t.section3[26]?.[0]).toBe('(七) 总计');
    expect(digits(t.section3[26])).toEqual(['1', '0', '0', '0', '0', '0', '0', '1']);
    expect(digits(t.section3[27])).toHaveLength(8);
    // 004: labels that lost their leading cells, and a blank line inside the table
    const t4 = seedToTableRows(seeds[4]?.text ?? '');
    expect(t4.section3[16]?.[0]).toBe('2. 没有现成信息需要另行制作');
    expect(t4.section3[18]?.[1]).toBe('(五) 不予处理');
  });
});

describe('renderReportHtml', () => {
  for (const style of STYLES) {
    it(`mirrors every cell of every seed (${style})`, () => {
      for (const s of seeds) {
        const input = seedToReportInput(s.text);
        const html = renderReportHtml(input, style);
        expect(html).toContain(`<title>${input.title}</title>`);
        expect(html).toContain(`<meta name="ArticleTitle" content="${input.title}">`);
        for (const h of [
          '一、',
          '二、主动公开政府信息情况',
          '三、收到和处理政府信息公开申请情况',
          '四、政府信息公开行政复议、行政诉讼情况',
          '五、',
          '六、其他需要报告的事项',
        ]) {
          expect(html, `${s.name} ${h}`).toContain(h);
        }
        const tables = tablesOf(html);
        expect(tables, s.name).toHaveLength(3); // section two, three, four
        const [t2, t3, t4] = tables;
        for (const [source, table] of [
          [input.section2, t2],
          [input.section3, t3],
          [input.section4, t4],
        ] as const) {
          const rendered = renderedRows([table ?? '']);
          expect(rendered, s.name).toHaveLength(source.length);
          // every non-empty cell text, in order
          expect(
            rendered.flat().filter((c) => c !== ''),
            s.name,
          ).toEqual(
            source
              .flat()
              .map(compact)
              .filter((c) => c !== ''),
          );
        }
        // data rows cell by cell, blank cells included (leading empties may be folded into rowspans)
        const rows3 = renderedRows([t3 ?? '']);
        input.section3.forEach((row, i) => {
          if (!row.some((c) => /^\d+$/.test(compact(c)))) return;
          expect(dropLeadingEmpty(rows3[i] ?? []), `${s.name} row ${i}`).toEqual(dropLeadingEmpty(row.map(compact)));
        });
      }
    });
  }

  it('folds empty label cells into rowspan/colspan like the real pages', () => {
    const html = renderReportHtml(seedToReportInput(seeds[0]?.text ?? ''), 'cms-p-center');
    const t3 = tablesOf(html)[1] ?? '';
    expect(t3).toMatch(/<td nowrap rowspan=22><p align=center>三、本年度办理结果<\/p><\/td>/);
    expect(t3).toMatch(/<td nowrap colspan=3><p align=center>一、本年新收政府信息公开申请数量<\/p><\/td>/);
    expect(t3).toMatch(/<td nowrap rowspan=8><p align=center>（三）不予公开<\/p><\/td>/);
    expect(t3).toMatch(/<td nowrap colspan=2><p align=center>（七）总计<\/p><\/td>/);
    expect(t3).toMatch(/<td nowrap rowspan=3 colspan=3><p align=center>（本列数据/);
    const t4 = tablesOf(html)[2] ?? '';
    expect(t4).toMatch(/<td nowrap colspan=5><p align=center>行政复议<\/p><\/td><td nowrap colspan=10><p align=center>行政诉讼/);
  });

  it('keeps blank cells blank', () => {
    const section3 = [
      ['一、本年新收政府信息公开申请数量', '3', '', '0', '0', '0', '0', '3'],
      ['二、上年结转政府信息公开申请数量', '0', '', '', '', '', '', '0'],
    ];
    for (const style of STYLES) {
      const html = renderReportHtml({ title: '示例', section3, section4: [] }, style);
      const rows = renderedRows(tablesOf(html));
      expect(rows, style).toEqual(section3.map((r) => r.map(compact)));
    }
  });

  it('splitAt cuts the section-three table in two, repeating nothing', () => {
    const input = seedToReportInput(seeds[0]?.text ?? '');
    for (const style of STYLES) {
      const html = renderReportHtml(input, style, { splitAt: 14 });
      const tables = tablesOf(html);
      expect(tables, style).toHaveLength(4);
      const [, a, b] = tables;
      expect(rowsOf(a ?? ''), style).toHaveLength(14);
      expect(rowsOf(b ?? ''), style).toHaveLength(input.section3.length - 14);
      expect(
        renderedRows([a ?? '', b ?? ''])
          .flat()
          .filter((c) => c !== ''),
        style,
      ).toEqual(
        input.section3
          .flat()
          .map(compact)
          .filter((c) => c !== ''),
      );
      // the rowspan of 三、本年度办理结果 (starting on row 5) stops at the break
      const spans = Array.from((a ?? '').matchAll(/rowspan="?(\d+)"?/g), (m) => Number(m[1]));
      expect(Math.max(...spans), style).toBe(9);
      expect(b ?? '', style).not.toContain('勾稽');
    }
  });

  it('style specifics', () => {
    const input = seedToReportInput(seeds[0]?.text ?? '');
    const word = renderReportHtml(input, 'word-paste');
    expect(word).toContain('<table class=MsoNormalTable');
    expect(word).toContain('<td valign=center style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal align=center');
    expect(word).toContain("<span style='font-family:仿宋_GB2312'>自</span><span style='font-family:仿宋_GB2312'>然</span>");
    expect(word).toContain('&nbsp;0</span><o:p></o:p></p>');
    const cms = renderReportHtml(input, 'cms-p-center');
    expect(cms).toContain('<table border=1');
    const clean = renderReportHtml(input, 'clean-thead');
    expect(clean).toMatch(/<thead><tr><th rowspan="3" colspan="3">（本列数据/);
    expect(clean).toContain('<tbody><tr><td colspan="3">一、本年新收政府信息公开申请数量</td>');
    const ue = renderReportHtml(input, 'ueditor');
    expect(ue).toContain('<p style="text-indent: 2em;">&nbsp;0&nbsp;</p>');
    expect(ue).toContain('<p style="text-indent: 2em;">三</p><p style="text-indent: 2em;">、</p><p style="text-indent: 2em;">本</p>');
    expect(ue).toContain('结果<br/>维持');
    // multi-digit numbers are split across spans in word-paste
    const big = renderReportHtml({ title: 't', section3: [['一、本年新收', '148', '0']], section4: [] }, 'word-paste');
    expect(big).toContain(">1</span><span lang=EN-US style='font-family:仿宋_GB2312'>48</span>");
    // charset and extra metas
    const gbk = renderReportHtml(input, 'cms-p-center', { charset: 'gb2312', meta: { PubDate: '2025-01-20' } });
    expect(gbk).toContain('<meta charset="gb2312">');
    expect(gbk).toContain('<meta name="PubDate" content="2025-01-20">');
  });

  it('supplies missing headings and default prose', () => {
    const html = renderReportHtml({ title: '某某2024年政府信息公开工作年度报告', section3: [['一、本年新收', '1']], section4: [['0']] }, 'clean-thead');
    for (const h of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、', '五、', '六、']) expect(html).toContain(h);
    expect(html.indexOf('三、收到和处理')).toBeLessThan(html.indexOf('一、本年新收'));
    expect(html.indexOf('一、本年新收')).toBeLessThan(html.indexOf('四、政府信息公开行政复议'));
  });
});
