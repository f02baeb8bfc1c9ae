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
  ],
} satisfies CheckCases;
