import type { CheckCases } from '../tester';
import { reportPage, rows2021 } from '../case-docs';

export default {
  valid: [
    { name: 'every label recognised', fixture: 'pages/pingtan_2025.html' },
    { name: 'labels split across <p> and <span> still recognised', fixture: 'pages/pingtan_2024.html' },
  ],
  invalid: [
    {
      name: 'the real misprint “2.其他法律行政止公开”, read by its place between （三）1 and （三）3',
      fixture: 'crafted/sample_2024_misprinted_label.html',
      findings: [{ severity: 'info', at: { row: 'denied_prohibited_by_law' }, data: { label: '2.其他法律行政止公开', ref: { t: 1, r: 8 } } }],
      zh: ['行标签“2.其他法律行政止公开”无法识别，按其位置读作“（三）2.其他法律行政法规禁止公开”'],
      en: ['Row label “2.其他法律行政止公开” is not recognised; read by its place as “(3)2 withheld: barred by other laws”'],
    },
    {
      name: 'a label cut down to its number, “4.”, read as （三）4 between 3 and 5',
      html: reportPage({ rows: rows2021().map((r) => (r.key === 'denied_third_party' ? { ...r, label: '4.' } : r)) }),
      findings: [{ at: { row: 'denied_third_party' }, data: { label: '4.' } }],
    },
  ],
} satisfies CheckCases;
