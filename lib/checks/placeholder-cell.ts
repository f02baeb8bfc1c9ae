import { cellStatusFindings } from '../report/cell-findings';
import { cellSummary } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'placeholder-cell',
  name: { 'zh-CN': '占位符单元格', en: 'Placeholder cells' },
  describes: { 'zh-CN': '以“无”“—”“/”等代替数字的单元格（按 0 读取）', en: 'Cells holding 无, —, / or the like instead of a number (read as 0)' },
  run: (input) => cellStatusFindings(input, 'placeholder-cell', 'placeholder'),
  message: {
    'zh-CN': (f) => `以符号代替数字（按 0 读取）：${cellSummary(f, 'zh-CN')}`,
    en: (f) => `Placeholders instead of numbers (read as 0): ${cellSummary(f, 'en')}`,
  },
};
export default check;
