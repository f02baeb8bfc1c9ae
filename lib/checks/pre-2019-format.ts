import { defineCheck } from './define';

export default defineCheck({
  id: 'pre-2019-format',
  severity: 'info',
  name: { 'zh-CN': '2019年前旧格式', en: 'Pre-2019 format' },
  describes: { 'zh-CN': '2019 年以前的年报：旧格式，没有标准表格', en: 'A report on a year before 2019: the standard table does not apply' },
  run: (input) => (!input.applications && input.meta.year !== null && input.meta.year < 2019 ? [{ at: {}, data: { year: input.meta.year } }] : []),
  messages: {
    default: {
      'zh-CN': (f) => `${f.data.year}年度报告采用 2019 年以前的旧格式，不适用标准表格的勾稽核对`,
      en: (f) => `A report on ${f.data.year} in the old format: the standard table's identities do not apply`,
    },
  },
});
