import type { PdfBox } from '../pdf/types';
import type { ColKey, RowKey } from '../model/keys';
import type { ReportMeta } from '../page/metadata';
import type { Attachment } from '../page/detect';
import type { ApplicationsTable, CellRef, ReviewTable } from '../report/types';
import type { ReportText } from '../report/sections';
import type { SectionTwo } from '../report/section-two';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en';

/** Section four's cells: group and item. */
export type ReviewGroup = 'review' | 'litigation_direct' | 'litigation_after_review';
export type ReviewItem = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export interface FindingCell {
  row: RowKey | ReviewGroup;
  col: ColKey | ReviewItem;
  /** Where the cell is on the page's grid (null when the page lacks it). */
  ref?: CellRef | null;
  raw?: string;
  /** Where a PDF printed the cell (reports audited from a PDF attachment). */
  pdf?: PdfBox[];
  /** Read with less than full confidence (SPEC.md §3): its row taken by position, or rebuilt from text. */
  read?: 'structure' | 'text' | 'ocr';
}

/** Plain JSON: sentences are made from `check` + `data` at the edge, in the reader's language. */
export interface Finding {
  check: string;
  severity: Severity;
  at: { row?: RowKey; col?: ColKey; section?: 'applications' | 'review' };
  expected?: number | null;
  actual?: number | null;
  cells?: FindingCell[];
  data?: Record<string, unknown>;
  message?: string;
  /** For a PDF: where the sentence the finding quotes was printed. */
  pdf?: PdfBox[];
}

/** What is remembered of an agency's report of another year: enough for the continuity checks. */
export interface PreviousReport {
  year: number;
  agency: string | null;
  source: string;
  /** Its 四、结转下年度继续办理 row (7 values), or null when it had no table. */
  carriedForward: (number | null)[] | null;
  sectionTwo: SectionTwo | null;
  /** Its 一、总体情况 and 五、存在的主要问题及改进情况 text. */
  overview: string | null;
  problems: string | null;
}

export interface CheckInput {
  meta: ReportMeta;
  template: '2019' | '2021' | null;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
  attachments: Attachment[];
  /** The report's text cut at its six headings; null when there is no text to read. */
  text: ReportText | null;
  sectionTwo: SectionTwo | null;
  /** Last year's report of the same agency, when known. */
  previous: PreviousReport | null;
}

export interface Check {
  id: string;
  /** A short name for people: the check column of the copies and the CSV (ids stay in the JSON). */
  name: { 'zh-CN': string; en: string };
  /** What the check looks at, for the settings page and the README. */
  describes: { 'zh-CN': string; en: string };
  run(input: CheckInput): Finding[];
  message: Record<Lang, (finding: Finding) => string>;
}
