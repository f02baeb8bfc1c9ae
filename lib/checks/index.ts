import balance from './balance';
import blankCell from './blank-cell';
import carryOverContinuity from './carry-over-continuity';
import copiedNarrative from './copied-narrative';
import duplicateRow from './duplicate-row';
import litigationAfterReviewTotal from './litigation-after-review-total';
import litigationDirectTotal from './litigation-direct-total';
import missingRow from './missing-row';
import missingSection from './missing-section';
import ocrUncertain from './ocr-uncertain';
import placeholderCell from './placeholder-cell';
import pre2019Format from './pre-2019-format';
import proseVsTable from './prose-vs-table';
import publishDeadline from './publish-deadline';
import raggedRow from './ragged-row';
import resultsTotal from './results-total';
import reviewTotal from './review-total';
import reviewUnreadable from './review-unreadable';
import rowByPosition from './row-by-position';
import rowOrder from './row-order';
import rowTotal from './row-total';
import sectionTwoContinuity from './section-two-continuity';
import suspectCell from './suspect-cell';
import tableNotFound from './table-not-found';
import tableStructure from './table-structure';
import templateMismatch from './template-mismatch';
import textUnreadable from './text-unreadable';
import unmatchedRow from './unmatched-row';
import unparsedCell from './unparsed-cell';
import yearMismatch from './year-mismatch';
import type { Check } from './define';
import type { Finding } from '../model/finding';

/** Every check, sorted by id. A test keeps this list and the folder in step. */
export const CHECKS = [
  balance,
  blankCell,
  carryOverContinuity,
  copiedNarrative,
  duplicateRow,
  litigationAfterReviewTotal,
  litigationDirectTotal,
  missingRow,
  missingSection,
  ocrUncertain,
  placeholderCell,
  pre2019Format,
  proseVsTable,
  publishDeadline,
  raggedRow,
  resultsTotal,
  reviewTotal,
  reviewUnreadable,
  rowByPosition,
  rowOrder,
  rowTotal,
  sectionTwoContinuity,
  suspectCell,
  tableNotFound,
  tableStructure,
  templateMismatch,
  textUnreadable,
  unmatchedRow,
  unparsedCell,
  yearMismatch,
] as const satisfies readonly Check[];

export type AnyCheck = (typeof CHECKS)[number];
export type CheckId = AnyCheck['id'];
/** The data a finding of the given check carries, as that check declares it. */
export type DataOf<Id extends CheckId> = Extract<AnyCheck, { id: Id }> extends Check<Id, infer D> ? D : never;

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c): [string, Check] => [c.id, c]));

/** A finding's data, typed, when the finding is of the given check (null otherwise). */
export function dataOf<Id extends CheckId>(f: Finding, id: Id): DataOf<Id> | null {
  if (f.check !== id) return null;
  // A finding stored without its data (an older version, a hand edit) has none to give.
  return (CHECKS_BY_ID.get(id) as Check<Id, DataOf<Id>>).dataOf(f) ?? null;
}

/** Checks whose findings are arithmetic on section three's figures: not run on a table the text reader could not rebuild with confidence. */
export const BUILT_ON_FIGURES: ReadonlySet<string> = new Set<CheckId>([
  'row-total',
  'results-total',
  'balance',
  'suspect-cell',
  'carry-over-continuity',
  'prose-vs-table',
]);

/**
 * Checks that read the report's text (its sections, its sentences, section two): on a live page
 * they run after the table's, in idle time, so the marks and the pill do not wait for the prose
 * (issue 18). The rest read only the page's metadata and its tables.
 */
export const PROSE_CHECKS: ReadonlySet<string> = new Set<CheckId>([
  'copied-narrative',
  'missing-section',
  'prose-vs-table',
  'publish-deadline',
  'section-two-continuity',
  'template-mismatch',
  'year-mismatch',
]);

/** The three identities of section three: their findings carry both sides' cells. */
export const IDENTITY_CHECKS: ReadonlySet<string> = new Set<CheckId>(['row-total', 'results-total', 'balance']);

/** An identity finding's data (both sides' values, the summed cells), or null for any other finding. */
export function identityData(f: Finding): DataOf<'row-total'> | null {
  return dataOf(f, 'row-total') ?? dataOf(f, 'results-total') ?? dataOf(f, 'balance');
}

/** A cell-status finding's data (its whole columns), or null for any other finding. */
export function cellStatusData(f: Finding): DataOf<'blank-cell'> | null {
  return dataOf(f, 'blank-cell') ?? dataOf(f, 'placeholder-cell') ?? dataOf(f, 'unparsed-cell');
}

/** The sentence of the report a finding quotes (the year named, the figure stated), or null. */
export function quoteOf(f: Finding): string | null {
  return dataOf(f, 'year-mismatch')?.quote ?? dataOf(f, 'prose-vs-table')?.quote ?? null;
}
