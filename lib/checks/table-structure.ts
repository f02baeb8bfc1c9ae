import { notesOf } from '../report/note-findings';
import type { Check } from './types';
import type { Finding } from '../model/finding';

const check: Check = {
  id: 'table-structure',
  name: { 'zh-CN': '表格结构', en: 'Table structure' },
  describes: { 'zh-CN': '表格结构异常：合并单元格重叠、跨度过大、表格过大', en: 'Broken table structure: overlapping or oversized spans, oversized table' },
  run: (input) => {
    const notes = notesOf(input, 'grid');
    if (notes.length === 0) return [];
    const tooLarge = notes.some((n) => n.issue === 'too-large');
    const finding: Finding = {
      check: 'table-structure',
      severity: tooLarge ? 'error' : 'warning',
      at: { section: 'applications' },
      data: { issues: notes.map((n) => n.issue), count: notes.length, tooLarge },
    };
    return [finding];
  },
  message: {
    'zh-CN': (f) =>
      f.data?.tooLarge ? '第三部分表格过大，只读取了前面部分，结果可能不完整' : `第三部分表格的合并单元格有 ${f.data?.count} 处重叠或越界，读取可能有误，请核对`,
    en: (f) =>
      f.data?.tooLarge
        ? 'The section-three table is too large; only its first part was read'
        : `The section-three table has ${f.data?.count} overlapping or oversized merged cells; check what was read`,
  },
};
export default check;
