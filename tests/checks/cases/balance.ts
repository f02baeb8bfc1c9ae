import type { CheckCases } from '../tester';
import { reportPage, rows2021, withCell } from '../case-docs';

export default {
  valid: [
    { name: 'carried forward in two columns, every column balances (154 + 0 = 148 + 6)', fixture: 'pages/pingtan_2025.html' },
    { name: 'the 2019 template', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: 'natural persons: new 38 + carried over 3 = 41, but (7) total 39 + carried forward 3 = 42',
      fixture: 'samples/sample-report.html',
      findings: [
        {
          severity: 'error',
          at: { col: 'natural_person' },
          expected: 41,
          actual: 42,
          cells: [
            { row: 'results_total', col: 'natural_person' },
            { row: 'carried_forward', col: 'natural_person' },
          ],
          data: { left: [38, 3], right: [39, 3], blanks: 0, printedBlank: false },
        },
      ],
      zh: ['自然人列：新收 38 + 上年结转 3 = 41 ≠ （七）总计 39 + 结转下年度 3 = 42（页面多 1）'],
      en: ['natural persons column: new 38 + carried over 3 = 41 ≠ (7) total 39 + carried forward 3 = 42 (printed is 1 more)'],
    },
    {
      name: 'the printed side left blank: (7) total and carried forward of the total column empty',
      html: reportPage({ rows: withCell(withCell(rows2021(), 'results_total', 6, ''), 'carried_forward', 6, '') }),
      findings: [
        {
          at: { col: 'total' },
          expected: 154,
          actual: 0,
          cells: [
            { row: 'results_total', col: 'total' },
            { row: 'carried_forward', col: 'total' },
          ],
          data: { left: [154, 0], right: [0, 0], blanks: 2, printedBlank: true },
        },
      ],
    },
  ],
} satisfies CheckCases;
