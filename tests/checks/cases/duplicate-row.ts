import type { CheckCases } from '../tester';
import { reportPage, rows2021 } from '../case-docs';

const rows = rows2021();
const granted = rows.find((r) => r.key === 'granted')!;
/** The rows with （一）予以公开 printed a second time right after itself. */
const doubled = (cells: (number | string)[]) => [...rows.slice(0, 3), { ...granted, cells }, ...rows.slice(3)];

export default {
  valid: [
    { name: 'every row once', fixture: 'pages/pingtan_2025.html' },
    { name: 'a group label repeated where Word split its merged cell across pages is not a row printed twice', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: '（一）予以公开 printed twice with the same figures',
      html: reportPage({ rows: doubled(granted.cells) }),
      findings: [{ severity: 'warning', at: { row: 'granted' }, data: { ref: { t: 1, r: 6, c: 1 } } }],
      zh: ['“（一）予以公开”出现了两次，只读取第一次'],
      en: ['“(1) disclosed” appears twice; the first was read'],
    },
    {
      name: 'the second copy with other figures: still one finding, at the second copy',
      html: reportPage({ rows: doubled([30, 0, 0, 0, 0, 0, 30]) }),
      findings: [{ at: { row: 'granted' }, data: { ref: { t: 1, r: 6 } } }],
    },
  ],
} satisfies CheckCases;
