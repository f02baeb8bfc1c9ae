import { notesOf } from '../report/note-findings';
import { rowName } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'missing-row',
  name: { 'zh-CN': '缺少的行', en: 'Missing row' },
  describes: { 'zh-CN': '模板中的行在页面上找不到', en: 'A row of the template is not on the page' },
  run: (input) =>
    notesOf(input, 'missing-row').map((n) => ({ check: 'missing-row', severity: 'warning' as const, at: { row: n.row } })),
  message: {
    'zh-CN': (f) => `表格缺少“${rowName(f.at.row, 'zh-CN')}”一行（按 0 计算）`,
    en: (f) => `The table has no row “${rowName(f.at.row, 'en')}” (counted as 0)`,
  },
};
export default check;
