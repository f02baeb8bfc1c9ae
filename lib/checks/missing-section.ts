import type { Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * One of the six sections of the template is absent, or the table of section two or four is.
 * Section three's table is table-not-found's matter. A page where none of the six headings is
 * found and no table is read holds its report elsewhere (an attachment, images): nothing to say.
 */

export const SECTION_NAMES: { 'zh-CN': string; en: string }[] = [
  { 'zh-CN': '一、总体情况', en: 'I. Overview' },
  { 'zh-CN': '二、主动公开政府信息情况', en: 'II. Proactive disclosure' },
  { 'zh-CN': '三、收到和处理政府信息公开申请情况', en: 'III. Applications received and handled' },
  { 'zh-CN': '四、政府信息公开行政复议、行政诉讼情况', en: 'IV. Administrative review and litigation' },
  { 'zh-CN': '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
  { 'zh-CN': '六、其他需要报告的事项', en: 'VI. Other matters' },
];

/** Which of the six sections (1–6), and whether its heading or its table is missing. */
export type MissingSectionData = { section: number; part: 'heading' | 'table' };

function run(input: CheckInput): Draft<MissingSectionData>[] {
  if (!input.text || input.template === null) return [];
  const sections = input.text.sections;
  const found = sections.filter((s) => s !== null).length;
  if (found === 0 && !input.applications) return [];
  const out: Draft<MissingSectionData>[] = [];
  sections.forEach((s, i) => {
    if (s === null) out.push({ at: {}, data: { section: i + 1, part: 'heading' } });
  });
  const two = input.sectionTwo;
  if (sections[1] !== null && (!two || (two.template === null && !two.regulations && !two.normative))) {
    out.push({ at: {}, data: { section: 2, part: 'table' } });
  }
  if (sections[3] !== null && !input.review) {
    out.push({ at: { section: 'review' }, data: { section: 4, part: 'table' } });
  }
  return out;
}

const sectionName = (f: FindingOf<MissingSectionData>, lang: Lang) =>
  SECTION_NAMES[f.data.section - 1]?.[lang] ?? (lang === 'en' ? 'one of the six sections' : '六个部分之一');

export default defineCheck({
  id: 'missing-section',
  severity: 'warning',
  name: { 'zh-CN': '缺少的部分', en: 'Missing section' },
  describes: {
    'zh-CN': '年报缺少模板规定的六个部分之一，或缺少第二、四部分的表格',
    en: 'One of the six sections of the template is absent, or the table of section two or four is',
  },
  run,
  pick: (f) => f.data.part,
  messages: {
    heading: {
      'zh-CN': (f) => `年报缺少“${sectionName(f, 'zh-CN')}”部分`,
      en: (f) => `The report has no section “${sectionName(f, 'en')}”`,
    },
    table: {
      'zh-CN': (f) => `“${sectionName(f, 'zh-CN')}”部分没有表格`,
      en: (f) => `Section “${sectionName(f, 'en')}” has no table`,
    },
  },
});
