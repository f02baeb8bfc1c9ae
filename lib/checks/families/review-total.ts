import { REVIEW_GROUPS } from '../../model/keys';
import { diffText, sumText } from '../../i18n/words';
import { defineCheck, type Check, type Draft } from '../define';
import type { CheckInput } from '../types';

type ReviewGroupCheck = (typeof REVIEW_GROUPS)[number]['check'];
/** The four outcomes' printed values, in the order of the formula. */
export type ReviewTotalData = { left: number[] };

/** Section four, one group of five: the four outcomes add up to the group's total. */
function reviewFindings(input: CheckInput, check: ReviewGroupCheck): Draft<ReviewTotalData>[] {
  const review = input.review;
  if (!review) return [];
  const group = REVIEW_GROUPS.find((x) => x.check === check)!;
  const parts = review.values.slice(group.offset, group.offset + 4).map((v) => v ?? 0);
  const total = review.values[group.offset + 4] ?? 0;
  const expected = parts.reduce((a, b) => a + b, 0);
  if (expected === total) return [];
  return [
    {
      at: {},
      expected,
      actual: total,
      cells: [{ row: group.key, col: 'total', ref: review.cells[group.offset + 4]?.ref ?? null }],
      data: { left: parts },
    },
  ];
}

/** The three section-four checks differ only in their group; each check file names its own. */
export function reviewTotalCheck<const Id extends ReviewGroupCheck>(id: Id, name: Check['name']): Check<Id, ReviewTotalData> {
  const group = REVIEW_GROUPS.find((x) => x.check === id)!;
  return defineCheck({
    id,
    severity: 'error',
    name,
    describes: {
      'zh-CN': `第四部分 ${group.zh}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`,
      en: `Section four, ${group.en}: upheld + corrected + other + pending = total`,
    },
    messages: {
      default: {
        'zh-CN': (f) => `${group.zh}·总计：维持、纠正、其他、尚未审结之和 ${sumText(f.data.left)} ≠ 页面 ${f.actual}${diffText(f, 'zh-CN')}`,
        en: (f) => `${group.en} / total: upheld, corrected, other and pending sum to ${sumText(f.data.left)} ≠ printed ${f.actual}${diffText(f, 'en')}`,
      },
    },
    run: (input) => reviewFindings(input, id),
  });
}
