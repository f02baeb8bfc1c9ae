import { describe, expect, it } from 'vitest';
import { docxTitle, paragraphTexts, type DocxNode } from '../../lib/docx/title';

const REPORT = '2024年政府信息公开工作年度报告';

describe('docxTitle', () => {
  it('takes the first short paragraph that names the report', () => {
    expect(docxTitle(['', '附件', `示例县人民政府${REPORT}`, `示例县人民政府办公室${REPORT}`])).toBe(`示例县人民政府${REPORT}`);
  });

  it('joins an agency set on the line above', () => {
    expect(docxTitle(['示例市人民政府办公厅', REPORT])).toBe(`示例市人民政府办公厅${REPORT}`);
    expect(docxTitle(['附件2', REPORT])).toBe(REPORT);
    expect(docxTitle(['示例市人民政府办公厅', `示例市${REPORT}`])).toBe(`示例市${REPORT}`);
  });

  it('does not take prose or notices about the report for it', () => {
    const prose =
      '本报告根据《中华人民共和国政府信息公开条例》和《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。';
    expect(docxTitle([prose, '一、总体情况'])).toBe('');
    expect(docxTitle(['关于印发政府信息公开工作年度报告格式的通知'])).toBe('关于印发政府信息公开工作年度报告格式的通知');
    expect(docxTitle(['', '一、总体情况', prose])).toBe('一、总体情况');
    expect(docxTitle([])).toBe('');
  });
});

describe('paragraphTexts', () => {
  it('reads paragraphs in document order, runs joined, table cells included', () => {
    const text = (value: string): DocxNode => ({ type: 'text', value });
    const p = (...children: DocxNode[]): DocxNode => ({ type: 'paragraph', children: [{ type: 'run', children }] });
    const doc: DocxNode = {
      type: 'document',
      children: [
        p(text('示例县'), text('  人民政府 ')),
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [p(text('格'))] }] }] },
        p(text('a'), { type: 'tab' }, text('b')),
      ],
    };
    expect(paragraphTexts(doc)).toEqual(['示例县 人民政府', '格', 'a b']);
  });
});
