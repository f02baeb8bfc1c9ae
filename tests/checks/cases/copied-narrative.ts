import type { CheckCases } from '../tester';
import { reportPage } from '../case-docs';

/** Section 五 of samples/sample-report.html (the 2024 report), word for word. */
const PROBLEMS_2024 =
  '2024年，我区政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、部分部门依申请办理答复文书不够规范等问题。2025年，我区将丰富图解、视频等解读形式，加强依申请公开办理培训和答复文书审核，进一步提升政府信息公开质量。';

export default {
  valid: [
    { name: 'a real series: 2025 after 2024', fixture: 'pages/pingtan_2025.html', previous: 'pages/pingtan_2024.html' },
    { name: 'a real series: 2024 after 2023', fixture: 'pages/pingtan_2024.html', previous: 'pages/pingtan_2023.html' },
    { name: 'a copied report with no previous report known', fixture: 'crafted/sample_2025_copied_from_2024.html' },
    {
      name: 'the “previous” report is a later one: nothing compared',
      fixture: 'samples/sample-report.html',
      previous: 'crafted/sample_2025_copied_from_2024.html',
    },
  ],
  invalid: [
    {
      name: 'the 2025 overview copied from 2024’s (its 五 heading lost, so only 一 is compared)',
      fixture: 'crafted/sample_2025_copied_from_2024.html',
      previous: 'samples/sample-report.html',
      findings: [
        {
          severity: 'warning',
          at: {},
          expected: 60,
          actual: 100,
          data: { part: 'overview', section: 1, share: 1, percent: 100, previousYear: 2024 },
        },
      ],
      zh: [
        '“一、总体情况”有 100% 的文字与2024 年度年报相同（内容雷同），如“年，示例区人民政府坚持以公开为常态、不公开为例外，围绕区委、区政府中心工作和群众关切，持续深化政务公开，不断提升政府工作透明度。 （一）主动公开。全年通过区政…”',
      ],
      en: [
        '100% of “I. Overview” repeats the 2024 report, e.g. “年，示例区人民政府坚持以公开为常态、不公开为例外，围绕区委、区政府中心工作和群众关切，持续深化政务公开，不断提升政府工作透明度。 （一）主动公开。全年通过区政…”',
      ],
    },
    {
      name: 'section 五 repeated word for word, the overview rewritten',
      html: reportPage({ problems: [PROBLEMS_2024] }),
      previous: 'samples/sample-report.html',
      findings: [{ at: {}, expected: 60, actual: 100, data: { part: 'problems', section: 5, percent: 100, previousYear: 2024 } }],
      en: [
        '100% of “V. Main problems and improvements” repeats the 2024 report, e.g. “年，我区政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、部分部门依申请办理答复文书不够规范等问题。2025年，我区将丰富图解、视频等解读形式，加强…”',
      ],
    },
  ],
} satisfies CheckCases;
