import { agencyKind, deadlineFor, RULE_TEXT, type AgencyKind, type DeadlineRule } from '../report/deadline';
import { daysBetween, parseDate, signatureDate } from '../report/prose';
import type { Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * Published after the legal deadline. The date is the page's publish date; when the page has none,
 * the date the report is signed with (a report cannot be published before it is signed, so a late
 * signature is a late report). On time says nothing.
 */
/** The rule applied, the dates compared and how late; `certain` false when the kind of agency leaves the date open. */
export type DeadlineData = {
  rule: DeadlineRule;
  kind: AgencyKind;
  agency: string | null;
  year: number;
  deadline: string;
  published: string;
  dateFrom: 'published' | 'signed';
  daysLate: number;
  certain: boolean;
};

function run(input: CheckInput): Draft<DeadlineData, 'warning' | 'info'>[] {
  const year = input.meta.year;
  if (year === null) return [];
  const fromMeta = parseDate(input.meta.published);
  const signed = fromMeta ? null : signatureDate(input.text?.sections[5] ?? null);
  const date = fromMeta ?? signed;
  if (!date) return [];
  // Published in the report's own year: year-mismatch's matter, not a deadline's.
  if (date < `${year + 1}-01-01`) return [];
  const kind = agencyKind(input.meta.agency);
  const deadline = deadlineFor(year, kind);
  if (date <= deadline.date) return [];
  // Townships and agencies of unknown kind: between 1月31日 and 3月31日 depends on a date we do not know.
  const certain = date > deadline.latest;
  return [
    {
      severity: certain ? 'warning' : 'info',
      at: {},
      data: {
        rule: deadline.rule,
        kind,
        agency: input.meta.agency,
        year,
        deadline: certain ? deadline.latest : deadline.date,
        published: date,
        dateFrom: fromMeta ? 'published' : 'signed',
        daysLate: daysBetween(certain ? deadline.latest : deadline.date, date),
        certain,
      },
    },
  ];
}

const KIND_TEXT = {
  'zh-CN': { department: '政府部门', government: '地方人民政府', township: '乡镇（街道）', unknown: '未能判断机关类型' },
  en: { department: 'a government department', government: 'a local government', township: 'a township', unknown: 'an agency of unknown kind' },
} as const;

function message(f: FindingOf<DeadlineData>, lang: Lang): string {
  const d = f.data;
  const rule = RULE_TEXT[d.rule];
  const kind = KIND_TEXT[lang][d.kind];
  const { published, deadline } = d;
  const late: number | null = d.daysLate;
  const signed = d.dateFrom === 'signed';
  if (lang === 'en') {
    const when = signed ? `signed on ${published}` : `published on ${published}`;
    const lateText = late !== null ? `, ${late} day${late === 1 ? '' : 's'} after ${deadline}` : '';
    const tail = d.certain === false ? ' — later than the usual date; check the date the county set' : '';
    return `Report ${when}${lateText} (${kind}). ${rule.en}${tail}`;
  }
  const when = signed ? `落款日期 ${published}` : `发布日期 ${published}`;
  const lateText = late !== null ? `，晚于 ${deadline} ${late} 天` : '';
  const tail = d.certain === false ? '；晚于通常期限，请核对所在县级政府确定的时间' : '';
  return `年报${when}${lateText}（${kind}）。${rule['zh-CN']}${tail}`;
}

export default defineCheck({
  id: 'publish-deadline',
  severities: ['warning', 'info'],
  name: { 'zh-CN': '发布时限', en: 'Publication deadline' },
  describes: {
    'zh-CN': '年报发布晚于《政府信息公开条例》规定的期限（部门1月31日前，地方政府3月31日前）',
    en: 'The report was published after the legal deadline (departments by 31 January, local governments by 31 March)',
  },
  run,
  messages: { default: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') } },
});
