import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'fifteen figures', fixture: 'pages/pingtan_2025.html' },
    { name: 'pdftotext -layout: section four’s fifteen figures in order', fixture: 'pdf/text/pingtan_2023.layout.txt' },
  ],
  invalid: [
    {
      name: 'fourteen figures: the last cell of 复议后起诉 missing',
      html: reportPage({ review: REVIEW_2025.slice(0, 14) }),
      findings: [{ severity: 'warning', at: { section: 'review' }, data: { found: 14 } }],
      zh: ['第四部分（行政复议、行政诉讼情况）应为 15 个数字，页面上的数量不符，读取可能有误'],
      en: ['Section four (review and litigation) should hold 15 figures; the page has a different number'],
    },
    {
      name: 'pdftotext without -layout: section four’s figures out of order, none read',
      fixture: 'pdf/text/pingtan_2023.raw.txt',
      findings: [{ at: { section: 'review' }, data: { found: 0 } }],
    },
  ],
} satisfies CheckCases;
