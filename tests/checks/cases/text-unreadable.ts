import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'pdftotext -layout of a report: rebuilt with confidence (its arithmetic errors are other checks’)', fixture: 'pdf/text/sample-report.layout.txt' },
    { name: 'pdftotext -layout of the 2019 template', fixture: 'pdf/text/pingtan_2019.layout.txt' },
    { name: 'pdftotext without -layout, 2019 template: labels first, then their figures, paired in order', fixture: 'pdf/text/pingtan_2019.raw.txt' },
    { name: 'text cut into cells, one a line (a seed)', fixture: 'seeds/000_57cbc8b215b8ff96.txt' },
  ],
  invalid: [
    {
      name: 'pdftotext without -layout, whole blank columns (shuyang): runs that do not split into rows, rows unplaced',
      fixture: 'pdf/text/shuyang_fgj_2023.raw.txt',
      findings: [{ severity: 'warning', at: { section: 'applications' }, data: { reasons: ['run:2', 'run:8', 'run:6', 'missing-row:5', 'ragged-row:20'] } }],
      zh: [
        '文本版式无法可靠还原第三部分表格，未核对其勾稽关系（一串 2 个数字无法分成每行 7 格；一串 8 个数字无法分成每行 7 格；一串 6 个数字无法分成每行 7 格；5 行缺失；20 行不是 7 格）；请审核 PDF 或网页原件',
      ],
      en: [
        "The text's layout cannot be rebuilt into the section-three table with confidence, so its figures were not checked (a run of 2 figures does not split into rows of 7; a run of 8 figures does not split into rows of 7; a run of 6 figures does not split into rows of 7; 5 rows missing; 20 rows without 7 cells); audit the PDF or the page itself",
      ],
    },
    {
      name: 'a table split across two PDF pages, without -layout: a run of 6 figures and a ragged row',
      fixture: 'pdf/text/sample-report-split.raw.txt',
      findings: [{ data: { reasons: ['run:6', 'ragged-row:1'] } }],
      zh: ['文本版式无法可靠还原第三部分表格，未核对其勾稽关系（一串 6 个数字无法分成每行 7 格；1 行不是 7 格）；请审核 PDF 或网页原件'],
      // One row is a row, not "1 rows".
      en: [
        "The text's layout cannot be rebuilt into the section-three table with confidence, so its figures were not checked (a run of 6 figures does not split into rows of 7; 1 row without 7 cells); audit the PDF or the page itself",
      ],
    },
  ],
} satisfies CheckCases;
