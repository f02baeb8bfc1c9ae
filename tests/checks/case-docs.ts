import type { RowKey } from '../../lib/model/keys';

/**
 * A trimmed report page for the tester's inline cases: the markup of tests/fixtures/samples/
 * sample-report.html cut down to the six headings and their tables, with the figures of
 * pages/pingtan_2025.html (consistent: 154 new + 0 carried over = 148 concluded + 6 carried
 * forward). A case changes what it is about (a row dropped, doubled, swapped or ragged; a cell;
 * section four; the prose) and leaves the rest a report the checks stay silent on.
 */

type Figure = string | number;

/** A row of section three as printed: its label, the group cell above it (（三）不予公开…), its cells. */
export interface PrintedRow {
  key: RowKey | null;
  label: string;
  group?: string;
  /** Under 三、本年度办理结果. */
  result?: boolean;
  cells: Figure[];
}

const G3 = '（三）不予公开';
const G4 = '（四）无法提供';
const G5 = '（五）不予处理';
const G6 = '（六）其他处理';

/** Section three of pingtan_2025 on the 2021 template, row by row. */
export function rows2021(): PrintedRow[] {
  const r = (key: RowKey, label: string, cells: Figure[], group?: string, result = true): PrintedRow => ({ key, label, group, result, cells });
  return [
    r('new_received', '一、本年新收政府信息公开申请数量', [151, 3, 0, 0, 0, 0, 154], undefined, false),
    r('carried_over', '二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0], undefined, false),
    r('granted', '（一）予以公开', [33, 0, 0, 0, 0, 0, 33]),
    r('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [38, 0, 0, 0, 0, 0, 38]),
    r('denied_state_secret', '1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0], G3),
    r('denied_prohibited_by_law', '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0], G3),
    r('denied_three_safeties', '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0], G3),
    r('denied_third_party', '4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0], G3),
    r('denied_internal_affairs', '5.属于三类内部事务信息', [3, 0, 0, 0, 0, 0, 3], G3),
    r('denied_process_info', '6.属于四类过程性信息', [2, 0, 0, 0, 0, 0, 2], G3),
    r('denied_enforcement_file', '7.属于行政执法案卷', [3, 0, 0, 0, 0, 0, 3], G3),
    r('denied_admin_query', '8.属于行政查询事项', [3, 0, 0, 0, 0, 0, 3], G3),
    r('unable_no_info', '1.本机关不掌握相关政府信息', [49, 1, 0, 0, 0, 0, 50], G4),
    r('unable_need_creation', '2.没有现成信息需要另行制作', [3, 0, 0, 0, 0, 0, 3], G4),
    r('unable_unclear', '3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0], G4),
    r('rejected_complaint', '1.信访举报投诉类申请', [2, 0, 0, 0, 0, 0, 2], G5),
    r('rejected_duplicate', '2.重复申请', [0, 0, 0, 0, 0, 0, 0], G5),
    r('rejected_publication', '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0], G5),
    r('rejected_excessive', '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0], G5),
    r('rejected_confirmation', '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0], G5),
    r('other_overdue_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [8, 0, 0, 0, 0, 0, 8], G6),
    r('other_overdue_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [2, 0, 0, 0, 0, 0, 2], G6),
    r('other_misc', '3.其他', [1, 0, 0, 0, 0, 0, 1], G6),
    r('results_total', '（七）总计', [147, 1, 0, 0, 0, 0, 148]),
    r('carried_forward', '四、结转下年度继续办理', [4, 2, 0, 0, 0, 0, 6], undefined, false),
  ];
}

/** The rows with one row's cells replaced. */
export function withCells(rows: PrintedRow[], key: RowKey, cells: Figure[]): PrintedRow[] {
  if (!rows.some((r) => r.key === key)) throw new Error(`no row ${key}`);
  return rows.map((r) => (r.key === key ? { ...r, cells } : r));
}

/** The rows with one cell replaced (col 0–6). */
export function withCell(rows: PrintedRow[], key: RowKey, col: number, value: Figure): PrintedRow[] {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return withCells(
    rows,
    key,
    row.cells.map((c, i) => (i === col ? value : c)),
  );
}

const td = (text: Figure, span = '') => `<td${span}>${text}</td>`;

/** Section three's table: a group's cell spans its rows as printed, so a dropped or added row keeps the table whole. */
function applicationsTable(rows: PrintedRow[]): string {
  const head =
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' rowspan="3" colspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>` +
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>` +
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join('')}</tr>`;
  const runLength = (i: number, same: (r: PrintedRow) => boolean) => {
    let n = 0;
    while (i + n < rows.length && same(rows[i + n]!)) n++;
    return n;
  };
  const body = rows.map((row, i) => {
    let label = '';
    if (row.result && !rows[i - 1]?.result) label += td('三、本年度办理结果', ` rowspan="${runLength(i, (r) => !!r.result)}"`);
    if (row.group) {
      if (rows[i - 1]?.group !== row.group) label += td(row.group, ` rowspan="${runLength(i, (r) => r.group === row.group)}"`);
      label += td(row.label);
    } else label += td(row.label, row.result ? ' colspan="2"' : ' colspan="3"');
    return `<tr>${label}${row.cells.map((c) => td(c)).join('')}</tr>`;
  });
  return `<table border="1">${head}${body.join('')}</table>`;
}

/** Section four of pingtan_2025: review, direct litigation, litigation after review, five figures each. */
export const REVIEW_2025: Figure[] = [25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3];

function reviewTable(values: Figure[]): string {
  const items = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return (
    `<table border="1"><tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
    `<tr>${items.map((h) => td(h, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
    `<tr>${[...items, ...items].map((h) => td(h)).join('')}</tr>` +
    `<tr>${values.map((v) => td(v)).join('')}</tr></table>`
  );
}

/** Section two on the 2021 template: 规章 and 行政规范性文件 as 本年制发 / 本年废止 / 现行有效. */
export interface SectionTwoFigures {
  regulations: [Figure, Figure, Figure];
  normative: [Figure, Figure, Figure];
}

function sectionTwoTable(two: SectionTwoFigures): string {
  const row = (label: string, v: Figure[]) => `<tr>${td(label)}${v.map((x) => td(x)).join('')}</tr>`;
  return (
    `<table border="1"><tr>${td('第二十条第（一）项', ' colspan="4"')}</tr>` +
    `<tr>${['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((h) => td(h)).join('')}</tr>` +
    row('规章', two.regulations) +
    row('行政规范性文件', two.normative) +
    `<tr>${td('第二十条第（五）项', ' colspan="4"')}</tr><tr>${td('信息内容')}${td('本年处理决定数量', ' colspan="3"')}</tr>` +
    `<tr>${td('行政许可')}${td(1268, ' colspan="3"')}</tr></table>`
  );
}

export interface ReportOptions {
  year?: number;
  /** The page's title, before “{year}年度政府信息公开工作年度报告”. */
  agency?: string;
  /** The PubDate meta; null for none. */
  published?: string | null;
  /** 一、总体情况's paragraphs. */
  overview?: string[];
  /** The statistical period's sentence in the preface; null for none. */
  period?: string | null;
  sectionTwo?: SectionTwoFigures;
  rows?: PrintedRow[];
  /** Section three's table replaced by other markup (or none). */
  applicationsHtml?: string;
  review?: Figure[];
  /** Section four's table replaced by other markup (or none). */
  reviewHtml?: string;
  problems?: string[];
  /** The date under the signature (年月日), null for none. */
  signed?: string | null;
  /** Headings (1–6) left out, with their text and tables. */
  without?: number[];
}

const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

export function reportPage(o: ReportOptions = {}): string {
  const year = o.year ?? 2025;
  const agency = o.agency ?? '示例市示例区人民政府';
  const title = `${agency}${year}年度政府信息公开工作年度报告`;
  const published = o.published === undefined ? `${year + 1}-01-20 10:00` : o.published;
  const p = (s: string) => `<p>${s}</p>`;
  const period = o.period === undefined ? `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。` : (o.period ?? '');
  const overview = o.overview ?? [
    `${year}年，${agency}坚持以公开为常态、不公开为例外，持续深化政务公开。`,
    '（一）主动公开。全年通过门户网站主动公开政府信息1862条。',
    '（二）依申请公开。全年新收政府信息公开申请154件，办结148件，结转下年度继续办理6件。',
  ];
  const two = o.sectionTwo ?? { regulations: [0, 0, 0], normative: [5, 2, 37] };
  const problems = o.problems ?? ['我区政府信息公开工作取得一定成效，但政策解读形式较为单一。下一步，我区将丰富图解、视频等解读形式。'];
  const signed = o.signed === undefined ? `${year + 1}年1月20日` : o.signed;
  const parts = [
    overview.map(p).join(''),
    sectionTwoTable(two),
    o.applicationsHtml ?? applicationsTable(o.rows ?? rows2021()),
    o.reviewHtml ?? reviewTable(o.review ?? REVIEW_2025),
    problems.map(p).join(''),
    p('（一）收取信息处理费情况。本年度未收取信息处理费。') + p(agency) + (signed ? p(signed) : ''),
  ];
  const sections = HEADINGS.map((h, i) => (o.without?.includes(i + 1) ? '' : `<p><strong>${h}</strong></p>${parts[i]}`)).join('\n');
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta name="ArticleTitle" content="${title}">${published ? `<meta name="PubDate" content="${published}">` : ''}</head>` +
    `<body><div class="article"><p><strong>${title}</strong></p>` +
    p(`本报告根据《中华人民共和国政府信息公开条例》要求编制。${period}`) +
    `${sections}</div></body></html>`
  );
}
