import type { CheckCases } from '../tester';
import { reportPage, rows2021, withCells } from '../case-docs';

/** A 2026 report following pages/pingtan_2025.html, which carried 4 + 2 = 6 forward. */
const after2025 = (carried: (number | string)[]) => reportPage({ year: 2026, rows: withCells(rows2021(), 'carried_over', carried) });

export default {
  valid: [
    { name: 'nothing carried either side (2024 after 2023)', fixture: 'pages/pingtan_2024.html', previous: 'pages/pingtan_2023.html' },
    { name: 'what 2025 carried forward (4, 2 … 6) is what 2026 carries over', html: after2025([4, 2, 0, 0, 0, 0, 6]), previous: 'pages/pingtan_2025.html' },
    {
      name: 'a report two years back is not last year’s: nothing compared',
      html: after2025([0, 0, 0, 0, 0, 0, 0]),
      previous: 'pages/pingtan_2024.html',
    },
    { name: 'no previous report known', fixture: 'pages/pingtan_2025.html' },
  ],
  invalid: [
    {
      name: 'businesses 1 and total 5 carried over where 2025 carried 2 and 6 forward',
      html: after2025([4, 1, 0, 0, 0, 0, 5]),
      previous: 'pages/pingtan_2025.html',
      findings: [
        {
          severity: 'error',
          at: { col: 'commercial' },
          expected: 2,
          actual: 1,
          cells: [{ row: 'carried_over', col: 'commercial', raw: '1' }],
          data: { previousYear: 2025, previousRaw: 2 },
        },
        {
          severity: 'error',
          at: { col: 'total' },
          expected: 6,
          actual: 5,
          cells: [{ row: 'carried_over', col: 'total', raw: '5' }],
          data: { previousYear: 2025, previousRaw: 6 },
        },
      ],
      zh: ['二、上年结转·商业企业 为 1，而2025 年度年报“四、结转下年度继续办理”为 2', '二、上年结转·总计 为 5，而2025 年度年报“四、结转下年度继续办理”为 6'],
      en: ['II. carried over / businesses is 1, but the 2025 report carried 2 forward', 'II. carried over / total is 5, but the 2025 report carried 6 forward'],
    },
    {
      name: 'businesses left blank where 2025 carried 2 forward: compared as 0, shown as blank',
      html: after2025([4, '', 0, 0, 0, 0, 6]),
      previous: 'pages/pingtan_2025.html',
      findings: [{ severity: 'error', at: { col: 'commercial' }, expected: 2, actual: null, cells: [{ row: 'carried_over', col: 'commercial' }] }],
      zh: ['二、上年结转·商业企业 为 空白，而2025 年度年报“四、结转下年度继续办理”为 2'],
      en: ['II. carried over / businesses is blank, but the 2025 report carried 2 forward'],
    },
    {
      name: 'last year’s report carried 3 forward where this year carries 0 (2024 after an edited 2023)',
      fixture: 'pages/pingtan_2024.html',
      previous: 'pages/pingtan_2023.html',
      editPrevious: (p) => ({ ...p, carriedForward: [3, 0, 0, 0, 0, 0, 3] }),
      findings: [
        { at: { col: 'natural_person' }, expected: 3, actual: 0, data: { previousYear: 2023, previousRaw: 3 } },
        { at: { col: 'total' }, expected: 3, actual: 0 },
      ],
    },
  ],
} satisfies CheckCases;
