import { cellStatusCheck } from './families/cell-status';

export default cellStatusCheck({
  id: 'unparsed-cell',
  status: 'unparsed',
  name: { 'zh-CN': '无法读取的单元格', en: 'Unparsed cells' },
  describes: { 'zh-CN': '无法读成非负整数的单元格', en: 'Cells that do not read as a non-negative whole number' },
  lead: { 'zh-CN': '无法读取的数字（按 0 计算）', en: 'Unreadable figures (counted as 0)' },
});
