import { defineCheck } from './define';

export default defineCheck({
  id: 'review-unreadable',
  severity: 'warning',
  name: { 'zh-CN': '第四部分无法读取', en: 'Section four unreadable' },
  describes: { 'zh-CN': '第四部分（行政复议、行政诉讼）不是 15 个数字', en: 'Section four (review and litigation) does not hold 15 figures' },
  run: (input) =>
    input.review?.notes.length ? [{ at: { section: 'review' }, data: { found: input.review.cells.filter((c) => c.status !== 'missing').length } }] : [],
  messages: {
    default: {
      'zh-CN': () => '第四部分（行政复议、行政诉讼情况）应为 15 个数字，页面上的数量不符，读取可能有误',
      en: () => 'Section four (review and litigation) should hold 15 figures; the page has a different number',
    },
  },
});
