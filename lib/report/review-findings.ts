import { REVIEW_GROUPS } from '../model/keys';
import type { Check, CheckInput } from '../checks/types';
import type { Finding } from '../model/finding';
import type { ReviewGroup, ReviewItem } from '../model/keys';
import { diffText, sumText } from '../i18n/words';

export const REVIEW_GROUP_KEYS: ReviewGroup[] = ['review', 'litigation_direct', 'litigation_after_review'];
export const REVIEW_ITEM_KEYS: ReviewItem[] = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Section four, one group of five: the four outcomes add up to the group's total. */
export function reviewFindings(input: CheckInput, check: (typeof REVIEW_GROUPS)[number]['check']): Finding[] {
  const review = input.review;
  if (!review) return [];
  const g = REVIEW_GROUPS.findIndex((x) => x.check === check);
  const offset = REVIEW_GROUPS[g]!.offset;
  const parts = review.values.slice(offset, offset + 4).map((v) => v ?? 0);
  const total = review.values[offset + 4] ?? 0;
  const expected = parts.reduce((a, b) => a + b, 0);
  if (expected === total) return [];
  return [
    {
      check,
      severity: 'error',
      at: {},
      expected,
      actual: total,
      cells: [{ row: REVIEW_GROUP_KEYS[g]!, col: 'total', ref: review.cells[offset + 4]?.ref ?? null }],
      data: { left: parts },
    },
  ];
}

/** The three section-four checks differ only in their group; each check file names its own. */
export function reviewCheck(id: (typeof REVIEW_GROUPS)[number]['check']): Check {
  const group = REVIEW_GROUPS.find((x) => x.check === id)!;
  const names = {
    'review-total': { 'zh-CN': '行政复议合计', en: 'Review total' },
    'litigation-direct-total': { 'zh-CN': '直接起诉合计', en: 'Direct litigation: total' },
    'litigation-after-review-total': { 'zh-CN': '复议后起诉合计', en: 'Litigation after review: total' },
  } as const;
  return {
    id,
    name: names[id],
    describes: {
      'zh-CN': `第四部分 ${group.zh}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`,
      en: `Section four, ${group.en}: upheld + corrected + other + pending = total`,
    },
    run: (input) => reviewFindings(input, id),
    message: {
      'zh-CN': (f) => `${group.zh}·总计：维持、纠正、其他、尚未审结之和 ${sumText(f.data?.left)} ≠ 页面 ${f.actual}${diffText(f, 'zh-CN')}`,
      en: (f) => `${group.en} / total: upheld, corrected, other and pending sum to ${sumText(f.data?.left)} ≠ printed ${f.actual}${diffText(f, 'en')}`,
    },
  };
}
