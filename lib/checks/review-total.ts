import { reviewTotalCheck } from './families/review-total';

export default reviewTotalCheck('review-total', { 'zh-CN': '行政复议合计', en: 'Review total' });
