import type { CheckCases } from '../tester';
import { reportPage, rows2021 } from '../case-docs';

const without = (...keys: string[]) => reportPage({ rows: rows2021().filter((r) => !keys.includes(r.key!)) });

export default {
  valid: [
    { name: 'all 25 rows of the 2021 template', fixture: 'pages/pingtan_2025.html' },
    { name: 'the 2019 template: （六）其他处理 in one row is not three rows missing', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: '（五）3.要求提供公开出版物 left out',
      html: without('rejected_publication'),
      findings: [{ severity: 'warning', at: { row: 'rejected_publication' } }],
      zh: ['表格缺少“（五）3.要求提供公开出版物”一行（按 0 计算）'],
      en: ['The table has no row “(5)3 not handled: publication” (counted as 0)'],
    },
    {
      name: 'two rows left out: one finding each, in the template’s order',
      html: without('rejected_publication', 'carried_over'),
      findings: [{ at: { row: 'carried_over' } }, { at: { row: 'rejected_publication' } }],
    },
  ],
} satisfies CheckCases;
