import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    {
      name: '2026 after pingtan 2025: normative 546 in force + 10 issued − 6 repealed = 550',
      html: reportPage({ year: 2026, sectionTwo: { regulations: [0, 0, 0], normative: [10, 6, 550] } }),
      previous: 'pages/pingtan_2025.html',
    },
    {
      name: 'last year’s report on the 2019 template (no 现行有效件数): nothing compared',
      html: reportPage({ year: 2020 }),
      previous: 'pages/pingtan_2019.html',
    },
    { name: 'no previous report known', fixture: 'pages/pingtan_2025.html' },
  ],
  invalid: [
    {
      name: 'a real series: pingtan 2025 prints 546 normative documents in force, 2024’s 440 + 58 − 45 = 453',
      fixture: 'pages/pingtan_2025.html',
      previous: 'pages/pingtan_2024.html',
      findings: [
        {
          severity: 'warning',
          at: {},
          expected: 453,
          actual: 546,
          data: { kind: 'normative', previousInForce: 440, issued: 58, repealed: 45, inForce: 546, previousYear: 2024 },
        },
      ],
      zh: ['行政规范性文件现行有效件数为 546，而2024 年度现行有效件数 + 本年制发 − 本年废止 = 440 + 58 − 45 = 453'],
      en: ['normative documents: in force 546, but 2024’s in force + issued − repealed = 440 + 58 − 45 = 453'],
    },
    {
      name: 'a real series: pingtan 2024 prints 440, 2023’s 470 + 62 − 33 = 499',
      fixture: 'pages/pingtan_2024.html',
      previous: 'pages/pingtan_2023.html',
      findings: [{ expected: 499, actual: 440, data: { kind: 'normative', previousInForce: 470, issued: 62, repealed: 33 } }],
    },
    {
      name: 'regulations: one issued, none in force',
      html: reportPage({ year: 2026, sectionTwo: { regulations: [1, 0, 0], normative: [10, 6, 550] } }),
      previous: 'pages/pingtan_2025.html',
      findings: [{ expected: 1, actual: 0, data: { kind: 'regulations', previousInForce: 0, issued: 1, repealed: 0, inForce: 0 } }],
      zh: ['规章现行有效件数为 0，而2025 年度现行有效件数 + 本年制发 − 本年废止 = 0 + 1 − 0 = 1'],
    },
  ],
} satisfies CheckCases;
