import { colName, diffText } from '../i18n/words';
import { identityCheck } from './families/identity';

/** A side of the balance: 新收 + 上年结转, or （七）总计 + 结转下年度. */
const pair = (v: number[]): [number, number] => [v[0] ?? 0, v[1] ?? 0];

export default identityCheck({
  id: 'balance',
  name: { 'zh-CN': '新收与办结平衡', en: 'Balance' },
  describes: {
    'zh-CN': '每一列：新收 + 上年结转 = （七）总计 + 结转下年度',
    en: 'Each column: new + carried over = (7) total + carried forward',
  },
  message: {
    'zh-CN': (f) => {
      const [n, c] = pair(f.data.left);
      const [t, k] = pair(f.data.right);
      return `${colName(f.at.col, 'zh-CN')}列：新收 ${n} + 上年结转 ${c} = ${n + c} ≠ （七）总计 ${t} + 结转下年度 ${k} = ${t + k}${diffText(f, 'zh-CN')}`;
    },
    en: (f) => {
      const [n, c] = pair(f.data.left);
      const [t, k] = pair(f.data.right);
      return `${colName(f.at.col, 'en')} column: new ${n} + carried over ${c} = ${n + c} ≠ (7) total ${t} + carried forward ${k} = ${t + k}${diffText(f, 'en')}`;
    },
  },
});
