import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'a 2019 report on the 2019 template', fixture: 'pages/pingtan_2019.html' },
    { name: 'a 2025 report on the 2021 template', fixture: 'pages/pingtan_2025.html' },
    { name: 'a 2019 report on the 2019 template, section two’s 2019 columns', fixture: 'pages/shanghai_bgt_2019_decoded.html' },
  ],
  invalid: [
    {
      name: 'a 2024 report on the 2019 template: （六）其他处理 in one row, section two’s old columns',
      fixture: 'crafted/sample_2024_old_template.html',
      findings: [
        {
          severity: 'warning',
          at: { section: 'applications' },
          expected: 2021,
          actual: 2019,
          data: { part: 'applications', year: 2024, expected: '2021', found: '2019' },
        },
        { severity: 'warning', at: {}, expected: 2021, actual: 2019, data: { part: 'section-two', year: 2024, expected: '2021', found: '2019' } },
      ],
      zh: [
        '第三部分表格采用 2019 年版格式（“（六）其他处理”为一行），2024 年度的年报应采用 2021 年版格式',
        '第二部分表格采用 2019 年版格式的栏目，2024 年度的年报应采用 2021 年版格式',
      ],
      en: [
        "Section three's table follows the 2019 template (“（六）其他处理” in one row); a report on 2024 should use the 2021 template",
        "Section two's table uses the 2019 template's columns; a report on 2024 should use the 2021 template",
      ],
    },
    {
      name: 'the other way: a 2020 report on the 2021 template',
      html: reportPage({ year: 2020 }),
      findings: [
        { at: { section: 'applications' }, expected: 2019, actual: 2021, data: { part: 'applications', year: 2020, expected: '2019', found: '2021' } },
        { expected: 2019, actual: 2021, data: { part: 'section-two', found: '2021' } },
      ],
      zh: [
        '第三部分表格采用 2021 年版格式（“（六）其他处理”分三行），2020 年度的年报应采用 2019 年版格式',
        '第二部分表格采用 2021 年版格式的栏目，2020 年度的年报应采用 2019 年版格式',
      ],
    },
  ],
} satisfies CheckCases;
