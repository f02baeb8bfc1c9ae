import type { RowKey, Template } from '../model/keys';
import { defineCheck, type Draft } from './define';
import type { CheckInput } from './types';

/**
 * The table follows the other template than the report's year calls for: reports on 2019 and 2020
 * use the 2019 template (（六）其他处理 one row; section two 本年新制作数量 / 对外公开总数量),
 * reports on 2021 and later the 2021 one (（六）其他处理 in three rows; section two 本年制发件数 /
 * 现行有效件数 / 本年收费金额). Only what the page shows counts: a table whose （六） rows were not
 * read says nothing about its template.
 */

export function templateForYear(year: number | null): Template | null {
  if (year === null || year < 2019) return null;
  return year < 2021 ? '2019' : '2021';
}

const ROWS_2021: RowKey[] = ['other_overdue_correction', 'other_overdue_fee', 'other_misc'];

/** The template the section-three table shows by its （六）其他处理 rows, or null when it shows none. */
function tableTemplate(input: CheckInput): Template | null {
  const table = input.applications;
  if (!table) return null;
  const read = (row: RowKey) => table.labels[row] !== undefined || (table.cells[row]?.some((c) => c.status !== 'missing') ?? false);
  if (ROWS_2021.some(read)) return '2021';
  if (read('other_handling')) return '2019';
  return null;
}

/** Which table, the report's year and the template it calls for, and the template printed. */
export type TemplateMismatchData = { part: 'applications' | 'section-two'; year: number | null; expected: Template; found: Template };

function run(input: CheckInput): Draft<TemplateMismatchData>[] {
  const expected = templateForYear(input.meta.year);
  if (!expected) return [];
  const out: Draft<TemplateMismatchData>[] = [];
  const table = tableTemplate(input);
  if (table && table !== expected) {
    out.push({
      at: { section: 'applications' },
      expected: Number(expected),
      actual: Number(table),
      data: { part: 'applications', year: input.meta.year, expected, found: table },
    });
  }
  const two = input.sectionTwo?.template ?? null;
  if (two && two !== expected) {
    out.push({
      at: {},
      expected: Number(expected),
      actual: Number(two),
      data: { part: 'section-two', year: input.meta.year, expected, found: two },
    });
  }
  return out;
}

export default defineCheck({
  id: 'template-mismatch',
  severity: 'warning',
  name: { 'zh-CN': '模板不符', en: 'Template mismatch' },
  describes: {
    'zh-CN': '表格格式与年报年度不符（2019、2020年度用2019年版，2021年度起用2021年版）',
    en: 'The tables follow the other template than the report’s year calls for (2019 template for 2019–2020, 2021 template from 2021)',
  },
  run,
  pick: (f) => f.data.part,
  messages: {
    applications: {
      'zh-CN': ({ data: d }) =>
        `第三部分表格采用 ${d.found} 年版格式（“（六）其他处理”${d.found === '2019' ? '为一行' : '分三行'}），${d.year ?? ''} 年度的年报应采用 ${d.expected} 年版格式`,
      en: ({ data: d }) =>
        `Section three's table follows the ${d.found} template (“（六）其他处理” ${d.found === '2019' ? 'in one row' : 'in three rows'}); a report on ${d.year ?? ''} should use the ${d.expected} template`,
    },
    'section-two': {
      'zh-CN': ({ data: d }) => `第二部分表格采用 ${d.found} 年版格式的栏目，${d.year ?? ''} 年度的年报应采用 ${d.expected} 年版格式`,
      en: ({ data: d }) => `Section two's table uses the ${d.found} template's columns; a report on ${d.year ?? ''} should use the ${d.expected} template`,
    },
  },
});
