import type { ReportMeta } from '../page/metadata';
import type { Attachment } from '../page/detect';
import type { ApplicationsTable, ReviewTable } from '../report/types';
import type { ReportText } from '../report/sections';
import type { SectionTwo } from '../report/section-two';

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
