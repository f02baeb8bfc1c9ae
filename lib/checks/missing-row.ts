import { rowName } from '../i18n/words';
import { noteCheck } from './families/reader-notes';

export default noteCheck({
  id: 'missing-row',
  note: 'missing-row',
  severity: 'warning',
  name: { 'zh-CN': '缺少的行', en: 'Missing row' },
  describes: { 'zh-CN': '模板中的行在页面上找不到', en: 'A row of the template is not on the page' },
  finding: (n) => ({ at: { row: n.row } }),
  messages: {
    default: {
      'zh-CN': (f) => `表格缺少“${rowName(f.at.row, 'zh-CN')}”一行（按 0 计算）`,
      en: (f) => `The table has no row “${rowName(f.at.row, 'en')}” (counted as 0)`,
    },
  },
});
