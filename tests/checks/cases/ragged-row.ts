import type { CheckCases } from '../tester';
import { reportPage, rows2021, withCells } from '../case-docs';

const COLS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'] as const;

export default {
  valid: [
    { name: 'seven cells to every row', fixture: 'pages/pingtan_2025.html' },
    { name: 'an extra empty cell on every row is not a figure too many', fixture: 'synthetic/wrong_rowspan_and_extra_cells.html' },
  ],
  invalid: [
    {
      name: 'a real text report: （七）总计 and 四、结转下年度 with eight figures each, the extra dropped',
      fixture: 'seeds/002_639324ef3b6d9964.txt',
      findings: [
        {
          severity: 'warning',
          at: { row: 'results_total' },
          data: { raw: ['1', '0', '0', '0', '0', '0', '0', '1'], found: 8, resolved: 'dropped', read: [1, 0, 0, 0, 0, 0, 1] },
          cells: COLS.map((col) => ({ row: 'results_total' as const, col })),
        },
        { at: { row: 'carried_forward' }, data: { found: 8, resolved: 'dropped', read: [0, 0, 0, 0, 0, 0, 0] } },
      ],
      zh: [
        '“（七）总计”一行不是 7 格（页面：1 0 0 0 0 0 0 1），按 1 0 0 0 0 0 1 读取',
        '“四、结转下年度继续办理”一行不是 7 格（页面：0 0 0 0 0 0 0 0），按 0 0 0 0 0 0 0 读取',
      ],
      en: [
        'Row “(7) total of results” does not have 7 cells (page: 1 0 0 0 0 0 0 1); read as 1 0 0 0 0 0 1',
        'Row “IV. carried forward to next year” does not have 7 cells (page: 0 0 0 0 0 0 0 0); read as 0 0 0 0 0 0 0',
      ],
    },
    {
      name: 'an eighth figure past the total column: read by the header, the extra dropped',
      html: reportPage({ rows: withCells(rows2021(), 'granted', [33, 0, 0, 0, 0, 0, 33, 5]) }),
      findings: [
        { at: { row: 'granted' }, data: { raw: ['33', '0', '0', '0', '0', '0', '33', '5'], found: 8, resolved: 'dropped', read: [33, 0, 0, 0, 0, 0, 33] } },
      ],
    },
    {
      name: 'five figures: read from the left, the last two columns missing and no cell marked there',
      html: reportPage({ rows: withCells(rows2021(), 'granted', [33, 0, 0, 0, 33]) }),
      findings: [
        {
          at: { row: 'granted' },
          data: { raw: ['33', '0', '0', '0', '33'], found: 5, resolved: 'missing', read: [33, 0, 0, 0, 33, null, null] },
          cells: COLS.slice(0, 5).map((col) => ({ row: 'granted' as const, col })),
        },
      ],
      zh: ['“（一）予以公开”一行不是 7 格（页面：33 0 0 0 33），按 33 0 0 0 33 空 空 读取'],
    },
  ],
} satisfies CheckCases;
