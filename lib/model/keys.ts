/** Column and row keys of section three, exactly as ../shared/SPEC.md names them. */

export const COL_KEYS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'] as const;
export type ColKey = (typeof COL_KEYS)[number];
export const APPLICANT_COLS = COL_KEYS.slice(0, 6) as readonly ColKey[];
export const TOTAL_COL = 6;

const HEAD_ROWS = ['new_received', 'carried_over'] as const;
const DENIED_AND_LATER = [
  'granted',
  'partially_granted',
  'denied_state_secret',
  'denied_prohibited_by_law',
  'denied_three_safeties',
  'denied_third_party',
  'denied_internal_affairs',
  'denied_process_info',
  'denied_enforcement_file',
  'denied_admin_query',
  'unable_no_info',
  'unable_need_creation',
  'unable_unclear',
  'rejected_complaint',
  'rejected_duplicate',
  'rejected_publication',
  'rejected_excessive',
  'rejected_confirmation',
] as const;
const OTHER_2021 = ['other_overdue_correction', 'other_overdue_fee', 'other_misc'] as const;
const OTHER_2019 = ['other_handling'] as const;
const TAIL_ROWS = ['results_total', 'carried_forward'] as const;

export const ALL_ROW_KEYS = [...HEAD_ROWS, ...DENIED_AND_LATER, ...OTHER_2021, ...OTHER_2019, ...TAIL_ROWS] as const;
export type RowKey = (typeof ALL_ROW_KEYS)[number];

export type Template = '2019' | '2021';

export const RESULT_ROWS: Record<Template, readonly RowKey[]> = {
  '2021': [...DENIED_AND_LATER, ...OTHER_2021],
  '2019': [...DENIED_AND_LATER, ...OTHER_2019],
};

export const TEMPLATE_ROWS: Record<Template, readonly RowKey[]> = {
  '2021': [...HEAD_ROWS, ...RESULT_ROWS['2021'], ...TAIL_ROWS],
  '2019': [...HEAD_ROWS, ...RESULT_ROWS['2019'], ...TAIL_ROWS],
};

/** Short labels for sentences: zh as printed in the template, en for the English panel. */
export const ROW_LABELS: Record<RowKey, { zh: string; en: string }> = {
  new_received: { zh: '一、本年新收', en: 'I. new this year' },
  carried_over: { zh: '二、上年结转', en: 'II. carried over from last year' },
  granted: { zh: '（一）予以公开', en: '(1) disclosed' },
  partially_granted: { zh: '（二）部分公开', en: '(2) partly disclosed' },
  denied_state_secret: { zh: '（三）1.属于国家秘密', en: '(3)1 withheld: state secret' },
  denied_prohibited_by_law: { zh: '（三）2.其他法律行政法规禁止公开', en: '(3)2 withheld: barred by other laws' },
  denied_three_safeties: { zh: '（三）3.危及“三安全一稳定”', en: '(3)3 withheld: security and stability' },
  denied_third_party: { zh: '（三）4.保护第三方合法权益', en: '(3)4 withheld: third-party rights' },
  denied_internal_affairs: { zh: '（三）5.属于三类内部事务信息', en: '(3)5 withheld: internal affairs' },
  denied_process_info: { zh: '（三）6.属于四类过程性信息', en: '(3)6 withheld: process information' },
  denied_enforcement_file: { zh: '（三）7.属于行政执法案卷', en: '(3)7 withheld: enforcement file' },
  denied_admin_query: { zh: '（三）8.属于行政查询事项', en: '(3)8 withheld: administrative query' },
  unable_no_info: { zh: '（四）1.本机关不掌握相关政府信息', en: '(4)1 unable: not held' },
  unable_need_creation: { zh: '（四）2.没有现成信息需要另行制作', en: '(4)2 unable: would need creating' },
  unable_unclear: { zh: '（四）3.补正后申请内容仍不明确', en: '(4)3 unable: still unclear' },
  rejected_complaint: { zh: '（五）1.信访举报投诉类申请', en: '(5)1 not handled: petition or complaint' },
  rejected_duplicate: { zh: '（五）2.重复申请', en: '(5)2 not handled: duplicate' },
  rejected_publication: { zh: '（五）3.要求提供公开出版物', en: '(5)3 not handled: publication' },
  rejected_excessive: { zh: '（五）4.无正当理由大量反复申请', en: '(5)4 not handled: excessive' },
  rejected_confirmation: { zh: '（五）5.要求行政机关确认或重新出具已获取信息', en: '(5)5 not handled: confirmation' },
  other_overdue_correction: { zh: '（六）1.逾期不补正', en: '(6)1 other: no correction in time' },
  other_overdue_fee: { zh: '（六）2.逾期未缴纳费用', en: '(6)2 other: fee not paid' },
  other_misc: { zh: '（六）3.其他', en: '(6)3 other' },
  other_handling: { zh: '（六）其他处理', en: '(6) other handling' },
  results_total: { zh: '（七）总计', en: '(7) total of results' },
  carried_forward: { zh: '四、结转下年度继续办理', en: 'IV. carried forward to next year' },
};

export const COL_LABELS: Record<ColKey, { zh: string; en: string }> = {
  natural_person: { zh: '自然人', en: 'natural persons' },
  commercial: { zh: '商业企业', en: 'businesses' },
  research: { zh: '科研机构', en: 'research bodies' },
  social_welfare: { zh: '社会公益组织', en: 'public-interest groups' },
  legal_service: { zh: '法律服务机构', en: 'legal services' },
  other_org: { zh: '其他组织', en: 'other organisations' },
  total: { zh: '总计', en: 'total' },
};

/** Section four's cells: its three groups (rows) and the five items (columns) of each. */
export const REVIEW_GROUP_KEYS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export const REVIEW_ITEM_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewGroup = (typeof REVIEW_GROUP_KEYS)[number];
export type ReviewItem = (typeof REVIEW_ITEM_KEYS)[number];

/** Section four: 15 values in three groups of five (维持, 纠正, 其他, 尚未审结, 总计). */
export const REVIEW_GROUPS = [
  { key: 'review', check: 'review-total', offset: 0, zh: '行政复议', en: 'administrative review' },
  { key: 'litigation_direct', check: 'litigation-direct-total', offset: 5, zh: '行政诉讼·未经复议直接起诉', en: 'litigation without prior review' },
  { key: 'litigation_after_review', check: 'litigation-after-review-total', offset: 10, zh: '行政诉讼·复议后起诉', en: 'litigation after review' },
] as const satisfies readonly { key: ReviewGroup; check: string; offset: number; zh: string; en: string }[];
export const REVIEW_ITEMS = [
  { zh: '结果维持', en: 'upheld' },
  { zh: '结果纠正', en: 'corrected' },
  { zh: '其他结果', en: 'other outcome' },
  { zh: '尚未审结', en: 'pending' },
  { zh: '总计', en: 'total' },
] as const;

/** How applications were handled, in the template's order of result rows (the charts' groups). */
export const OUTCOMES = ['granted', 'partial', 'denied', 'unable', 'rejected', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];
