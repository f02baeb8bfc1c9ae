import { rowName } from '../i18n/words';
import { noteCheck } from './families/reader-notes';

export default noteCheck({
  id: 'duplicate-row',
  note: 'duplicate-row',
  severity: 'warning',
  name: { 'zh-CN': '重复的行', en: 'Duplicate row' },
  describes: { 'zh-CN': '同一行在表格中出现两次', en: 'The same row appears twice in the table' },
  finding: (n) => ({ at: { row: n.row }, data: { ref: n.ref } }),
  messages: {
    default: {
      'zh-CN': (f) => `“${rowName(f.at.row, 'zh-CN')}”出现了两次，只读取第一次`,
      en: (f) => `“${rowName(f.at.row, 'en')}” appears twice; the first was read`,
    },
  },
});
