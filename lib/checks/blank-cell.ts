import { cellStatusCheck } from './families/cell-status';

export default cellStatusCheck({
  id: 'blank-cell',
  status: 'blank',
  name: { 'zh-CN': '空白单元格', en: 'Blank cells' },
  describes: { 'zh-CN': '空白单元格（计算时按 0）', en: 'Blank cells (counted as 0)' },
  lead: { 'zh-CN': '空白单元格（按 0 计算）', en: 'Blank cells (counted as 0)' },
});
