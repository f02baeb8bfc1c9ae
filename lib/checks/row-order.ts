import { rowName } from '../i18n/words';
import { noteCheck } from './families/reader-notes';

/**
 * Two rows whose labels are printed in the opposite order to the template's: either the labels
 * or the figures were swapped. The figures are read by their labels, as printed; the auditor
 * decides which was meant.
 */
export default noteCheck({
  id: 'row-order',
  note: 'row-order',
  severity: 'warning',
  name: { 'zh-CN': '行的顺序', en: 'Row order' },
  describes: {
    'zh-CN': '两行的先后与模板相反（标签或数字可能对调）',
    en: 'Two rows printed in the opposite order to the template (labels or figures may be swapped)',
  },
  finding: (n) => ({ at: { row: n.row }, data: { other: n.other, ref: n.ref } }),
  messages: {
    default: {
      'zh-CN': (f) => `“${rowName(f.at.row, 'zh-CN')}”与“${rowName(f.data.other, 'zh-CN')}”两行的先后与模板相反，按标签读取；请核对两行的标签或数字是否对调`,
      en: (f) =>
        `Rows “${rowName(f.at.row, 'en')}” and “${rowName(f.data.other, 'en')}” are printed in the opposite order to the template and read by their labels; check whether their labels or figures were swapped`,
    },
  },
});
