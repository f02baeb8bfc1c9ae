import { gridFromRows } from '../grid/from-text';
import { readApplications } from './applications';
import { readReview } from './review';
import { splitTextSections, textToRows } from './text-rows';
import type { ApplicationsTable, ReviewTable } from './types';

export interface TextTables {
  title: string;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
  /** The rows read from the text, for showing what was read. t = 0 section three, 1 section four. */
  rows: string[][][];
}

export function readTextTables(text: string, year: number | null): TextTables {
  const sections = splitTextSections(text);
  const appRows = sections.applications ? textToRows(sections.applications) : [];
  const reviewRows = sections.review ? textToRows(sections.review) : [];
  const applications = appRows.length ? readApplications([{ t: 0, grid: gridFromRows(appRows) }], year) : null;
  const review = reviewRows.length ? readReview(gridFromRows(reviewRows), 1) : null;
  return { title: sections.title, applications, review, rows: [appRows, reviewRows] };
}
