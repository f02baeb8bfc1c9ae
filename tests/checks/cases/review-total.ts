import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'section four with figures in every group, all adding up (25 + 3 + 8 + 0 = 36)', fixture: 'pages/pingtan_2025.html' },
    { name: 'a page with section-three errors whose section four adds up', fixture: 'samples/sample-report.html' },
  ],
  invalid: [
    {
      name: 'review total printed 35 for 25 + 3 + 8 + 0 = 36',
      html: reportPage({ review: [25, 3, 8, 0, 35, ...REVIEW_2025.slice(5)] }),
      findings: [{ severity: 'error', at: {}, expected: 36, actual: 35, cells: [{ row: 'review', col: 'total' }], data: { left: [25, 3, 8, 0] } }],
      zh: ['行政复议·总计：维持、纠正、其他、尚未审结之和 25 + 3 + 8 + 0 = 36 ≠ 页面 35（页面少 1）'],
      en: ['administrative review / total: upheld, corrected, other and pending sum to 25 + 3 + 8 + 0 = 36 ≠ printed 35 (printed is 1 less)'],
    },
    {
      name: 'a blank outcome counts as 0: 25 + blank + 8 + 0 = 33 against 36',
      html: reportPage({ review: [25, '', 8, 0, 36, ...REVIEW_2025.slice(5)] }),
      findings: [{ expected: 33, actual: 36, data: { left: [25, 0, 8, 0] } }],
    },
  ],
} satisfies CheckCases;
