import { rowName } from '../i18n/words';
import { noteCheck } from './families/reader-notes';

/**
 * A row whose printed label names no row of the template, read as the row the template puts at
 * its place (between recognised neighbours, as many rows there as the template has). An info:
 * the figures are read, but an auditor should look at the label once.
 */
export default noteCheck({
  id: 'row-by-position',
  note: 'row-by-position',
  severity: 'info',
  name: { 'zh-CN': '按位置识别的行', en: 'Row taken by position' },
  describes: {
    'zh-CN': '行标签无法识别（错印、缺字），按其在表格中的位置认定为模板中的行',
    en: 'A row whose label is misprinted, read as the template row at its place in the table',
  },
  finding: (n) => ({ at: { row: n.row }, data: { label: n.label, ref: n.ref } }),
  messages: {
    default: {
      'zh-CN': (f) => `行标签“${f.data.label}”无法识别，按其位置读作“${rowName(f.at.row, 'zh-CN')}”`,
      en: (f) => `Row label “${f.data.label}” is not recognised; read by its place as “${rowName(f.at.row, 'en')}”`,
    },
  },
});
