import { notesOf } from '../report/note-findings';
import { rowName } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'duplicate-row',
  name: { 'zh-CN': '重复的行', en: 'Duplicate row' },
  describes: { 'zh-CN': '同一行在表格中出现两次', en: 'The same row appears twice in the table' },
  run: (input) =>
    notesOf(input, 'duplicate-row').map((n) => ({
      check: 'duplicate-row',
      severity: 'warning' as const,
      at: { row: n.row },
      data: { ref: n.ref },
    })),
  message: {
    'zh-CN': (f) => `“${rowName(f.at.row, 'zh-CN')}”出现了两次，只读取第一次`,
    en: (f) => `“${rowName(f.at.row, 'en')}” appears twice; the first was read`,
  },
};
export default check;
