import { reviewTotalCheck } from './families/review-total';

export default reviewTotalCheck('litigation-direct-total', { 'zh-CN': '直接起诉合计', en: 'Direct litigation: total' });
