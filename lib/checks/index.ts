import balance from './balance';
import blankCell from './blank-cell';
import duplicateRow from './duplicate-row';
import litigationAfterReviewTotal from './litigation-after-review-total';
import litigationDirectTotal from './litigation-direct-total';
import missingRow from './missing-row';
import placeholderCell from './placeholder-cell';
import pre2019Format from './pre-2019-format';
import raggedRow from './ragged-row';
import resultsTotal from './results-total';
import reviewTotal from './review-total';
import reviewUnreadable from './review-unreadable';
import rowTotal from './row-total';
import suspectCell from './suspect-cell';
import tableNotFound from './table-not-found';
import tableStructure from './table-structure';
import unmatchedRow from './unmatched-row';
import unparsedCell from './unparsed-cell';
import type { Check } from './types';

/** Every check, sorted by id. A test keeps this list and the folder in step. */
export const CHECKS: readonly Check[] = [
  balance,
  blankCell,
  duplicateRow,
  litigationAfterReviewTotal,
  litigationDirectTotal,
  missingRow,
  placeholderCell,
  pre2019Format,
  raggedRow,
  resultsTotal,
  reviewTotal,
  reviewUnreadable,
  rowTotal,
  suspectCell,
  tableNotFound,
  tableStructure,
  unmatchedRow,
  unparsedCell,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c) => [c.id, c]));
