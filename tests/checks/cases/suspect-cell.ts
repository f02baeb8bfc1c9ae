import type { CheckCases } from '../tester';

export default {
  valid: [
    { name: 'no identity fails', fixture: 'pages/pingtan_2025.html' },
    { name: 'identities fail (a blank total column) but no single cell would make them hold', fixture: 'pages/shanghai_bgt_2019_decoded.html' },
  ],
  invalid: [
    {
      name: 'one misprint, （一）予以公开·自然人 25 for 22: the cell explains both failures',
      fixture: 'crafted/pingtan_2023_one_misprint.html',
      findings: [
        {
          severity: 'info',
          at: { row: 'granted', col: 'natural_person' },
          expected: 22,
          actual: 25,
          cells: [{ row: 'granted', col: 'natural_person', raw: '25' }],
          data: {
            explains: [
              { check: 'row-total', at: { row: 'granted' } },
              { check: 'results-total', at: { col: 'natural_person' } },
            ],
            explainsAll: true,
            rank: 1,
          },
        },
      ],
      zh: ['疑似错填：（一）予以公开·自然人 页面为 25，若为 22，则经过此格的 2 处勾稽关系全部成立'],
      en: ['Likely misprint: (1) disclosed / natural persons reads 25; were it 22, the 2 identities through it would hold'],
    },
    {
      name: 'two independent misprints: a suspect each, ranked, neither explaining every failure',
      fixture: 'samples/sample-report.html',
      findings: [
        {
          at: { row: 'carried_forward', col: 'natural_person' },
          expected: 2,
          actual: 3,
          data: {
            explains: [
              { check: 'row-total', at: { row: 'carried_forward' } },
              { check: 'balance', at: { col: 'natural_person' } },
            ],
            explainsAll: false,
            rank: 1,
          },
        },
        {
          at: { row: 'partially_granted', col: 'total' },
          expected: 6,
          actual: 7,
          data: {
            explains: [
              { check: 'row-total', at: { row: 'partially_granted' } },
              { check: 'results-total', at: { col: 'total' } },
            ],
            explainsAll: false,
            rank: 2,
          },
        },
      ],
      zh: [
        '疑似错填：四、结转下年度继续办理·自然人 页面为 3，若为 2，则经过此格的 2 处勾稽关系全部成立（其余不成立之处另有原因）',
        '疑似错填：（二）部分公开·总计 页面为 7，若为 6，则经过此格的 2 处勾稽关系全部成立（其余不成立之处另有原因）',
      ],
    },
  ],
} satisfies CheckCases;
