import { defineCheck } from './define';
import { notesOf } from './families/reader-notes';

export default defineCheck({
  id: 'table-structure',
  severities: ['error', 'warning'],
  name: { 'zh-CN': '表格结构', en: 'Table structure' },
  describes: { 'zh-CN': '表格结构异常：合并单元格重叠、跨度过大、表格过大', en: 'Broken table structure: overlapping or oversized spans, oversized table' },
  run: (input) => {
    const notes = notesOf(input, 'grid');
    if (notes.length === 0) return [];
    const tooLarge = notes.some((n) => n.issue === 'too-large');
    return [
      {
        severity: tooLarge ? 'error' : 'warning',
        at: { section: 'applications' },
        data: { issues: notes.map((n) => n.issue), count: notes.length, tooLarge },
      },
    ];
  },
  pick: (f) => (f.data.tooLarge ? 'tooLarge' : 'spans'),
  messages: {
    spans: {
      'zh-CN': (f) => `第三部分表格的合并单元格有 ${f.data.count} 处重叠或越界，读取可能有误，请核对`,
      en: (f) => `The section-three table has ${f.data.count} overlapping or oversized merged cells; check what was read`,
    },
    tooLarge: {
      'zh-CN': () => '第三部分表格过大，只读取了前面部分，结果可能不完整',
      en: () => 'The section-three table is too large; only its first part was read',
    },
  },
});
