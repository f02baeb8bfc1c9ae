import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage, rows2021, withCell } from '../case-docs';

export default {
  valid: [
    { name: 'whole numbers only', fixture: 'pages/pingtan_2025.html' },
    { name: 'figures padded with non-breaking spaces still read', fixture: 'pages/pingtan_czj_2025.html' },
  ],
  invalid: [
    {
      name: 'a decimal and a negative figure in section three',
      html: reportPage({ rows: withCell(withCell(rows2021(), 'granted', 0, '1.5'), 'denied_state_secret', 6, '-3') }),
      findings: [
        {
          severity: 'warning',
          at: { section: 'applications' },
          cells: [
            { row: 'granted', col: 'natural_person', raw: '1.5' },
            { row: 'denied_state_secret', col: 'total', raw: '-3' },
          ],
          data: { count: 2, wholeColumns: [] },
        },
      ],
      zh: ['无法读取的数字（按 0 计算）：2 处：（一）予以公开·自然人 “1.5”、（三）1.属于国家秘密·总计 “-3”'],
      en: ['Unreadable figures (counted as 0): 2 cells: (1) disclosed / natural persons “1.5”, (3)1 withheld: state secret / total “-3”'],
    },
    {
      name: 'a decimal in section four',
      html: reportPage({ review: [...REVIEW_2025.slice(0, 10), 3, '1.5', 0, 0, 3] }),
      findings: [{ at: { section: 'review' }, cells: [{ row: 'litigation_after_review', col: 'corrected', raw: '1.5' }], data: { count: 1 } }],
      zh: ['无法读取的数字（按 0 计算）：1 处：行政诉讼·复议后起诉·结果纠正 “1.5”'],
    },
  ],
} satisfies CheckCases;
