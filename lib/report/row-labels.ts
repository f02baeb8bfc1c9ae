import type { ColKey, RowKey } from '../model/keys';
import { labelKey } from '../text/normalize';

/** Label parts of one table row (the distinct non-empty label cells, left to right). */
type Parts = readonly string[];

const NUMBERING = /^(?:[0-9]+|[一二三四五六七八九十]+)/;

function bare(key: string): string {
  return key.replace(NUMBERING, '');
}

// Each result row by the words only it carries. Ordered: the first match wins.
const RESULT_PATTERNS: [RegExp, RowKey][] = [
  [/部分公开/, 'partially_granted'],
  [/予以公开/, 'granted'],
  [/国家秘密/, 'denied_state_secret'],
  [/法律.*法规.*禁止|禁止公开/, 'denied_prohibited_by_law'],
  [/三安全|一稳定|危及/, 'denied_three_safeties'],
  [/第三方/, 'denied_third_party'],
  [/内部事务|内容事务|内部事物|三类内部/, 'denied_internal_affairs'],
  [/过程性|四类过程/, 'denied_process_info'],
  [/执法案卷/, 'denied_enforcement_file'],
  [/查询事项|行政查询/, 'denied_admin_query'],
  [/不掌握/, 'unable_no_info'],
  [/另行制作|没有现成/, 'unable_need_creation'],
  [/不明确/, 'unable_unclear'],
  [/信访|举报|投诉/, 'rejected_complaint'],
  [/重复申请/, 'rejected_duplicate'],
  [/出版物/, 'rejected_publication'],
  [/大量反复|反复申请/, 'rejected_excessive'],
  [/确认或重新|重新出具|要求行政机关确认/, 'rejected_confirmation'],
  [/不补正|逾期不补/, 'other_overdue_correction'],
  [/缴纳费用|收费通知|缴费/, 'other_overdue_fee'],
];

function matchResult(key: string): RowKey | null {
  for (const [pattern, row] of RESULT_PATTERNS) if (pattern.test(key)) return row;
  const b = bare(key);
  // 3.其他 is the 2021 template's last （六） row; （六）其他 (numbered as a group) is the 2019 template's one row.
  if (b === '其他') return /^六/.test(key) ? 'other_handling' : 'other_misc';
  if (b === '其他处理') return 'other_handling';
  if (b === '总计' || b === '合计') return 'results_total';
  return null;
}

const COLUMN_WORDS: [RegExp, ColKey][] = [
  [/^自然人$/, 'natural_person'],
  [/^商业企业$/, 'commercial'],
  [/^科研机构$/, 'research'],
  [/^社会公益组织$/, 'social_welfare'],
  [/^法律服务机构$/, 'legal_service'],
  [/^其他$/, 'other_org'],
  [/^总计$|^合计$/, 'total'],
];

/** The column a header cell names, if any. */
export function matchColumnHeader(text: string): ColKey | null {
  const key = labelKey(text);
  for (const [pattern, col] of COLUMN_WORDS) if (pattern.test(key)) return col;
  return null;
}

/** Whether a row's label parts are the column headings rather than a data row's label. */
export function isHeaderRow(parts: Parts): boolean {
  let named = 0;
  for (const part of parts) if (matchColumnHeader(part) && matchColumnHeader(part) !== 'total') named++;
  return named >= 2 || parts.some((p) => /申请人情况|法人或其他组织/.test(labelKey(p)));
}

/**
 * The row key a data row's label names, or null. The last part is the most specific
 * (a sub-item under its group); the joined parts serve labels split across cells.
 */
export function matchRowLabel(parts: Parts): RowKey | null {
  if (parts.length === 0) return null;
  const keys = parts.map(labelKey);
  const all = keys.join('');
  if (/结转下年度|下年度继续办理|结转下一年度|转下年度/.test(all)) return 'carried_forward';
  if (/上年结转|上年度结转|上一年度?结转/.test(all)) return 'carried_over';
  if (/新收/.test(all)) return 'new_received';
  const last = keys[keys.length - 1]!;
  const fromLast = matchResult(last);
  if (fromLast) return fromLast;
  // A label split over two cells (Word page breaks split merged cells too).
  if (keys.length >= 2) return matchResult(keys.slice(-2).join(''));
  return null;
}
