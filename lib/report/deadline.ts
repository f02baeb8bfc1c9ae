import { fold } from '../text/normalize';

/**
 * 《政府信息公开条例》's publishing deadline for an annual report, by kind of agency.
 *
 * - 2019 条例 第四十九条 (reports on 2019 and later): departments of governments at county level
 *   and above publish last year's report by 1月31日; local governments at county level and above
 *   by 3月31日; township governments follow the date their county sets (usually 1月31日).
 * - 2007 条例 第三十二条 (reports on 2018 and earlier): every agency by 3月31日.
 */
export type AgencyKind = 'department' | 'government' | 'township' | 'unknown';
export type DeadlineRule = 'art49-department' | 'art49-government' | 'art49-township' | 'art32' | 'art49-unknown';

const TOWNSHIP = /(?:镇|乡|街道|街道办事处|苏木)(?:人民政府|政府|党委|党委政府)?$/;
const LOCAL_GOVERNMENT_BODY = /(?:管委会|管理委员会)$/;
const DEPARTMENT = /(?:局|厅|委员会|委|办公室|办公厅|办|中心|署|院|所|站|处|队|部|室|会|馆|社|总队|支队|大队)$/;
const GOVERNMENT = /(?:人民政府|政府|综合实验区|新区|开发区|高新区|试验区|自治州|自治县|自治旗|[省市县区州盟旗])$/;

/** The kind of agency, from its name's ending (…局 department, …人民政府/…区 government, …镇 township). */
export function agencyKind(name: string | null): AgencyKind {
  if (!name) return 'unknown';
  const n = fold(name)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(][^）)]*[)）]$/, '');
  if (!n) return 'unknown';
  if (TOWNSHIP.test(n)) return 'township';
  if (LOCAL_GOVERNMENT_BODY.test(n)) return 'government';
  if (DEPARTMENT.test(n)) return 'department';
  if (GOVERNMENT.test(n)) return 'government';
  return 'unknown';
}

export interface Deadline {
  rule: DeadlineRule;
  kind: AgencyKind;
  /** The last day to publish, YYYY-MM-DD (inclusive). */
  date: string;
  /** For townships and unknown kinds: the latest date any rule allows (3月31日). */
  latest: string;
}

/** The deadline for the report on `year` by an agency of this kind. */
export function deadlineFor(year: number, kind: AgencyKind): Deadline {
  const jan = `${year + 1}-01-31`;
  const mar = `${year + 1}-03-31`;
  if (year <= 2018) return { rule: 'art32', kind, date: mar, latest: mar };
  switch (kind) {
    case 'department':
      return { rule: 'art49-department', kind, date: jan, latest: jan };
    case 'government':
      return { rule: 'art49-government', kind, date: mar, latest: mar };
    case 'township':
      return { rule: 'art49-township', kind, date: jan, latest: mar };
    default:
      return { rule: 'art49-unknown', kind, date: jan, latest: mar };
  }
}

export const RULE_TEXT: Record<DeadlineRule, { 'zh-CN': string; en: string }> = {
  'art49-department': {
    'zh-CN': '《政府信息公开条例》第四十九条：县级以上人民政府部门应于每年1月31日前公布本部门上一年度年报',
    en: 'Art. 49 of the Regulations on Open Government Information: departments of county-level-and-above governments publish by 31 January',
  },
  'art49-government': {
    'zh-CN': '《政府信息公开条例》第四十九条：县级以上地方人民政府应于每年3月31日前公布本级政府上一年度年报',
    en: 'Art. 49 of the Regulations on Open Government Information: local governments at county level and above publish by 31 March',
  },
  'art49-township': {
    'zh-CN': '《政府信息公开条例》第四十九条：乡镇人民政府、街道办事处按县级人民政府确定的时间公布（通常为1月31日前）',
    en: 'Art. 49 of the Regulations on Open Government Information: townships publish by the date their county sets (usually 31 January)',
  },
  'art49-unknown': {
    'zh-CN': '《政府信息公开条例》第四十九条：政府部门1月31日前、县级以上地方人民政府3月31日前公布上一年度年报',
    en: 'Art. 49 of the Regulations on Open Government Information: departments by 31 January, local governments by 31 March',
  },
  art32: {
    'zh-CN': '原《政府信息公开条例》（2007年）第三十二条：行政机关应于每年3月31日前公布本机关上一年度年报',
    en: 'Art. 32 of the 2007 Regulations on Open Government Information: every agency publishes by 31 March',
  },
};
