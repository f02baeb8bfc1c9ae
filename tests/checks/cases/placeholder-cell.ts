import type { CheckCases } from '../tester';
import { REVIEW_2025, reportPage, rows2021, withCell } from '../case-docs';

const rows = rows2021();

export default {
  valid: [{ name: 'figures only, zeros printed as 0', fixture: 'pages/pingtan_2025.html' }],
  invalid: [
    {
      name: '无 and — in section three, / in section four: one finding per table, the marks quoted',
      html: reportPage({
        rows: withCell(withCell(rows, 'denied_state_secret', 0, '无'), 'denied_third_party', 2, '—'),
        review: [...REVIEW_2025.slice(0, 10), 3, '/', 0, 0, 3],
      }),
      findings: [
        {
          severity: 'warning',
          at: { section: 'applications' },
          cells: [
            { row: 'denied_state_secret', col: 'natural_person', raw: '无' },
            { row: 'denied_third_party', col: 'research', raw: '—' },
          ],
          data: { count: 2, wholeColumns: [] },
        },
        { severity: 'warning', at: { section: 'review' }, cells: [{ row: 'litigation_after_review', col: 'corrected', raw: '/' }], data: { count: 1 } },
      ],
      zh: [
        '以符号代替数字（按 0 读取）：2 处：（三）1.属于国家秘密·自然人 “无”、（三）4.保护第三方合法权益·科研机构 “—”',
        '以符号代替数字（按 0 读取）：1 处：行政诉讼·复议后起诉·结果纠正 “/”',
      ],
      en: [
        'Placeholders instead of numbers (read as 0): 2 cells: (3)1 withheld: state secret / natural persons “无”, (3)4 withheld: third-party rights / research bodies “—”',
        'Placeholders instead of numbers (read as 0): 1 cell: litigation after review / corrected “/”',
      ],
    },
    {
      name: 'the research column printed as / in all 25 rows: said as a whole column',
      html: reportPage({ rows: rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === 2 ? '/' : c)) })) }),
      findings: [{ at: { section: 'applications' }, data: { count: 25, wholeColumns: ['research'] } }],
      zh: ['以符号代替数字（按 0 读取）：25 处：科研机构列整列'],
    },
  ],
} satisfies CheckCases;
