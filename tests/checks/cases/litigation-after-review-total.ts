import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage } from '../case-docs';

export default {
  valid: [{ name: 'litigation after review 3 + 0 + 0 + 0 = 3', fixture: 'pages/pingtan_2025.html' }],
  invalid: [
    {
      name: 'litigation after review: total printed 2 for 3 + 0 + 0 + 0',
      html: reportPage({ review: [...REVIEW_2025.slice(0, 10), 3, 0, 0, 0, 2] }),
      findings: [
        { severity: 'error', at: {}, expected: 3, actual: 2, cells: [{ row: 'litigation_after_review', col: 'total' }], data: { left: [3, 0, 0, 0] } },
      ],
      zh: ['行政诉讼·复议后起诉·总计：维持、纠正、其他、尚未审结之和 3 + 0 + 0 + 0 = 3 ≠ 页面 2（页面少 1）'],
      en: ['litigation after review / total: upheld, corrected, other and pending sum to 3 + 0 + 0 + 0 = 3 ≠ printed 2 (printed is 1 less)'],
    },
    {
      name: 'a placeholder outcome (—) is read as 0: 2 + 0 + 0 + 0 = 2 against 3',
      html: reportPage({ review: [...REVIEW_2025.slice(0, 10), 2, '—', 0, 0, 3] }),
      findings: [{ expected: 2, actual: 3, data: { left: [2, 0, 0, 0] } }],
    },
  ],
} satisfies CheckCases;
