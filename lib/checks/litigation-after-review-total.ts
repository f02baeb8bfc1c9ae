import { reviewCheck } from '../report/review-findings';

export default reviewCheck('litigation-after-review-total');
