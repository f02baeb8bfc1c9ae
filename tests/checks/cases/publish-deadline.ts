import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

const TOWNSHIP = '示例县示例镇人民政府';

export default {
  valid: [
    { name: 'a department published on 16 January', fixture: 'pages/pingtan_czj_2025.html' },
    { name: 'a local government published on the last day, 31 March', html: reportPage({ published: '2026-03-31 18:00' }) },
    { name: 'published in the report’s own year: year-mismatch’s matter, not a deadline’s', html: reportPage({ published: '2025-12-28 09:00' }) },
    { name: 'no publish date and no signature date: nothing to compare', html: reportPage({ published: null, signed: null }) },
  ],
  invalid: [
    {
      name: 'a local government published on 15 April, 15 days after 31 March',
      fixture: 'crafted/sample_2025_copied_from_2024.html',
      findings: [
        {
          severity: 'warning',
          at: {},
          data: {
            rule: 'art49-government',
            kind: 'government',
            year: 2025,
            deadline: '2026-03-31',
            published: '2026-04-15',
            dateFrom: 'published',
            daysLate: 15,
            certain: true,
          },
        },
      ],
      zh: [
        '年报发布日期 2026-04-15，晚于 2026-03-31 15 天（地方人民政府）。《政府信息公开条例》第四十九条：县级以上地方人民政府应于每年3月31日前公布本级政府上一年度年报',
      ],
      en: [
        'Report published on 2026-04-15, 15 days after 2026-03-31 (a local government). Art. 49 of the Regulations on Open Government Information: local governments at county level and above publish by 31 March',
      ],
    },
    {
      name: 'a department (…财政局) published on 3 February, 3 days after 31 January',
      html: reportPage({ agency: '示例市示例区财政局', published: '2026-02-03 09:00' }),
      findings: [{ severity: 'warning', data: { rule: 'art49-department', kind: 'department', deadline: '2026-01-31', daysLate: 3, certain: true } }],
      en: [
        'Report published on 2026-02-03, 3 days after 2026-01-31 (a government department). Art. 49 of the Regulations on Open Government Information: departments of county-level-and-above governments publish by 31 January',
      ],
    },
    {
      name: 'a township published on 15 February: past the usual 31 January, within 31 March — an info, the county’s date unknown',
      html: reportPage({ agency: TOWNSHIP, published: '2026-02-15 09:00' }),
      findings: [
        { severity: 'info', data: { rule: 'art49-township', kind: 'township', deadline: '2026-01-31', published: '2026-02-15', daysLate: 15, certain: false } },
      ],
      zh: [
        '年报发布日期 2026-02-15，晚于 2026-01-31 15 天（乡镇（街道））。《政府信息公开条例》第四十九条：乡镇人民政府、街道办事处按县级人民政府确定的时间公布（通常为1月31日前）；晚于通常期限，请核对所在县级政府确定的时间',
      ],
      en: [
        'Report published on 2026-02-15, 15 days after 2026-01-31 (a township). Art. 49 of the Regulations on Open Government Information: townships publish by the date their county sets (usually 31 January) — later than the usual date; check the date the county set',
      ],
    },
    {
      name: 'a township published on 2 April: past any date a county may set, a warning counted from 31 March',
      html: reportPage({ agency: TOWNSHIP, published: '2026-04-02 09:00' }),
      findings: [{ severity: 'warning', data: { kind: 'township', deadline: '2026-03-31', daysLate: 2, certain: true } }],
    },
    {
      name: 'no publish date: the signature’s, 10 April',
      html: reportPage({ published: null, signed: '2026年4月10日' }),
      findings: [{ severity: 'warning', data: { dateFrom: 'signed', published: '2026-04-10', deadline: '2026-03-31', daysLate: 10 } }],
      zh: [
        '年报落款日期 2026-04-10，晚于 2026-03-31 10 天（地方人民政府）。《政府信息公开条例》第四十九条：县级以上地方人民政府应于每年3月31日前公布本级政府上一年度年报',
      ],
      en: [
        'Report signed on 2026-04-10, 10 days after 2026-03-31 (a local government). Art. 49 of the Regulations on Open Government Information: local governments at county level and above publish by 31 March',
      ],
    },
    {
      name: 'a report on 2011 under the 2007 regulations: every agency by 31 March',
      fixture: 'negatives/pingtan_nyj_2011_oldformat_report.html',
      findings: [
        { severity: 'warning', data: { rule: 'art32', kind: 'department', year: 2011, deadline: '2012-03-31', published: '2012-05-11', daysLate: 41 } },
      ],
    },
  ],
} satisfies CheckCases;
