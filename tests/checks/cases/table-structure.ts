import type { CheckCases } from '../tester';

export default {
  valid: [{ name: 'a well-formed table', fixture: 'pages/pingtan_2025.html' }],
  invalid: [
    {
      name: 'a rowspan reaching past the table and extra cells',
      fixture: 'synthetic/wrong_rowspan_and_extra_cells.html',
      findings: [{ severity: 'warning', at: { section: 'applications' }, data: { tooLarge: false } }],
    },
    {
      name: 'a table larger than the grid cap: an error, only its first part read',
      fixture: 'pages/pingtan_2025.html',
      edit: (input) => ({
        ...input,
        applications: input.applications && { ...input.applications, notes: [...input.applications.notes, { kind: 'grid', t: 0, issue: 'too-large' }] },
      }),
      findings: [{ severity: 'error', data: { tooLarge: true, count: 1 } }],
      zh: ['第三部分表格过大，只读取了前面部分，结果可能不完整'],
    },
  ],
} satisfies CheckCases;
