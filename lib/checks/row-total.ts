import { diffText, rowName, sumText } from '../i18n/words';
import { identityCheck, printed } from './families/identity';

export default identityCheck({
  id: 'row-total',
  name: { 'zh-CN': '行合计', en: 'Row total' },
  describes: {
    'zh-CN': '每一行：六类申请人之和等于总计',
    en: 'Each row: the six applicant columns add up to its total',
  },
  message: {
    'zh-CN': (f) => `${rowName(f.at.row, 'zh-CN')}·总计：各申请人之和 ${sumText(f.data.left)} ≠ ${printed(f, 'zh-CN')}${diffText(f, 'zh-CN')}`,
    en: (f) => `${rowName(f.at.row, 'en')} / total: the applicant columns sum to ${sumText(f.data.left)} ≠ ${printed(f, 'en')}${diffText(f, 'en')}`,
  },
});
