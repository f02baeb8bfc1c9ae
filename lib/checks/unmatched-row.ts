import { noteCheck } from './families/reader-notes';

export default noteCheck({
  id: 'unmatched-row',
  note: 'unmatched-row',
  severity: 'warning',
  name: { 'zh-CN': '无法识别的行', en: 'Unmatched row' },
  describes: { 'zh-CN': '页面上有数字却无法对应到模板的行', en: 'A row with figures that matches no row of the template' },
  finding: (n) => ({ at: { section: 'applications' }, data: { label: n.label, raw: n.raw, ref: n.ref } }),
  messages: {
    default: {
      'zh-CN': (f) => `无法识别的行“${f.data.label}”（${f.data.raw.join(' ')}），未计入`,
      en: (f) => `Unrecognised row “${f.data.label}” (${f.data.raw.join(' ')}), left out`,
    },
  },
});
