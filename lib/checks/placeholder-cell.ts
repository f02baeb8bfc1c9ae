import { cellStatusCheck } from './families/cell-status';

export default cellStatusCheck({
  id: 'placeholder-cell',
  status: 'placeholder',
  name: { 'zh-CN': '占位符单元格', en: 'Placeholder cells' },
  describes: { 'zh-CN': '以“无”“—”“/”等代替数字的单元格（按 0 读取）', en: 'Cells holding 无, —, / or the like instead of a number (read as 0)' },
  lead: { 'zh-CN': '以符号代替数字（按 0 读取）', en: 'Placeholders instead of numbers (read as 0)' },
});
