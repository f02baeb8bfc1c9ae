import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'every cell printed, zeros included', fixture: 'pages/pingtan_2025.html' },
    { name: 'the 2019 template, cells padded with &nbsp; around their figures', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: 'one blank cell: （三）6.属于四类过程性信息·科研机构',
      fixture: 'samples/sample-report.html',
      findings: [
        {
          severity: 'warning',
          at: { section: 'applications' },
          cells: [{ row: 'denied_process_info', col: 'research' }],
          data: { count: 1, wholeColumns: [] },
        },
      ],
      zh: ['空白单元格（按 0 计算）：1 处：（三）6.属于四类过程性信息·科研机构'],
      en: ['Blank cells (counted as 0): 1 cell: (3)6 withheld: process information / research bodies'],
    },
    {
      name: 'five legal-person columns left blank in all 25 rows: said as whole columns, not 125 cells',
      fixture: 'pages/shuyang_fgj_2023.html',
      findings: [
        {
          at: { section: 'applications' },
          data: { count: 125, wholeColumns: ['commercial', 'research', 'social_welfare', 'legal_service', 'other_org'] },
        },
      ],
      zh: ['空白单元格（按 0 计算）：125 处：商业企业、科研机构、社会公益组织、法律服务机构、其他组织列整列'],
      en: ['Blank cells (counted as 0): 125 cells: the whole businesses, research bodies, public-interest groups, legal services, other organisations columns'],
    },
    {
      name: 'whole columns and scattered cells in section three (2019 template, 23 rows), and nine blank cells in section four',
      fixture: 'pages/shanghai_bgt_2019_decoded.html',
      findings: [
        { at: { section: 'applications' }, data: { count: 126, wholeColumns: ['research', 'social_welfare'] } },
        {
          at: { section: 'review' },
          data: { count: 9 },
          cells: [
            { row: 'review', col: 'corrected' },
            { row: 'review', col: 'other' },
            { row: 'litigation_direct', col: 'corrected' },
            { row: 'litigation_direct', col: 'other' },
            { row: 'litigation_after_review', col: 'upheld' },
            { row: 'litigation_after_review', col: 'corrected' },
            { row: 'litigation_after_review', col: 'other' },
            { row: 'litigation_after_review', col: 'pending' },
            { row: 'litigation_after_review', col: 'total' },
          ],
        },
      ],
      zh: [
        '空白单元格（按 0 计算）：126 处：科研机构、社会公益组织列整列；二、上年结转·商业企业、二、上年结转·法律服务机构、二、上年结转·其他组织、（一）予以公开·总计、（二）部分公开·商业企业、（二）部分公开·法律服务机构、等 80 处',
        '空白单元格（按 0 计算）：9 处：行政复议·结果纠正、行政复议·其他结果、行政诉讼·未经复议直接起诉·结果纠正、行政诉讼·未经复议直接起诉·其他结果、行政诉讼·复议后起诉·结果维持、行政诉讼·复议后起诉·结果纠正、等 9 处',
      ],
      en: [
        'Blank cells (counted as 0): 126 cells: the whole research bodies, public-interest groups columns; II. carried over from last year / businesses, II. carried over from last year / legal services, II. carried over from last year / other organisations, (1) disclosed / total, (2) partly disclosed / businesses, (2) partly disclosed / legal services, and 74 more',
        'Blank cells (counted as 0): 9 cells: administrative review / corrected, administrative review / other outcome, litigation without prior review / corrected, litigation without prior review / other outcome, litigation after review / upheld, litigation after review / corrected, and 3 more',
      ],
    },
  ],
} satisfies CheckCases;
