import { cellStatusFindings } from '../report/cell-findings';
import { cellSummary } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'unparsed-cell',
  name: { 'zh-CN': '无法读取的单元格', en: 'Unparsed cells' },
  describes: { 'zh-CN': '无法读成非负整数的单元格', en: 'Cells that do not read as a non-negative whole number' },
  run: (input) => cellStatusFindings(input, 'unparsed-cell', 'unparsed'),
  message: {
    'zh-CN': (f) => `无法读取的数字（按 0 计算）：${cellSummary(f, 'zh-CN')}`,
    en: (f) => `Unreadable figures (counted as 0): ${cellSummary(f, 'en')}`,
  },
};
export default check;
