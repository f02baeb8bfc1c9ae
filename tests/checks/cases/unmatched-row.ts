import type { CheckCases } from '../tester';
import { reportPage, rows2021 } from '../case-docs';

const rows = rows2021();

export default {
  valid: [
    { name: 'every labelled row is a row of the template', fixture: 'pages/pingtan_2025.html' },
    { name: 'a misprinted label between recognised neighbours is placed, not left out', fixture: 'crafted/sample_2024_misprinted_label.html' },
  ],
  invalid: [
    {
      name: 'a row of figures after the table’s last row, labelled as no row of the template',
      html: reportPage({ rows: [...rows, { key: null, label: '附：本年度咨询件数', cells: [5, 0, 0, 0, 0, 0, 5] }] }),
      findings: [{ severity: 'warning', at: { section: 'applications' }, data: { label: '附：本年度咨询件数', raw: ['5', '0', '0', '0', '0', '0', '5'] } }],
      zh: ['无法识别的行“附：本年度咨询件数”（5 0 0 0 0 0 5），未计入'],
      en: ['Unrecognised row “附：本年度咨询件数” (5 0 0 0 0 0 5), left out'],
    },
    {
      name: 'an eighth result row under 三、本年度办理结果: its label quoted with the group’s',
      html: reportPage({
        rows: [...rows.slice(0, 23), { key: null, label: '（八）其他情况说明', result: true, cells: [1, 0, 0, 0, 0, 0, 1] }, ...rows.slice(23)],
      }),
      findings: [{ data: { label: '三、本年度办理结果 （八）其他情况说明', raw: ['1', '0', '0', '0', '0', '0', '1'] } }],
    },
  ],
} satisfies CheckCases;
