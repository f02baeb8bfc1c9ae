import { notesOf } from '../report/note-findings';
import type { Check } from './types';

const check: Check = {
  id: 'unmatched-row',
  name: { 'zh-CN': '无法识别的行', en: 'Unmatched row' },
  describes: { 'zh-CN': '页面上有数字却无法对应到模板的行', en: 'A row with figures that matches no row of the template' },
  run: (input) =>
    notesOf(input, 'unmatched-row').map((n) => ({
      check: 'unmatched-row',
      severity: 'warning' as const,
      at: { section: 'applications' as const },
      data: { label: n.label, raw: n.raw, ref: n.ref },
    })),
  message: {
    'zh-CN': (f) => `无法识别的行“${String(f.data?.label ?? '')}”（${(f.data?.raw as string[] | undefined)?.join(' ') ?? ''}），未计入`,
    en: (f) => `Unrecognised row “${String(f.data?.label ?? '')}” (${(f.data?.raw as string[] | undefined)?.join(' ') ?? ''}), left out`,
  },
};
export default check;
