import { notesOf } from '../report/note-findings';
import { rowName } from '../i18n/words';
import type { Check } from './types';

/**
 * A row whose printed label names no row of the template, read as the row the template puts at
 * its place (between recognised neighbours, as many rows there as the template has). An info:
 * the figures are read, but an auditor should look at the label once.
 */
const check: Check = {
  id: 'row-by-position',
  name: { 'zh-CN': '按位置识别的行', en: 'Row taken by position' },
  describes: {
    'zh-CN': '行标签无法识别（错印、缺字），按其在表格中的位置认定为模板中的行',
    en: 'A row whose label is misprinted, read as the template row at its place in the table',
  },
  run: (input) =>
    notesOf(input, 'row-by-position').map((n) => ({
      check: 'row-by-position',
      severity: 'info' as const,
      at: { row: n.row },
      data: { label: n.label, ref: n.ref },
    })),
  message: {
    'zh-CN': (f) => `行标签“${String(f.data?.label ?? '')}”无法识别，按其位置读作“${rowName(f.at.row, 'zh-CN')}”`,
    en: (f) => `Row label “${String(f.data?.label ?? '')}” is not recognised; read by its place as “${rowName(f.at.row, 'en')}”`,
  },
};
export default check;
