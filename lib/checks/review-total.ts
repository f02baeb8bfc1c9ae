import { reviewCheck } from '../report/review-findings';

export default reviewCheck('review-total');
