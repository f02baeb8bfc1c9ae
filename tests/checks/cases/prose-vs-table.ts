import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'the overview’s figures (154 received, 148 concluded, 6 carried forward) agree', fixture: 'pages/pingtan_2025.html' },
    { name: 'a trimmed report stating the table’s own figures', html: reportPage() },
  ],
  invalid: [
    {
      name: 'a real page: 共受理公开申请34件, the table 32',
      fixture: 'pages/pingtan_gwh_2025.html',
      findings: [
        {
          severity: 'warning',
          at: { row: 'new_received' },
          expected: 32,
          actual: 34,
          cells: [{ row: 'new_received', col: 'total', raw: '32' }],
          data: { kind: 'received', stated: 34, table: 32, accepted: [32], means: ['new', 'new+carried'], words: '受理公开申请34件' },
        },
      ],
      zh: ['总体情况所述收到申请数为 34，表格为 32：“2025年，实验区管委会（办公室）共受理公开申请34件，均在法定期限内予以办理。”'],
      en: ['The overview states applications received as 34, the table has 32: “2025年，实验区管委会（办公室）共受理公开申请34件，均在法定期限内予以办理。”'],
    },
    {
      name: '予以公开及部分公开258件 against 275 in two rows whose totals are blank (read as the rows’ sums)',
      fixture: 'pages/shanghai_bgt_2019_decoded.html',
      findings: [
        {
          at: { row: 'granted' },
          expected: 275,
          actual: 258,
          cells: [
            { row: 'granted', col: 'total', raw: '' },
            { row: 'partially_granted', col: 'total', raw: '' },
          ],
          data: { kind: 'granted', stated: 258, table: 275, means: ['granted+partial'] },
        },
      ],
      zh: ['总体情况所述予以公开数为 258，表格为 275：“予以公开及部分公开258件，占33.9%；”'],
    },
    {
      name: 'section four: 行政复议30件 in the overview, 36 in the table',
      html: reportPage({ overview: ['2025年，本机关收到政府信息公开行政复议30件。'] }),
      findings: [
        { at: { section: 'review' }, expected: 36, actual: 30, cells: [{ row: 'review', col: 'total' }], data: { kind: 'review', stated: 30, table: 36 } },
      ],
      en: ['The overview states administrative reviews as 30, the table has 36: “2025年，本机关收到政府信息公开行政复议30件。”'],
    },
  ],
} satisfies CheckCases;
