import { identityFindings } from '../report/identity-findings';
import { colName, diffText } from '../i18n/words';
import type { Check } from './types';
import type { Finding } from '../model/finding';

function pair(f: Finding, side: 'left' | 'right'): [number, number] {
  const v = (f.data?.[side] as number[] | undefined) ?? [0, 0];
  return [v[0] ?? 0, v[1] ?? 0];
}

const check: Check = {
  id: 'balance',
  name: { 'zh-CN': '新收与办结平衡', en: 'Balance' },
  describes: {
    'zh-CN': '每一列：新收 + 上年结转 = （七）总计 + 结转下年度',
    en: 'Each column: new + carried over = (7) total + carried forward',
  },
  run: (input) => identityFindings(input, 'balance'),
  message: {
    'zh-CN': (f) => {
      const [n, c] = pair(f, 'left');
      const [t, k] = pair(f, 'right');
      return `${colName(f.at.col, 'zh-CN')}列：新收 ${n} + 上年结转 ${c} = ${n + c} ≠ （七）总计 ${t} + 结转下年度 ${k} = ${t + k}${diffText(f, 'zh-CN')}`;
    },
    en: (f) => {
      const [n, c] = pair(f, 'left');
      const [t, k] = pair(f, 'right');
      return `${colName(f.at.col, 'en')} column: new ${n} + carried over ${c} = ${n + c} ≠ (7) total ${t} + carried forward ${k} = ${t + k}${diffText(f, 'en')}`;
    },
  },
};
export default check;
