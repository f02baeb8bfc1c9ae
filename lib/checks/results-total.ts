import { colName, diffText, sumText } from '../i18n/words';
import { identityCheck, printed } from './families/identity';

export default identityCheck({
  id: 'results-total',
  name: { 'zh-CN': '办理结果合计', en: 'Results total' },
  describes: {
    'zh-CN': '每一列：各办理结果之和等于（七）总计',
    en: 'Each column: the result rows add up to (7) total',
  },
  message: {
    'zh-CN': (f) => `（七）总计·${colName(f.at.col, 'zh-CN')}：各办理结果之和 ${sumText(f.data.left)} ≠ ${printed(f, 'zh-CN')}${diffText(f, 'zh-CN')}`,
    en: (f) => `(7) total / ${colName(f.at.col, 'en')}: the result rows sum to ${sumText(f.data.left)} ≠ ${printed(f, 'en')}${diffText(f, 'en')}`,
  },
});
