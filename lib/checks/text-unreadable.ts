import { notesOf } from '../report/note-findings';
import type { Check } from './types';

/**
 * Text out of a PDF tool whose layout could not be rebuilt into the table with confidence
 * (figures read column by column, blank cells that leave no trace). Saying so beats arithmetic
 * errors built on a misread: the identity checks are not run on such a table.
 */
const check: Check = {
  id: 'text-unreadable',
  name: { 'zh-CN': '文本无法还原表格', en: 'Table not recoverable from text' },
  describes: {
    'zh-CN': '复制或转换出的文本版式无法可靠还原第三部分表格，未核对其数字',
    en: 'The text’s layout cannot be rebuilt into the section-three table with confidence; its figures were not checked',
  },
  run: (input) =>
    notesOf(input, 'text-unreliable').map((n) => ({
      check: 'text-unreadable',
      severity: 'warning' as const,
      at: { section: 'applications' as const },
      data: { reasons: n.reasons },
    })),
  message: {
    'zh-CN': (f) => `文本版式无法可靠还原第三部分表格，未核对其勾稽关系（${((f.data?.reasons as string[]) ?? []).join('；')}）；请审核 PDF 或网页原件`,
    en: (f) =>
      `The text's layout cannot be rebuilt into the section-three table with confidence, so its figures were not checked (${((f.data?.reasons as string[]) ?? []).join('; ')}); audit the PDF or the page itself`,
  },
};
export default check;
