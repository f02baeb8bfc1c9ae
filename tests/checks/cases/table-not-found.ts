import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'the table on the page', fixture: 'pages/pingtan_2025.html' },
    { name: 'a report on 2011 has no standard table to find (pre-2019-format says so)', fixture: 'negatives/pingtan_nyj_2011_oldformat_report.html' },
  ],
  invalid: [
    {
      name: 'the report published as PDF and DOCX attachments',
      fixture: 'synthetic/attachment_only.html',
      findings: [
        {
          severity: 'warning',
          at: {},
          data: { attachments: ['https://www.example.gov.cn/zwgk/nb/2024/P020250120.pdf', 'https://www.example.gov.cn/zwgk/nb/2024/P020250120.docx'] },
        },
      ],
      zh: [
        '页面上没有第三部分表格；年报可能在附件中：https://www.example.gov.cn/zwgk/nb/2024/P020250120.pdf、https://www.example.gov.cn/zwgk/nb/2024/P020250120.docx',
      ],
      en: [
        'No section-three table on the page; the report may be in the attachments: https://www.example.gov.cn/zwgk/nb/2024/P020250120.pdf, https://www.example.gov.cn/zwgk/nb/2024/P020250120.docx',
      ],
    },
    {
      name: 'section three printed as an image, no attachment',
      html: reportPage({ applicationsHtml: '<p><img src="table3.png"></p>' }),
      findings: [{ at: {}, data: { attachments: [] } }],
      zh: ['页面上没有第三部分表格，无法核对数字（可能以图片发布）'],
      en: ['No section-three table on the page, so nothing to check (published as images?)'],
    },
  ],
} satisfies CheckCases;
