import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'all six sections, with the tables of two, three and four', fixture: 'pages/pingtan_2025.html' },
    { name: 'a trimmed report with all six', html: reportPage() },
    { name: 'a page whose report is in its attachments: no heading, no table, nothing to say', fixture: 'synthetic/attachment_only.html' },
  ],
  invalid: [
    {
      name: 'section 五’s heading deleted',
      fixture: 'crafted/sample_2025_copied_from_2024.html',
      findings: [{ severity: 'warning', at: {}, data: { section: 5, part: 'heading' } }],
      zh: ['年报缺少“五、存在的主要问题及改进情况”部分'],
      en: ['The report has no section “V. Main problems and improvements”'],
    },
    {
      name: 'section two flattened into paragraphs: its heading there, its table not',
      fixture: 'synthetic/flattened_paragraphs.html',
      findings: [{ at: {}, data: { section: 2, part: 'table' } }],
      zh: ['“二、主动公开政府信息情况”部分没有表格'],
      en: ['Section “II. Proactive disclosure” has no table'],
    },
    {
      name: 'section four told in a sentence, without its table',
      html: reportPage({ reviewHtml: '<p>本年度未发生政府信息公开行政复议、行政诉讼。</p>' }),
      findings: [{ at: { section: 'review' }, data: { section: 4, part: 'table' } }],
      zh: ['“四、政府信息公开行政复议、行政诉讼情况”部分没有表格'],
    },
    {
      name: 'sections 一 and 六 left out: one finding each, in order',
      html: reportPage({ without: [1, 6] }),
      findings: [{ data: { section: 1, part: 'heading' } }, { data: { section: 6, part: 'heading' } }],
      en: ['The report has no section “I. Overview”', 'The report has no section “VI. Other matters”'],
    },
  ],
} satisfies CheckCases;
