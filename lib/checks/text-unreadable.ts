import { noteCheck } from './families/reader-notes';
import type { Lang } from '../model/finding';

/**
 * Text out of a PDF tool whose layout could not be rebuilt into the table with confidence
 * (figures read column by column, blank cells that leave no trace). Saying so beats arithmetic
 * errors built on a misread: the identity checks are not run on such a table.
 */
/** The reader's reason codes (lib/report/from-text.ts) in words. */
/** "1 figure", "2 figures". */
const n_ = (n: string, one: string, many = `${one}s`) => `${n} ${n === '1' ? one : many}`;

const REASONS: Record<string, Record<Lang, (n: string) => string>> = {
  run: { 'zh-CN': (n) => `一串 ${n} 个数字无法分成每行 7 格`, en: (n) => `a run of ${n_(n, 'figure')} does not split into rows of 7` },
  'blank-place': { 'zh-CN': (n) => `一行只有 ${n} 个数字，空白格的位置无法确定`, en: (n) => `a row of ${n_(n, 'figure')} whose blank cells cannot be placed` },
  'too-many': { 'zh-CN': (n) => `一行有 ${n} 个数字`, en: (n) => `a row of ${n_(n, 'figure')}` },
  'unmatched-row': { 'zh-CN': (n) => `${n} 行无法识别`, en: (n) => `${n_(n, 'row')} not recognised` },
  'missing-row': { 'zh-CN': (n) => `${n} 行缺失`, en: (n) => `${n_(n, 'row')} missing` },
  'ragged-row': { 'zh-CN': (n) => `${n} 行不是 7 格`, en: (n) => `${n_(n, 'row')} without 7 cells` },
  'duplicate-row': { 'zh-CN': (n) => `${n} 行重复`, en: (n) => `${n_(n, 'row')} repeated` },
  'row-order': { 'zh-CN': (n) => `${n} 处行序与模板不符`, en: (n) => `${n_(n, 'row')} out of order` },
};

function reasons(codes: readonly string[], lang: Lang): string {
  const words = codes.map((code) => {
    const [kind = '', n = ''] = code.split(':');
    return REASONS[kind]?.[lang](n) ?? code;
  });
  return words.join(lang === 'en' ? '; ' : '；');
}

export default noteCheck({
  id: 'text-unreadable',
  note: 'text-unreliable',
  severity: 'warning',
  name: { 'zh-CN': '文本无法还原表格', en: 'Table not recoverable from text' },
  describes: {
    'zh-CN': '复制或转换出的文本版式无法可靠还原第三部分表格，未核对其数字',
    en: 'The text’s layout cannot be rebuilt into the section-three table with confidence; its figures were not checked',
  },
  finding: (n) => ({ at: { section: 'applications' }, data: { reasons: n.reasons } }),
  messages: {
    default: {
      'zh-CN': (f) => `文本版式无法可靠还原第三部分表格，未核对其勾稽关系（${reasons(f.data.reasons, 'zh-CN')}）；请审核 PDF 或网页原件`,
      en: (f) =>
        `The text's layout cannot be rebuilt into the section-three table with confidence, so its figures were not checked (${reasons(f.data.reasons, 'en')}); audit the PDF or the page itself`,
    },
  },
});
