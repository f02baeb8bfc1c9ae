import type { CheckCases } from '../tester';
import { reportPage, rows2021 } from '../case-docs';

const rows = rows2021();
/** Rows i and i + 1 printed the other way round. */
const swapped = (i: number) => reportPage({ rows: [...rows.slice(0, i), rows[i + 1]!, rows[i]!, ...rows.slice(i + 2)] });

export default {
  valid: [
    { name: 'rows in the template’s order', fixture: 'pages/pingtan_2025.html' },
    { name: 'the 2019 template’s order', fixture: 'pages/pingtan_2019.html' },
  ],
  invalid: [
    {
      name: '（三）1 and （三）2 printed the other way round',
      html: swapped(4),
      findings: [{ severity: 'warning', at: { row: 'denied_prohibited_by_law' }, data: { other: 'denied_state_secret', ref: { t: 1, r: 7 } } }],
      zh: ['“（三）2.其他法律行政法规禁止公开”与“（三）1.属于国家秘密”两行的先后与模板相反，按标签读取；请核对两行的标签或数字是否对调'],
      en: [
        'Rows “(3)2 withheld: barred by other laws” and “(3)1 withheld: state secret” are printed in the opposite order to the template and read by their labels; check whether their labels or figures were swapped',
      ],
    },
    {
      name: '（七）总计 printed after 四、结转下年度继续办理',
      html: swapped(23),
      findings: [{ at: { row: 'carried_forward' }, data: { other: 'results_total' } }],
    },
  ],
} satisfies CheckCases;
