import { cellStatusFindings } from '../report/cell-findings';
import { cellSummary } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'blank-cell',
  name: { 'zh-CN': '空白单元格', en: 'Blank cells' },
  describes: { 'zh-CN': '空白单元格（计算时按 0）', en: 'Blank cells (counted as 0)' },
  run: (input) => cellStatusFindings(input, 'blank-cell', 'blank'),
  message: {
    'zh-CN': (f) => `空白单元格（按 0 计算）：${cellSummary(f, 'zh-CN')}`,
    en: (f) => `Blank cells (counted as 0): ${cellSummary(f, 'en')}`,
  },
};
export default check;
