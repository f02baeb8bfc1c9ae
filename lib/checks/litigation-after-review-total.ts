import { reviewTotalCheck } from './families/review-total';

export default reviewTotalCheck('litigation-after-review-total', { 'zh-CN': '复议后起诉合计', en: 'Litigation after review: total' });
