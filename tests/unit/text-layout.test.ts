import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/audit';
import type { AuditResult } from '../../lib/model/schema';

/**
 * Section three rebuilt from text a PDF tool laid out (lib/report/text-layout.ts), on crafted
 * text of the shapes pdftotext gives: whole blank columns over a page break that squeezes the
 * spacing, rows printed without a figure, a page's labels printed before its figures, a table
 * read in two blocks of columns. Each either reads exactly or says it cannot (text-unreadable),
 * never arithmetic on a guess.
 */

const ROWS_2021: [string, string][] = [
  ['new_received', '一、本年新收政府信息公开申请数量'],
  ['carried_over', '二、上年结转政府信息公开申请数量'],
  ['granted', '（一）予以公开'],
  ['partially_granted', '（二）部分公开'],
  ['denied_state_secret', '1.属于国家秘密'],
  ['denied_prohibited_by_law', '2.其他法律行政法规禁止公开'],
  ['denied_three_safeties', '3.危及“三安全一稳定”'],
  ['denied_third_party', '4.保护第三方合法权益'],
  ['denied_internal_affairs', '5.属于三类内部事务信息'],
  ['denied_process_info', '6.属于四类过程性信息'],
  ['denied_enforcement_file', '7.属于行政执法案卷'],
  ['denied_admin_query', '8.属于行政查询事项'],
  ['unable_no_info', '1.本机关不掌握相关政府信息'],
  ['unable_need_creation', '2.没有现成信息需要另行制作'],
  ['unable_unclear', '3.补正后申请内容仍不明确'],
  ['rejected_complaint', '1.信访举报投诉类申请'],
  ['rejected_duplicate', '2.重复申请'],
  ['rejected_publication', '3.要求提供公开出版物'],
  ['rejected_excessive', '4.无正当理由大量反复申请'],
  ['rejected_confirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ['other_overdue_correction', '1.申请人无正当理由逾期不补正'],
  ['other_overdue_fee', '2.申请人逾期未按收费通知要求缴纳费用'],
  ['other_misc', '3.其他'],
  ['results_total', '（七）总计'],
  ['carried_forward', '四、结转下年度继续办理'],
];

/** Natural person and total only, as a small office prints: the other five columns blank throughout. */
const TWO_COLUMNS: Record<string, [number, number]> = Object.fromEntries(
  ROWS_2021.map(([k]) => [
    k,
    (
      {
        new_received: [5, 5],
        carried_over: [1, 1],
        granted: [3, 3],
        partially_granted: [1, 1],
        unable_no_info: [1, 1],
        results_total: [5, 5],
        carried_forward: [1, 1],
      } as Record<string, [number, number]>
    )[k] ?? [0, 0],
  ]),
);

/** A line with each text at its column (columns count characters, as pdftotext -layout does). */
function at(...parts: [number, string][]): string {
  let line = '';
  for (const [col, text] of parts) line = line.padEnd(col, ' ') + (line.length > col ? ' ' : '') + text;
  return line;
}

function doc(table: string[], review = ['5 0 0 0 5 1 0 0 0 1 0 0 0 0 0']): string {
  return [
    '示例局2023年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ...table,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...review,
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n');
}

const HEADINGS = at([30, '自然'], [34, '商业'], [38, '科研'], [42, '社会'], [46, '法律'], [50, '其他'], [54, '总计']);

function audit(text: string): AuditResult {
  return auditText(text, { source: 'crafted.txt' }).result;
}

const checks = (r: AuditResult) => r.findings.map((f) => f.check);
const ARITHMETIC = ['row-total', 'results-total', 'balance', 'suspect-cell'];

function expectTwoColumns(r: AuditResult) {
  expect(checks(r)).not.toContain('text-unreadable');
  for (const [key] of ROWS_2021) {
    const [a, t] = TWO_COLUMNS[key]!;
    expect(r.tables.applications?.rows[key], key).toEqual([a, null, null, null, null, null, t]);
  }
  expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
}

describe('pdftotext -layout: whole blank columns', () => {
  const pageOne = ROWS_2021.slice(0, 12).map(([k, label]) => at([0, label], [30, String(TWO_COLUMNS[k]![0])], [54, String(TWO_COLUMNS[k]![1])]));
  // The next page squeezed: the same two columns, five characters apart, and no headings.
  const pageTwo = ROWS_2021.slice(12).map(([k, label]) => at([4, label], [36, String(TWO_COLUMNS[k]![0])], [41, String(TWO_COLUMNS[k]![1])]));

  it('places the figures by the headings, and on the next page by the columns the page before used', () => {
    const text = doc([HEADINGS, '', '', '', ...pageOne, '\f' + pageTwo[0], ...pageTwo.slice(1)]);
    expectTwoColumns(audit(text));
  });

  it('a first page without headings cannot tell which applicant column is printed', () => {
    const r = audit(doc(['', '', '', ...pageOne, '\f' + pageTwo[0], ...pageTwo.slice(1)]));
    expect(checks(r)).toContain('text-unreadable');
    expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
  });

  it('a next page that prints another number of figures in some rows is not guessed', () => {
    const odd = pageTwo.slice();
    odd[3] = at([4, ROWS_2021[15]![1]], [36, '0'], [38, '2'], [41, '2']);
    const r = audit(doc([HEADINGS, '', '', '', ...pageOne, '\f' + odd[0], ...odd.slice(1)]));
    expect(checks(r)).toContain('text-unreadable');
    expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
  });
});

describe('pdftotext -layout: rows printed without a figure', () => {
  const FULL = [30, 34, 38, 42, 46, 50, 54];
  const row = (label: string, values: number[]) => at([0, label], ...values.map((v, i) => [FULL[i]!, String(v)] as [number, string]));
  const zero = [0, 0, 0, 0, 0, 0, 0];

  it('numbered labels with no figures between figure lines are rows of blank cells', () => {
    const lines = ROWS_2021.map(([k, label]) => {
      if (k === 'new_received' || k === 'results_total' || k === 'granted') return row(label, [5, 0, 0, 0, 0, 0, 5]);
      if (k === 'denied_three_safeties' || k === 'denied_third_party' || k === 'rejected_excessive') return at([4, label]);
      return row(label, zero);
    });
    const r = audit(doc([HEADINGS, '', '', '', ...lines]));
    expect(checks(r)).not.toContain('text-unreadable');
    for (const k of ['denied_three_safeties', 'denied_third_party', 'rejected_excessive'])
      expect(r.tables.applications?.rows[k], k).toEqual([null, null, null, null, null, null, null]);
    expect(r.tables.applications?.rows.denied_internal_affairs).toEqual(zero);
    expect(r.findings.find((f) => f.check === 'blank-cell')?.cells?.map((c) => c.row)).toContain('denied_third_party');
  });

  it('（六）其他处理 printed alone above its three rows is their group, not a blank row', () => {
    const lines = ROWS_2021.flatMap(([k, label]) => {
      const printed = k === 'new_received' || k === 'results_total' || k === 'granted' ? row(label, [5, 0, 0, 0, 0, 0, 5]) : row(label, zero);
      return k === 'other_overdue_correction' ? [at([0, '（六）其他处理']), printed] : [printed];
    });
    const r = audit(doc([HEADINGS, '', '', '', ...lines]));
    expect(checks(r)).not.toContain('text-unreadable');
    expect(Object.keys(r.tables.applications?.rows ?? {})).not.toContain('other_handling');
    expect(r.tables.applications?.rows.other_misc).toEqual(zero);
  });
});

describe('pdftotext without -layout', () => {
  const values = (k: string) => (k === 'new_received' || k === 'results_total' || k === 'granted' ? [5, 0, 0, 0, 0, 0, 5] : [0, 0, 0, 0, 0, 0, 0]);
  const head = ROWS_2021.slice(0, 2);
  const results = ROWS_2021.slice(2, 24);
  const tail = ROWS_2021.slice(24);
  const plain = (rows: [string, string][]) => rows.flatMap(([k, label]) => [label, ...values(k).map(String)]);

  it('a page whose labels come before its figures: n labels and n rows of figures pair in order', () => {
    const r = audit(doc([...plain(head), ...results.map(([, l]) => l), ...results.flatMap(([k]) => values(k).map(String)), ...plain(tail)]));
    expect(checks(r)).not.toContain('text-unreadable');
    for (const [k] of ROWS_2021) expect(r.tables.applications?.rows[k], k).toEqual(values(k));
  });

  it('one label fewer than the rows of figures: not paired, and said so', () => {
    const labels = results.map(([, l]) => l).filter((_, i) => i !== 5);
    const r = audit(doc([...plain(head), ...labels, ...results.flatMap(([k]) => values(k).map(String)), ...plain(tail)]));
    expect(checks(r)).toContain('text-unreadable');
    expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
  });

  it('a table read in two blocks of columns: each row’s first figures by its label, the rest in one run row by row', () => {
    const rest = head.flatMap(([k]) => values(k).slice(2).map(String));
    const lines = [
      ...head.flatMap(([k, label]) => [label, ...values(k).slice(0, 2).map(String)]),
      '社会',
      '法律',
      '公益',
      '服务',
      ...rest,
      ...plain([...results, ...tail]),
    ];
    const r = audit(doc(lines));
    expect(checks(r)).not.toContain('text-unreadable');
    for (const [k] of ROWS_2021) expect(r.tables.applications?.rows[k], k).toEqual(values(k));
  });

  it('two blocks of columns whose counts do not add up are not guessed', () => {
    const rest = head.flatMap(([k]) => values(k).slice(2).map(String)).slice(1);
    const lines = [...head.flatMap(([k, label]) => [label, ...values(k).slice(0, 2).map(String)]), '社会', '法律', ...rest, ...plain([...results, ...tail])];
    const r = audit(doc(lines));
    expect(checks(r)).toContain('text-unreadable');
    expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
  });

  it('whole blank columns without positions cannot be placed', () => {
    const lines = ROWS_2021.flatMap(([k, label]) => [label, ...TWO_COLUMNS[k]!.map(String)]);
    const r = audit(doc(lines));
    expect(checks(r)).toContain('text-unreadable');
    expect(checks(r).filter((c) => ARITHMETIC.includes(c))).toEqual([]);
  });
});

describe('pdftotext -layout: section four with blank cells', () => {
  const headings = [
    at([0, '行政复议'], [22, '行政诉讼']),
    at([22, '未经复议直接起诉'], [41, '复议后起诉']),
    at([0, '结果'], [5, '结果'], [10, '其他'], [15, '尚未'], [20, '总']),
    at(
      [0, '维持'],
      [5, '纠正'],
      [10, '结果'],
      [15, '审结'],
      [20, '计'],
      [22, '结果'],
      [25, '结果'],
      [28, '其他'],
      [33, '尚未'],
      [39, '总'],
      [41, '结果'],
      [44, '结果'],
      [49, '其他'],
      [58, '尚未'],
      [63, '总'],
    ),
  ];
  const FULL = [30, 34, 38, 42, 46, 50, 54];
  const table = ROWS_2021.map(([k, label]) =>
    at(
      [0, label],
      ...(k === 'new_received' || k === 'results_total' || k === 'granted' ? [5, 0, 0, 0, 0, 0, 5] : [0, 0, 0, 0, 0, 0, 0]).map(
        (v, i) => [FULL[i]!, String(v)] as [number, string],
      ),
    ),
  );

  it('places the figures under their headings', () => {
    const r = audit(doc([HEADINGS, '', '', '', ...table], [...headings, at([0, '5'], [15, '2'], [20, '7'], [22, '8'], [33, '1'], [39, '9'])]));
    expect(r.tables.reviewLitigation?.values).toEqual([5, null, null, 2, 7, 8, null, null, 1, 9, null, null, null, null, null]);
  });

  it('a figure between two headings leaves section four unread', () => {
    const r = audit(doc([HEADINGS, '', '', '', ...table], [...headings, at([0, '5'], [17, '2'], [20, '7'], [22, '8'], [33, '1'], [39, '9'])]));
    expect(r.tables.reviewLitigation?.values.every((v) => v === null)).toBe(true);
    expect(checks(r)).toContain('review-unreadable');
  });
});
