import type { Check } from './types';

const check: Check = {
  id: 'pre-2019-format',
  name: { 'zh-CN': '2019年前旧格式', en: 'Pre-2019 format' },
  describes: { 'zh-CN': '2019 年以前的年报：旧格式，没有标准表格', en: 'A report on a year before 2019: the standard table does not apply' },
  run: (input) =>
    !input.applications && input.meta.year !== null && input.meta.year < 2019
      ? [{ check: 'pre-2019-format', severity: 'info' as const, at: {}, data: { year: input.meta.year } }]
      : [],
  message: {
    'zh-CN': (f) => `${f.data?.year ?? ''}年度报告采用 2019 年以前的旧格式，不适用标准表格的勾稽核对`,
    en: (f) => `A report on ${f.data?.year ?? 'a year before 2019'} in the old format: the standard table's identities do not apply`,
  },
};
export default check;
