import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

export default {
  valid: [
    { name: 'title, period, prose and dates agree', fixture: 'pages/pingtan_2025.html' },
    { name: 'a trimmed report, its plans for next year in 五 included', html: reportPage() },
  ],
  invalid: [
    {
      name: 'a real page: 2024年制作、获取政府信息… in a report on 2025 (section two)',
      fixture: 'pages/pingtan_czj_2025.html',
      findings: [{ severity: 'warning', at: {}, expected: 2025, actual: 2024, data: { kind: 'prose', year: 2025, found: 2024, section: 2 } }],
      zh: [
        '年报年度为 2025 年，正文却以 2024 年作为本年度叙述：“2024年制作、获取政府信息总数467条，其中主动公开政府信息53条，依申请公开信息数246条，不子公开信息数168条。”',
      ],
    },
    {
      name: 'a 2025 report copied from 2024’s: the period, the opening sentence and the signature left at 2024 / 2025-01-20',
      fixture: 'crafted/sample_2025_copied_from_2024.html',
      findings: [
        { expected: 2025, actual: 2024, data: { kind: 'period', year: 2025, found: 2024, yearFrom: 'title', titled: true } },
        { expected: 2025, actual: 2024, data: { kind: 'prose', found: 2024, section: 1 } },
        { expected: 2026, actual: 2025, data: { kind: 'signed', year: 2025, date: '2025-01-20' } },
      ],
      zh: [
        '年报年度为 2025 年，统计期限却是 2024 年：“本报告所列数据的统计期限为2024年1月1日至2024年12月31日。”',
        '年报年度为 2025 年，正文却以 2024 年作为本年度叙述：“2024年，示例区人民政府坚持以公开为常态、不公开为例外，围绕区委、区政府中心工作和群众关切，持续深化政务公开，不断提升政府工作透明度。”',
        '2025 年度的年报落款日期为 2025-01-20，早于该年度结束',
      ],
      en: [
        'The report is on 2025, but its statistical period names 2024: “本报告所列数据的统计期限为2024年1月1日至2024年12月31日。”',
        'The report is on 2025, but its prose speaks of 2024 as the year reported: “2024年，示例区人民政府坚持以公开为常态、不公开为例外，围绕区委、区政府中心工作和群众关切，持续深化政务公开，不断提升政府工作透明度。”',
        'A report on 2025 signed on 2025-01-20, before the year had ended',
      ],
    },
    {
      name: 'published and signed on 28 December of the year reported',
      html: reportPage({ published: '2025-12-28 09:00', signed: '2025年12月28日' }),
      findings: [
        { expected: 2026, actual: 2025, data: { kind: 'published', year: 2025, date: '2025-12-28' } },
        { expected: 2026, actual: 2025, data: { kind: 'signed', date: '2025-12-28' } },
      ],
      zh: ['2025 年度的年报发布日期为 2025-12-28，早于该年度结束', '2025 年度的年报落款日期为 2025-12-28，早于该年度结束'],
      en: ['A report on 2025 published on 2025-12-28, before the year had ended', 'A report on 2025 signed on 2025-12-28, before the year had ended'],
    },
  ],
} satisfies CheckCases;
