import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'a real page whose result rows add up', fixture: 'pages/pingtan_2025.html' },
    { name: 'five applicant columns left blank throughout: blank counts as 0 and still adds up', fixture: 'pages/shuyang_fgj_2023.html' },
  ],
  invalid: [
    {
      name: 'one misprinted result: （一）予以公开·自然人 25 for 22, so the column sums to 83 against a printed 80',
      fixture: 'crafted/pingtan_2023_one_misprint.html',
      findings: [
        {
          severity: 'error',
          at: { col: 'natural_person' },
          expected: 83,
          actual: 80,
          cells: [{ row: 'results_total', col: 'natural_person' }],
          data: { left: [25, 19, 0, 0, 0, 1, 0, 1, 1, 2, 31, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1], right: [80], blanks: 0, printedBlank: false },
        },
      ],
      zh: ['（七）总计·自然人：各办理结果之和 25 + 19 + 0 + 0 + 0 + 1 + 0 + 1 + 1 + 2 + 31 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 1 + 0 + 1 = 83 ≠ 页面 80（页面少 3）'],
      en: [
        '(7) total / natural persons: the result rows sum to 25 + 19 + 0 + 0 + 0 + 1 + 0 + 1 + 1 + 2 + 31 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 1 + 0 + 1 = 83 ≠ printed 80 (printed is 3 less)',
      ],
    },
    {
      name: 'the total column: the results sum to 50, (7) total prints 49',
      fixture: 'samples/sample-report.html',
      findings: [{ at: { col: 'total' }, expected: 50, actual: 49, cells: [{ row: 'results_total', col: 'total' }], data: { right: [49] } }],
    },
    {
      name: '2019 template, the total column of every result row left blank: 19 rows (（六）其他处理 one row) sum to 0 against 805',
      fixture: 'pages/shanghai_bgt_2019_decoded.html',
      findings: [
        {
          at: { col: 'total' },
          expected: 0,
          actual: 805,
          data: { left: Array.from({ length: 19 }, () => 0), right: [805], blanks: 19, printedBlank: false },
        },
      ],
    },
  ],
} satisfies CheckCases;
