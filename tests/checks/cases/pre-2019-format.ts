import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'a report on 2019, the first year of the standard table', fixture: 'pages/pingtan_2019.html' },
    { name: 'a report on 2024 without its table is table-not-found’s matter', fixture: 'synthetic/attachment_only.html' },
  ],
  invalid: [
    {
      name: 'a 2011 report in the old format',
      fixture: 'negatives/pingtan_nyj_2011_oldformat_report.html',
      findings: [{ severity: 'info', at: {}, data: { year: 2011 } }],
      zh: ['2011年度报告采用 2019 年以前的旧格式，不适用标准表格的勾稽核对'],
      en: ["A report on 2011 in the old format: the standard table's identities do not apply"],
    },
  ],
} satisfies CheckCases;
