import { reportPage, rows2021, withCell } from '../case-docs';
import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'a real page whose rows all add up', fixture: 'pages/pingtan_2024.html' },
    { name: 'the 2019 template', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: 'one misprinted figure: （一）予以公开·自然人 25 for 22',
      fixture: 'crafted/pingtan_2023_one_misprint.html',
      findings: [
        {
          severity: 'error',
          at: { row: 'granted' },
          expected: 25,
          actual: 22,
          cells: [{ row: 'granted', col: 'total' }],
          data: { left: [25, 0, 0, 0, 0, 0], right: [22] },
        },
      ],
      zh: ['（一）予以公开·总计：各申请人之和 25 + 0 + 0 + 0 + 0 + 0 = 25 ≠ 页面 22（页面少 3）'],
      en: ['(1) disclosed / total: the applicant columns sum to 25 + 0 + 0 + 0 + 0 + 0 = 25 ≠ printed 22 (printed is 3 less)'],
    },
    {
      name: 'a row whose 总计 is left blank: said 页面空白, not 页面 0',
      html: reportPage({ rows: withCell(rows2021(), 'new_received', 6, '') }),
      findings: [{ at: { row: 'new_received' }, expected: 154, actual: 0, data: { printedBlank: true } }],
      zh: ['一、本年新收·总计：各申请人之和 151 + 3 + 0 + 0 + 0 + 0 = 154 ≠ 页面空白（页面少 154）'],
      en: ['I. new this year / total: the applicant columns sum to 151 + 3 + 0 + 0 + 0 + 0 = 154 ≠ printed blank (printed is 154 less)'],
    },
  ],
} satisfies CheckCases;
