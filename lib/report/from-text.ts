import { gridFromRows } from '../grid/from-text';
import { readApplications } from './applications';
import { readReview } from './review';
import { rebuildRows, type Doubt } from './text-layout';
import { reviewByHeadings } from './text-review';
import { isCellText, splitTextSections, textToRows } from './text-rows';
import type { ApplicationsTable, ReadNote, ReviewTable } from './types';

export interface TextTables {
  title: string;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
  /** The rows read from the text, for showing what was read. t = 0 section three, 1 section four. */
  rows: string[][][];
}

export interface TextOptions {
  /**
   * Rebuild section three from text laid out for the eye (a PDF tool's output) when it is not
   * cut into cells by tabs or lines. Off for a page's own text (a flattened table reads as a stream).
   */
  layout?: boolean;
}

/** Notes that, in a table rebuilt from text, mean the rebuild went wrong rather than the report. */
const MISREAD: ReadNote['kind'][] = ['unmatched-row', 'missing-row', 'ragged-row', 'duplicate-row', 'row-order'];

export function readTextTables(text: string, year: number | null, options: TextOptions = {}): TextTables {
  const sections = splitTextSections(text);
  const lines = sections.applications;
  const rebuilt = lines && options.layout && !isCellText(lines) ? rebuildRows(lines) : null;
  const appRows = rebuilt ? rebuilt.rows : lines ? textToRows(lines) : [];
  const reviewRows = sections.review ? textToRows(sections.review) : [];
  let applications: ApplicationsTable | null = null;
  if (appRows.length) {
    const grid = gridFromRows(appRows);
    if (rebuilt) grid.read = 'text';
    applications = readApplications([{ t: 0, grid }], year, rebuilt?.hints ?? []);
  }
  if (applications && rebuilt) judgeRebuild(applications, rebuilt.doubts);
  let review = reviewRows.length ? readReview(gridFromRows(reviewRows), 1) : null;
  // Blank cells of section four placed by its column headings, in text laid out by position.
  const byHeadings = review && options.layout && review.notes.length && sections.review ? reviewByHeadings(sections.review) : null;
  if (byHeadings) review = readReview(gridFromRows([byHeadings]), 1);
  // Section four out of a PDF tool without its 15 figures in order: no sums on a guess (review-unreadable says so).
  if (review && options.layout && (review.notes.length || !contiguousFigures(reviewRows))) {
    review = {
      ...review,
      values: review.values.map(() => null),
      cells: review.cells.map(() => ({ value: null, status: 'missing' as const, raw: '', ref: null })),
    };
  }
  return { title: sections.title, applications, review, rows: [appRows, reviewRows] };
}

/** A rebuild with doubts, or whose rows did not fall into place, is not read with confidence. */
function judgeRebuild(table: ApplicationsTable, doubts: Doubt[]): void {
  const reasons = doubts.map(doubtCode);
  for (const kind of MISREAD) {
    const n = table.notes.filter((note) => note.kind === kind).length;
    if (n) reasons.push(`${kind}:${n}`);
  }
  if (!reasons.length) return;
  table.reliable = false;
  table.notes.push({ kind: 'text-unreliable', reasons: [...new Set(reasons)] });
}

function doubtCode(d: Doubt): string {
  if (d.kind === 'run') return `run:${d.figures}`;
  if (d.kind === 'blank-place') return `blank-place:${d.figures}`;
  return `too-many:${d.figures}`;
}

/** Whether the rows holding figures follow one another: headings printed between them mean the order is the tool's, not the table's. */
function contiguousFigures(rows: string[][]): boolean {
  const at = rows.map((r, i) => (r.some((c) => /^\s*\d+\s*$/.test(c)) ? i : -1)).filter((i) => i >= 0);
  return at.length === 0 || at[at.length - 1]! - at[0]! + 1 === at.length;
}
