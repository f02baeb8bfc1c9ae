import { COL_KEYS } from '../model/keys';
import { rowName } from '../i18n/words';
import { noteCheck } from './families/reader-notes';
import { withRead } from './families/with-read';

const shown = (values: readonly (string | number | null)[], blank: string) => values.map((v) => (v === null || v === '' ? blank : v)).join(' ');

export default noteCheck({
  id: 'ragged-row',
  note: 'ragged-row',
  severity: 'warning',
  name: { 'zh-CN': '数字个数不符的行', en: 'Ragged row' },
  describes: { 'zh-CN': '一行的数字多于或少于七个', en: 'A row with more or fewer than seven figures' },
  finding: (n, input) => ({
    at: { row: n.row },
    data: {
      raw: n.raw,
      found: n.found,
      resolved: n.resolved,
      read: input.applications?.rows[n.row] ?? null,
    },
    cells: COL_KEYS.map((col, i) =>
      withRead({ row: n.row, col, ref: input.applications?.cells[n.row]?.[i]?.ref ?? null }, input.applications?.cells[n.row]?.[i]),
    ).filter((c) => c.ref),
  }),
  messages: {
    default: {
      'zh-CN': (f) => `“${rowName(f.at.row, 'zh-CN')}”一行不是 7 格（页面：${shown(f.data.raw, '空')}），按 ${shown(f.data.read ?? [], '空')} 读取`,
      en: (f) => `Row “${rowName(f.at.row, 'en')}” does not have 7 cells (page: ${shown(f.data.raw, 'blank')}); read as ${shown(f.data.read ?? [], 'blank')}`,
    },
  },
});
