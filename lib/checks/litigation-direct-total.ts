import { reviewCheck } from '../report/review-findings';

export default reviewCheck('litigation-direct-total');
