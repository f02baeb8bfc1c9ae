import { withRead } from './families/with-read';
import { APPLICANT_COLS, COL_KEYS, TOTAL_COL, type RowKey } from '../model/keys';
import { statedFigures, type FigureKind, type Meaning, type StatedFigure } from '../report/prose-figures';
import type { ApplicationsTable, ReviewTable } from '../report/types';
import type { FindingCell, Lang } from '../model/finding';
import { defineCheck, type Draft, type FindingOf } from './define';
import type { CheckInput } from './types';

/**
 * A figure stated in 一、总体情况 contradicts the tables. Only clear contradictions: a figure
 * is compared with everything its wording may mean (受理 N 件 may or may not count last year's
 * carried-over applications; a blank total is read as the sum of its row), and a kind of figure
 * that the prose states several times is reported only when none of them agrees (a figure read
 * from a clause about a part — 其中本级收到20件 — may agree, never contradict).
 */

/** What a row may be read as: its printed total, and the sum of its applicant columns. */
function rowValues(table: ApplicationsTable | null, row: RowKey): number[] {
  const values = table?.rows[row];
  const cells = table?.cells[row];
  if (!values || !cells || cells.every((c) => c.status === 'missing')) return [];
  const out: number[] = [];
  const total = values[TOTAL_COL];
  if (total !== null && total !== undefined) out.push(total);
  const applicants = APPLICANT_COLS.map((_, i) => values[i] ?? null);
  if (applicants.some((v) => v !== null)) out.push(applicants.reduce<number>((a, v) => a + (v ?? 0), 0));
  return [...new Set(out)];
}

function sums(a: number[], b: number[]): number[] {
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Section four: a group's printed total, and the sum of its four items. */
function reviewValues(review: ReviewTable | null, group: number): number[] {
  if (!review) return [];
  const items = review.values.slice(group * 5, group * 5 + 4);
  const total = review.values[group * 5 + 4];
  const out: number[] = [];
  if (total !== null && total !== undefined) out.push(total);
  if (items.some((v) => v !== null)) out.push(items.reduce<number>((a, v) => a + (v ?? 0), 0));
  return [...new Set(out)];
}

function meaningValues(input: CheckInput, meaning: Meaning): number[] {
  const t = input.applications;
  switch (meaning) {
    case 'new':
      return rowValues(t, 'new_received');
    case 'new+carried':
      return sums(rowValues(t, 'new_received'), rowValues(t, 'carried_over'));
    case 'results':
      return rowValues(t, 'results_total');
    case 'granted':
      return rowValues(t, 'granted');
    case 'granted+partial':
      return sums(rowValues(t, 'granted'), rowValues(t, 'partially_granted'));
    case 'partial':
      return rowValues(t, 'partially_granted');
    case 'carried_over':
      return rowValues(t, 'carried_over');
    case 'carried_forward':
      return rowValues(t, 'carried_forward');
    case 'review':
      return reviewValues(input.review, 0);
    case 'litigation': {
      const direct = reviewValues(input.review, 1);
      const after = reviewValues(input.review, 2);
      if (!direct.length && !after.length) return [];
      return [...new Set([...sums(direct.length ? direct : [0], after.length ? after : [0]), ...direct, ...after])];
    }
  }
}

const KIND_ROWS: Record<FigureKind, RowKey[]> = {
  received: ['new_received'],
  concluded: ['results_total'],
  granted: ['granted', 'partially_granted'],
  partially_granted: ['partially_granted'],
  carried_over: ['carried_over'],
  carried_forward: ['carried_forward'],
  review: [],
  litigation: [],
};

function cellsOf(input: CheckInput, kind: FigureKind): FindingCell[] {
  if (kind === 'review' || kind === 'litigation') {
    const groups = kind === 'review' ? [0] : [1, 2];
    const names = ['review', 'litigation_direct', 'litigation_after_review'] as const;
    return groups.map((g) => ({ row: names[g]!, col: 'total' as const, ref: input.review?.cells[g * 5 + 4]?.ref ?? null }));
  }
  const table = input.applications;
  return KIND_ROWS[kind].map((row) => {
    const cell = table?.cells[row]?.[TOTAL_COL];
    return withRead({ row, col: COL_KEYS[TOTAL_COL]!, ref: cell?.ref ?? null, raw: cell?.raw }, cell);
  });
}

/** The figure stated, what the table holds, everything its wording may mean, and the sentence. */
export type ProseVsTableData = {
  kind: FigureKind;
  stated: number;
  table: number;
  accepted: number[];
  means: Meaning[];
  quote: string;
  words: string;
};

function run(input: CheckInput): Draft<ProseVsTableData>[] {
  if (!input.applications && !input.review) return [];
  const figures = statedFigures(input.text?.sections[0] ?? null);
  const byKind = new Map<FigureKind, { figure: StatedFigure; accepted: number[] }[]>();
  for (const figure of figures) {
    const accepted = [...new Set(figure.means.flatMap((m) => meaningValues(input, m)))];
    if (!accepted.length) continue; // the table does not say: nothing to compare
    const list = byKind.get(figure.kind) ?? [];
    list.push({ figure, accepted });
    byKind.set(figure.kind, list);
  }
  const out: Draft<ProseVsTableData>[] = [];
  for (const [kind, list] of byKind) {
    if (list.some(({ figure, accepted }) => accepted.includes(figure.value))) continue;
    const seen = new Set<number>();
    for (const { figure, accepted } of list) {
      if (figure.part || seen.has(figure.value)) continue;
      seen.add(figure.value);
      const tableValue = meaningValues(input, figure.means[0]!)[0] ?? accepted[0]!;
      const row = KIND_ROWS[kind][0];
      out.push({
        at: row ? { row } : { section: 'review' },
        expected: tableValue,
        actual: figure.value,
        cells: cellsOf(input, kind),
        data: { kind, stated: figure.value, table: tableValue, accepted, means: figure.means, quote: figure.quote, words: figure.words },
      });
    }
  }
  return out;
}

const KIND_TEXT: Record<FigureKind, { 'zh-CN': string; en: string }> = {
  received: { 'zh-CN': '收到申请数', en: 'applications received' },
  concluded: { 'zh-CN': '办结数', en: 'applications concluded' },
  granted: { 'zh-CN': '予以公开数', en: 'applications granted' },
  partially_granted: { 'zh-CN': '部分公开数', en: 'applications partly granted' },
  carried_over: { 'zh-CN': '上年结转数', en: 'applications carried over' },
  carried_forward: { 'zh-CN': '结转下年度数', en: 'applications carried forward' },
  review: { 'zh-CN': '行政复议数', en: 'administrative reviews' },
  litigation: { 'zh-CN': '行政诉讼数', en: 'lawsuits' },
};

function message(f: FindingOf<ProseVsTableData>, lang: Lang): string {
  const { stated, table, quote } = f.data;
  const kind = KIND_TEXT[f.data.kind];
  if (lang === 'en') return `The overview states ${kind.en} as ${stated}, the table has ${table}${quote ? `: “${quote}”` : ''}`;
  return `总体情况所述${kind['zh-CN']}为 ${stated}，表格为 ${table}${quote ? `：“${quote}”` : ''}`;
}

export default defineCheck({
  id: 'prose-vs-table',
  severity: 'warning',
  name: { 'zh-CN': '正文与表格不符', en: 'Prose vs table' },
  describes: {
    'zh-CN': '总体情况中的数字（收到申请、予以公开、结转、行政复议、行政诉讼）与表格不一致',
    en: 'A figure in the overview (applications received, granted, carried forward, reviews, lawsuits) differs from the tables',
  },
  run,
  messages: { default: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') } },
});
