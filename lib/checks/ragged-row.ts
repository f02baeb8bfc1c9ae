import { COL_KEYS } from '../model/keys';
import { withRead } from '../report/identity-findings';
import { notesOf } from '../report/note-findings';
import { rowName } from '../i18n/words';
import type { Check } from './types';

const check: Check = {
  id: 'ragged-row',
  name: { 'zh-CN': '数字个数不符的行', en: 'Ragged row' },
  describes: { 'zh-CN': '一行的数字多于或少于七个', en: 'A row with more or fewer than seven figures' },
  run: (input) =>
    notesOf(input, 'ragged-row').map((n) => ({
      check: 'ragged-row',
      severity: 'warning' as const,
      at: { row: n.row },
      data: {
        raw: n.raw,
        found: n.found,
        resolved: n.resolved,
        read: input.applications?.rows[n.row] ?? null,
      },
      cells: COL_KEYS.map((col, i) => withRead({ row: n.row, col, ref: input.applications?.cells[n.row]?.[i]?.ref ?? null }, input.applications?.cells[n.row]?.[i]?.read)).filter((c) => c.ref),
    })),
  message: {
    'zh-CN': (f) => {
      const raw = ((f.data?.raw as string[]) ?? []).map((s) => s || '空').join(' ');
      const read = ((f.data?.read as (number | null)[]) ?? []).map((v) => v ?? '空').join(' ');
      return `“${rowName(f.at.row, 'zh-CN')}”一行不是 7 格（页面：${raw}），按 ${read} 读取`;
    },
    en: (f) => {
      const raw = ((f.data?.raw as string[]) ?? []).map((s) => s || 'blank').join(' ');
      const read = ((f.data?.read as (number | null)[]) ?? []).map((v) => v ?? 'blank').join(' ');
      return `Row “${rowName(f.at.row, 'en')}” does not have 7 cells (page: ${raw}); read as ${read}`;
    },
  },
};
export default check;
