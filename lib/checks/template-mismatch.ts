import type { RowKey, Template } from '../model/keys';
import type { Check, CheckInput } from './types';
import type { Finding, Lang } from '../model/finding';

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

function run(input: CheckInput): Finding[] {
  const expected = templateForYear(input.meta.year);
  if (!expected) return [];
  const out: Finding[] = [];
  const table = tableTemplate(input);
  if (table && table !== expected) {
    out.push({
      check: 'template-mismatch',
      severity: 'warning',
      at: { section: 'applications' },
      expected: Number(expected),
      actual: Number(table),
      data: { part: 'applications', year: input.meta.year, expected, found: table },
    });
  }
  const two = input.sectionTwo?.template ?? null;
  if (two && two !== expected) {
    out.push({
      check: 'template-mismatch',
      severity: 'warning',
      at: {},
      expected: Number(expected),
      actual: Number(two),
      data: { part: 'section-two', year: input.meta.year, expected, found: two },
    });
  }
  return out;
}

function message(f: Finding, lang: Lang): string {
  const d = f.data ?? {};
  const year = typeof d.year === 'number' ? d.year : '';
  const expected = typeof d.expected === 'string' ? d.expected : String(f.expected ?? '');
  const found = typeof d.found === 'string' ? d.found : String(f.actual ?? '');
  if (d.part === 'section-two') {
    return lang === 'en'
      ? `Section two's table uses the ${found} template's columns; a report on ${year} should use the ${expected} template`
      : `第二部分表格采用 ${found} 年版格式的栏目，${year} 年度的年报应采用 ${expected} 年版格式`;
  }
  return lang === 'en'
    ? `Section three's table follows the ${found} template (“（六）其他处理” ${found === '2019' ? 'in one row' : 'in three rows'}); a report on ${year} should use the ${expected} template`
    : `第三部分表格采用 ${found} 年版格式（“（六）其他处理”${found === '2019' ? '为一行' : '分三行'}），${year} 年度的年报应采用 ${expected} 年版格式`;
}

const check: Check = {
  id: 'template-mismatch',
  name: { 'zh-CN': '模板不符', en: 'Template mismatch' },
  describes: {
    'zh-CN': '表格格式与年报年度不符（2019、2020年度用2019年版，2021年度起用2021年版）',
    en: 'The tables follow the other template than the report’s year calls for (2019 template for 2019–2020, 2021 template from 2021)',
  },
  run,
  message: { 'zh-CN': (f) => message(f, 'zh-CN'), en: (f) => message(f, 'en') },
};
export default check;
