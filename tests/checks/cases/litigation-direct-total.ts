import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage } from '../case-docs';

export default {
  valid: [{ name: 'direct litigation 3 + 3 + 0 + 0 = 6', fixture: 'pages/pingtan_2025.html' }],
  invalid: [
    {
      name: 'direct litigation: an outcome added (3 + 3 + 1 + 0 = 7) and the total left at 6',
      html: reportPage({ review: [...REVIEW_2025.slice(0, 5), 3, 3, 1, 0, 6, ...REVIEW_2025.slice(10)] }),
      findings: [{ severity: 'error', at: {}, expected: 7, actual: 6, cells: [{ row: 'litigation_direct', col: 'total' }], data: { left: [3, 3, 1, 0] } }],
      zh: ['行政诉讼·未经复议直接起诉·总计：维持、纠正、其他、尚未审结之和 3 + 3 + 1 + 0 = 7 ≠ 页面 6（页面少 1）'],
      en: ['litigation without prior review / total: upheld, corrected, other and pending sum to 3 + 3 + 1 + 0 = 7 ≠ printed 6 (printed is 1 less)'],
    },
    {
      name: 'a misprint in another group is not this check’s: only the direct group is reported',
      html: reportPage({ review: [25, 3, 8, 0, 35, 3, 3, 0, 0, 5, 3, 0, 0, 0, 3] }),
      findings: [{ expected: 6, actual: 5 }],
    },
  ],
} satisfies CheckCases;
