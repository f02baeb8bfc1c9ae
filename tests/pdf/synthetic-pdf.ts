/**
 * Synthetic PDF text layers of a whole report, for the property tests of lib/pdf: a title, prose,
 * the six headings, section three's 2021-template table and section four's, laid out the way WPS, Word and
 * Chromium lay such a table out (see tests/fixtures/pdf/): cells with padding, labels wrapped to
 * their column's width with an optional first-line indent, merged label cells (三、本年度办理结果,
 * （三）不予公开 …) placed over the rows they span, the table flowing over page breaks with a page
 * number in the bottom margin. Everything is measured as a CJK font would: a Chinese character is
 * one em wide, an ASCII character about half of one.
 */
import fc from 'fast-check';
import { COL_KEYS, RESULT_ROWS, TEMPLATE_ROWS, type RowKey } from '../../lib/model/keys';
import type { PdfItem, PdfPage } from '../../lib/pdf/types';

export type Rows = Record<RowKey, number[]>;
/** The figures as printed: a number, or null where the cell is left empty. */
export type Printed = Record<RowKey, (number | null)[]>;

export const ROW_KEYS = TEMPLATE_ROWS['2021'];

// ---------------------------------------------------------------------------------------------
// Values

const small = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 4000 }) },
);

/** A 2021-template table in which every identity holds: built from the result rows outwards. */
export const consistentRows: fc.Arbitrary<Rows> = fc
  .record({
    results: fc.array(fc.array(small, { minLength: 6, maxLength: 6 }), { minLength: RESULT_ROWS['2021'].length, maxLength: RESULT_ROWS['2021'].length }),
    forward: fc.array(small, { minLength: 6, maxLength: 6 }),
    overFraction: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ results, forward, overFraction }) => {
    const rows = {} as Rows;
    const withTotal = (v: number[]) => [...v, v.reduce((a, b) => a + b, 0)];
    RESULT_ROWS['2021'].forEach((key, i) => (rows[key] = withTotal(results[i]!)));
    const resultsTotal = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((a, r) => a + r[c]!, 0));
    const over = resultsTotal.map((t, c) => Math.floor((t + forward[c]!) * overFraction[c]!));
    rows.results_total = withTotal(resultsTotal);
    rows.carried_forward = withTotal(forward);
    rows.carried_over = withTotal(over);
    rows.new_received = withTotal(resultsTotal.map((t, c) => t + forward[c]! - over[c]!));
    return rows;
  });

// Reviews and lawsuits are few: a few hundred in a year at most, even for a big city.
const fewer = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 300 }) },
);

/** Section four's row: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结 and their 总计. */
export const reviewValues: fc.Arbitrary<number[]> = fc
  .array(fc.array(fewer, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 })
  .map((groups) => groups.flatMap((g) => [...g, g.reduce((a, b) => a + b, 0)]));

/** Every figure printed, zeros as 0. */
export const printAll = (rows: Rows): Printed => Object.fromEntries(ROW_KEYS.map((k) => [k, rows[k].slice()])) as Printed;

/** The rows flagged leave their zeros empty (Word users often do). */
export const blankZeros = (rows: Rows, flags: readonly boolean[]): Printed =>
  Object.fromEntries(ROW_KEYS.map((k, r) => [k, rows[k].map((v) => (flags[r % flags.length] && v === 0 ? null : v))])) as Printed;

// ---------------------------------------------------------------------------------------------
// The template

interface BodyRow {
  key: RowKey;
  /** The label column the row's own label starts in; it spans to the last label column. */
  col: 0 | 1 | 2;
  text: (dot: string) => string;
}

const item = (n: number, text: string) => (dot: string) => `${n}${dot}${text}`;
const fixed = (text: string) => () => text;

const BODY: BodyRow[] = [
  { key: 'new_received', col: 0, text: fixed('一、本年新收政府信息公开申请数量') },
  { key: 'carried_over', col: 0, text: fixed('二、上年结转政府信息公开申请数量') },
  { key: 'granted', col: 1, text: fixed('（一）予以公开') },
  { key: 'partially_granted', col: 1, text: fixed('（二）部分公开（区分处理的，只计这一情形，不计其他情形）') },
  { key: 'denied_state_secret', col: 2, text: item(1, '属于国家秘密') },
  { key: 'denied_prohibited_by_law', col: 2, text: item(2, '其他法律行政法规禁止公开') },
  { key: 'denied_three_safeties', col: 2, text: item(3, '危及“三安全一稳定”') },
  { key: 'denied_third_party', col: 2, text: item(4, '保护第三方合法权益') },
  { key: 'denied_internal_affairs', col: 2, text: item(5, '属于三类内部事务信息') },
  { key: 'denied_process_info', col: 2, text: item(6, '属于四类过程性信息') },
  { key: 'denied_enforcement_file', col: 2, text: item(7, '属于行政执法案卷') },
  { key: 'denied_admin_query', col: 2, text: item(8, '属于行政查询事项') },
  { key: 'unable_no_info', col: 2, text: item(1, '本机关不掌握相关政府信息') },
  { key: 'unable_need_creation', col: 2, text: item(2, '没有现成信息需要另行制作') },
  { key: 'unable_unclear', col: 2, text: item(3, '补正后申请内容仍不明确') },
  { key: 'rejected_complaint', col: 2, text: item(1, '信访举报投诉类申请') },
  { key: 'rejected_duplicate', col: 2, text: item(2, '重复申请') },
  { key: 'rejected_publication', col: 2, text: item(3, '要求提供公开出版物') },
  { key: 'rejected_excessive', col: 2, text: item(4, '无正当理由大量反复申请') },
  { key: 'rejected_confirmation', col: 2, text: item(5, '要求行政机关确认或重新出具已获取信息') },
  { key: 'other_overdue_correction', col: 2, text: item(1, '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请') },
  { key: 'other_overdue_fee', col: 2, text: item(2, '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请') },
  { key: 'other_misc', col: 2, text: item(3, '其他') },
  { key: 'results_total', col: 1, text: fixed('（七）总计') },
  { key: 'carried_forward', col: 0, text: fixed('四、结转下年度继续办理') },
];

/** Merged label cells: the column they sit in and the body rows (indices) they span. */
const CATEGORIES: { col: 0 | 1; text: string; from: number; to: number }[] = [
  { col: 0, text: '三、本年度办理结果', from: 2, to: 23 },
  { col: 1, text: '（三）不予公开', from: 4, to: 11 },
  { col: 1, text: '（四）无法提供', from: 12, to: 14 },
  { col: 1, text: '（五）不予处理', from: 15, to: 19 },
  { col: 1, text: '（六）其他处理', from: 20, to: 22 },
];

const SUB_HEADERS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const PROSE = [
  '本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开，持续提升政府信息公开工作质量。',
  '围绕中心工作，及时公开重大决策部署落实情况，主动回应社会关切，积极做好政策解读工作。',
  '严格执行政府信息公开申请办理工作规程，规范受理、登记、办理、答复等环节，依法保障申请人合法权益。',
  '加强政府网站和政务新媒体建设管理，优化栏目设置，提升信息发布的及时性和准确性。',
  '健全政府信息公开工作机制，明确责任分工，加强业务培训，推动政府信息公开工作规范化、标准化。',
  '畅通依申请公开渠道，对申请人提出的政府信息公开申请，严格按照法定时限和程序予以答复。',
];

// ---------------------------------------------------------------------------------------------
// Layout parameters

export interface Layout {
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  agency: string;
  year: number;
  titleSize: number;
  /** Title on two lines (agency, then the rest), as WPS exports often have it. */
  titleSplit: boolean;
  bodySize: number;
  /** Prose line pitch, in body ems. */
  bodyPitch: number;
  /** Sentences in each paragraph before section three (moves the page break through the table). */
  paragraphs: number[];
  /** Table font size. */
  size: number;
  /** Line pitch inside a cell, in ems. */
  lineHeight: number;
  /** Cell padding, in ems. */
  pad: number;
  /** Extra height of a one-line row, in ems. */
  rowExtra: number;
  /** Share of the text column the table takes. */
  tableFrac: number;
  /** Share of the table's width the three label columns take. */
  labelShare: number;
  /** How the spare width is shared: three label columns, then seven figure columns. */
  weights: number[];
  labelAlign: 'top' | 'middle';
  figureAlign: 'top' | 'middle';
  categoryAlign: 'top' | 'middle';
  categoryCentred: boolean;
  /** 三、本年度办理结果 printed one character per line, each its own paragraph. */
  vertical: boolean;
  /** First-line indent of every text cell, in ems (Chromium printing p { text-indent: 2em }). */
  indent: 0 | 2;
  figureX: 'center' | 'right';
  headerX: 'center' | 'left';
  /**
   * Header words letter-spaced inside one item: WPS justifies every line of a cell but its last
   * ("社 会 公 益" / "组织"), Word's distributed alignment (分散对齐) spreads the last one too.
   */
  headerSpacing: 'none' | 'justify' | 'distribute';
  corner: boolean;
  itemDot: '.' | '、';
  repeatHeader: boolean;
  /** The header may end a page, the rows starting on the next (nothing keeps them together). */
  headerAlone: boolean;
  /** A short line 单位：件 over the table's right edge. */
  unitNote: boolean;
  pageNumbers: null | 'dash' | 'emdash' | 'di' | 'dicount' | 'bare';
  /** ASCII runs (1. 2024) as items of their own, as a second font makes them. */
  splitItems: boolean;
  /** Width of a digit, in ems. */
  digit: number;
  /** Baseline offset of the figures from the labels beside them, in ems (another font). */
  jitter: number;
}

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  page: fc.constantFrom({ width: 595.3, height: 841.9 }, { width: 612, height: 792 }),
  margins: fc.record({
    top: fc.integer({ min: 50, max: 95 }),
    bottom: fc.integer({ min: 50, max: 95 }),
    left: fc.integer({ min: 50, max: 90 }),
    right: fc.integer({ min: 50, max: 90 }),
  }),
  agency: fc.constantFrom('示例县', '示例县人民政府', '示例市示例区人民政府办公室', '示例县教育局', '示例市自然资源和规划局'),
  year: fc.integer({ min: 2021, max: 2025 }),
  titleSize: fc.integer({ min: 16, max: 22 }),
  titleSplit: fc.boolean(),
  bodySize: fc.constantFrom(10.5, 12, 14, 16),
  bodyPitch: fc.double({ min: 1.4, max: 1.9, noNaN: true }),
  paragraphs: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 8 }),
  size: fc.double({ min: 7, max: 12, noNaN: true }).map((n) => Math.round(n * 2) / 2),
  lineHeight: fc.double({ min: 1.15, max: 2, noNaN: true }),
  pad: fc.double({ min: 0.2, max: 0.8, noNaN: true }),
  rowExtra: fc.double({ min: 0, max: 1.5, noNaN: true }),
  tableFrac: fc.double({ min: 0.85, max: 1, noNaN: true }),
  labelShare: fc.double({ min: 0.3, max: 0.55, noNaN: true }),
  weights: fc.tuple(
    fc.double({ min: 0.08, max: 0.2, noNaN: true }),
    fc.double({ min: 0.15, max: 0.35, noNaN: true }),
    fc.double({ min: 0.5, max: 0.75, noNaN: true }),
    ...Array.from({ length: 7 }, () => fc.double({ min: 0.3, max: 1, noNaN: true })),
  ),
  labelAlign: fc.constantFrom('top', 'middle'),
  figureAlign: fc.constantFrom('top', 'middle'),
  categoryAlign: fc.constantFrom('top', 'middle'),
  categoryCentred: fc.boolean(),
  vertical: fc.boolean(),
  indent: fc.constantFrom(0, 2),
  figureX: fc.constantFrom('center', 'right'),
  headerX: fc.constantFrom('center', 'left'),
  headerSpacing: fc.constantFrom('none', 'justify', 'distribute'),
  corner: fc.boolean(),
  itemDot: fc.constantFrom('.', '、'),
  repeatHeader: fc.boolean(),
  headerAlone: fc.boolean(),
  unitNote: fc.boolean(),
  pageNumbers: fc.constantFrom(null, 'dash', 'emdash', 'di', 'dicount', 'bare'),
  splitItems: fc.boolean(),
  digit: fc.double({ min: 0.5, max: 0.56, noNaN: true }),
  jitter: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
}) as fc.Arbitrary<Layout>;

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

const NARROW = /[\x20-\x7e]/;
/** Characters that may not start a line, and that may not end one (kinsoku). */
const NO_START = /[、，。：；）”》！？]/;
const NO_END = /[（“《]/;

function widthEm(text: string, digit: number): number {
  let n = 0;
  for (const ch of text) n += NARROW.test(ch) ? digit : 1;
  return n;
}

/**
 * Greedy line breaking at `first` ems for the first line and `rest` for the others, with the
 * kinsoku rules every CJK layout engine applies: a closing mark takes the character before it
 * down to the next line, an opening mark goes down with the character after it, and where no
 * break is allowed (（三） in a two-em cell) the text overflows its line rather than leave a
 * lone bracket.
 */
export function wrap(text: string, first: number, rest: number, digit: number): string[] {
  const lines: string[][] = [[]];
  let used = 0;
  for (const ch of text) {
    const line = lines[lines.length - 1]!;
    const cap = lines.length === 1 ? first : rest;
    const w = NARROW.test(ch) ? digit : 1;
    if (line.length && used + w > cap + 1e-9) {
      const keep = line.slice();
      const carry: string[] = [];
      if (NO_START.test(ch)) carry.unshift(keep.pop()!);
      while (keep.length && NO_END.test(keep[keep.length - 1]!)) carry.unshift(keep.pop()!);
      if (keep.length && !carry.some((c) => NO_START.test(c))) {
        lines[lines.length - 1] = keep;
        lines.push([...carry, ch]);
        used = widthEm(carry.join('') + ch, digit);
        continue;
      }
    }
    line.push(ch);
    used += w;
  }
  return lines.map((l) => l.join('')).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// The document

/** Where one figure was printed. */
export interface PrintedFigure {
  page: number;
  item: PdfItem;
}

export interface Synthetic {
  pages: PdfPage[];
  /** Each printed figure's item, by row and column; null for a cell left empty. */
  figures: Record<RowKey, (PrintedFigure | null)[]>;
  /** The table font size after shrinking to fit the page. */
  size: number;
}

const r1 = (n: number) => Math.round(n * 100) / 100;

/** Whether line i of n of a header cell is letter-spaced. */
const spacedLine = (L: Layout, i: number, n: number) => L.headerSpacing === 'distribute' || (L.headerSpacing === 'justify' && i < n - 1);

class Doc {
  pages: PdfPage[] = [];
  y = 0;
  constructor(readonly L: Layout) {
    this.newPage();
  }
  get page(): PdfPage {
    return this.pages[this.pages.length - 1]!;
  }
  get top() {
    return this.L.margins.top;
  }
  get bottom() {
    return this.L.page.height - this.L.margins.bottom;
  }
  get left() {
    return this.L.margins.left;
  }
  get width() {
    return this.L.page.width - this.L.margins.left - this.L.margins.right;
  }
  newPage() {
    this.pages.push({ number: this.pages.length + 1, width: this.L.page.width, height: this.L.page.height, items: [] });
    this.y = this.top;
  }
  fits(h: number) {
    return this.y + h <= this.bottom;
  }
  ensure(h: number) {
    if (!this.fits(h) && this.y > this.top) this.newPage();
  }
  /** One line of text as PDF.js gives it: one item, or one per run of ASCII / other characters. */
  text(page: PdfPage, text: string, x: number, baseline: number, size: number, split: boolean, spaced = false) {
    const digit = this.L.digit;
    if (spaced) {
      // Letter-spaced: the characters joined by spaces in one item, the spacing in its width.
      const n = [...text].length;
      page.items.push({ text: [...text].join(' '), x: r1(x), y: r1(baseline), w: r1(n * size + (n - 1) * size * 0.15), size });
      return;
    }
    const runs = split ? (text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? []) : [text];
    let at = x;
    for (const run of runs) {
      const w = widthEm(run, digit) * size;
      page.items.push({ text: run, x: r1(at), y: r1(baseline), w: r1(w), size });
      at += w;
    }
  }
}

/**
 * Lays the report out. `printed` holds what each cell prints (null: left empty); the identities
 * need not hold in it, so a misprint can be laid out as well.
 */
export function layoutReport(printed: Printed, L: Layout, review: readonly number[] | null = null): Synthetic {
  const doc = new Doc(L);
  const digit = L.digit;
  const B = L.bodySize;

  // Title, centred.
  const titleText = `${L.agency}${L.year}年政府信息公开工作年度报告`;
  const T = L.titleSize;
  const fitsOne = widthEm(titleText, digit) * T <= doc.width;
  const titleLines = L.titleSplit || !fitsOne ? [L.agency, `${L.year}年政府信息公开工作年度报告`] : [titleText];
  doc.y += T * 0.5;
  for (const line of titleLines) {
    const w = widthEm(line, digit) * T;
    doc.text(doc.page, line, doc.left + (doc.width - w) / 2, doc.y + T, T, L.splitItems);
    doc.y += T * 1.6;
  }
  doc.y += B;

  const pitch = B * L.bodyPitch;
  const line = (text: string, indent: number) => {
    doc.ensure(pitch);
    doc.text(doc.page, text, doc.left + indent * B, doc.y + (pitch - B) / 2 + B * 0.88, B, L.splitItems);
    doc.y += pitch;
  };
  const paragraph = (text: string) => {
    const cap = Math.floor(doc.width / B);
    wrap(text, cap - 2, cap, digit).forEach((l, i) => line(l, i === 0 ? 2 : 0));
  };
  const heading = (text: string) => line(text, 2);

  paragraph(`本报告由${L.agency}根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告格式的要求编制。`);
  let sentence = 0;
  const prose = (n: number) => paragraph(Array.from({ length: n }, () => PROSE[sentence++ % PROSE.length]).join(''));
  heading('一、总体情况');
  const half = Math.ceil(L.paragraphs.length / 2);
  for (const n of L.paragraphs.slice(0, half)) prose(n);
  heading('二、主动公开政府信息情况');
  for (const n of L.paragraphs.slice(half)) prose(n);
  heading('三、收到和处理政府信息公开申请情况');

  const figures = table(doc, printed, L);

  heading('四、政府信息公开行政复议、行政诉讼情况');
  if (review) reviewTable(doc, review, L, figures.size);
  else prose(1);
  heading('五、存在的主要问题及改进情况');
  prose(2);
  heading('六、其他需要报告的事项');
  prose(1);

  // Page numbers, centred in the bottom margin.
  const total = doc.pages.length;
  for (const page of doc.pages) {
    if (!L.pageNumbers) break;
    const n = page.number;
    const text = { dash: `- ${n} -`, emdash: `—${n}—`, di: `第${n}页`, dicount: `第 ${n} 页 共 ${total} 页`, bare: `${n}` }[L.pageNumbers];
    const size = Math.min(B, 13);
    const w = widthEm(text, digit) * size;
    page.items.push({ text, x: r1((page.width - w) / 2), y: r1(page.height - L.margins.bottom / 2 + size / 2), w: r1(w), size });
  }
  for (const page of doc.pages) page.items.sort((a, b) => a.y - b.y || a.x - b.x);
  return { pages: doc.pages, figures: figures.at, size: figures.size };
}

const REVIEW_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/**
 * Section four's table, as the template draws it: 行政复议 over five columns and 行政诉讼 over
 * ten, 未经复议直接起诉 and 复议后起诉 over five each, the five words under each group, then the
 * row of fifteen figures. Kept on one page.
 */
function reviewTable(doc: Doc, values: readonly number[], L: Layout, tableSize: number) {
  const digit = L.digit;
  const ind = L.indent;
  const width = doc.width * L.tableFrac;
  const colW = width / 15;
  // Fifteen columns are narrow: the font shrinks until the widest figure fits with some air.
  const widest = Math.max(...values.map((v) => widthEm(String(v), digit)));
  const s = Math.min(tableSize, colW / (widest + 1 + 2 * L.pad));
  const x0 = doc.left + (doc.width - width) / 2;
  const pad = Math.min(L.pad * s, colW * 0.1);
  const lh = L.lineHeight * s;
  const content = (from: number, to: number) => (to - from + 1) * colW - 2 * pad;
  // At least a character a line, whatever the indent leaves of a narrow column.
  const lines = (text: string, from: number, to: number) => {
    const w = content(from, to) / s / (L.headerSpacing !== 'none' ? 1.15 : 1);
    return wrap(text, Math.max(1, w - ind), Math.max(1, w), digit);
  };
  const height = (block: string[]) => block.length * lh + 2 * pad;
  const put = (block: string[], from: number, to: number, top: number, h: number, centred: boolean, header: boolean) => {
    const start = top + Math.max(pad, (h - block.length * lh) / 2);
    block.forEach((text, i) => {
      const spaced = header && spacedLine(L, i, block.length);
      const w = widthEm(text, digit) * s * (spaced ? 1.15 : 1);
      const indent = i === 0 ? Math.min(ind * s, Math.max(0, content(from, to) - w)) : 0;
      const left = x0 + from * colW + pad;
      const x = centred ? left + indent + (content(from, to) - indent - w) / 2 : left + indent;
      doc.text(doc.page, text, x, start + i * lh + (lh - s) / 2 + s * 0.88, s, L.splitItems, spaced && [...text].length > 1);
    });
  };
  const a = [lines('行政复议', 0, 4), lines('行政诉讼', 5, 14)];
  const b = [lines('未经复议直接起诉', 5, 9), lines('复议后起诉', 10, 14)];
  const words = REVIEW_WORDS.map((w) => lines(w, 0, 0));
  const hA = Math.max(...a.map(height));
  const hB = Math.max(...b.map(height));
  const hC = Math.max(...words.map(height));
  const hD = lh + 2 * pad + L.rowExtra * s;
  doc.y += L.bodySize * 0.5;
  doc.ensure(hA + hB + hC + hD);
  const top = doc.y;
  const centred = L.headerX === 'center';
  put(a[0]!, 0, 4, top, hA, true, false);
  put(a[1]!, 5, 14, top, hA, true, false);
  put(b[0]!, 5, 9, top + hA, hB, true, false);
  put(b[1]!, 10, 14, top + hA, hB, true, false);
  // Under 行政复议 the five words span the two lower header rows.
  words.forEach((w, j) => put(w, j, j, top + hA, hB + hC, centred, true));
  for (const g of [1, 2]) words.forEach((w, j) => put(w, g * 5 + j, g * 5 + j, top + hA + hB, hC, centred, true));
  const rowTop = top + hA + hB + hC;
  values.forEach((v, j) => {
    const text = String(v);
    const w = widthEm(text, digit) * s;
    const left = x0 + j * colW;
    // Aligned as the words over them: a header set left takes its figures left (Huaian's,
    // Pingtan's). Right-aligned figures under left-aligned, indented words are a weakness left
    // in lib/pdf: the words' stacks (结 / 果维 / 持) straddle the borders drawn halfway between
    // the figures, and 总 / 计, indented apart, name no column to draw them by.
    const x = L.headerX === 'left' ? left + pad : L.figureX === 'center' ? left + (colW - w) / 2 : left + colW - pad - w;
    doc.text(doc.page, text, x, rowTop + (hD - s) / 2 + s * 0.88 + (L.figureAlign === 'top' ? -(hD - lh - 2 * pad) / 2 : 0), s, false);
  });
  doc.y = rowTop + hD + L.bodySize * 0.5;
}

function table(doc: Doc, printed: Printed, L: Layout): { at: Synthetic['figures']; size: number } {
  const digit = L.digit;
  const ind = L.indent;
  const texts = ROW_KEYS.map((k) => printed[k].map((v) => (v === null ? '' : String(v))));
  const widest = COL_KEYS.map((_, j) => Math.max(1, ...texts.map((t) => widthEm(t[j]!, digit))));
  // Least content widths, in ems: a column of figures its widest figure and a little air; label
  // columns room for the indent and 三、 or （三） or a few characters on the first line. (Real tables give
  // the labels 30–55 % of the width: the longest label then wraps onto ten lines at most.)
  const least = [ind + (L.vertical ? 1 : 2), ind + 3, ind + 4, ...widest.map((w) => w + 0.6)];
  const available = doc.width * L.tableFrac;
  const padEm = L.pad;
  const leastW = (size: number, from: number, to: number) => least.slice(from, to).reduce((a, w) => a + (w + 2 * padEm) * size, 0);
  // The size shrinks until the least table fits (authors do shrink a table that overflows).
  let s = L.size;
  while (leastW(s, 0, 10) > available && s > 4) s -= 0.5;
  const labelArea = Math.min(Math.max(leastW(s, 0, 3), available * L.labelShare), available - leastW(s, 3, 10));
  const share = (from: number, to: number, area: number) => {
    const spare = Math.max(0, area - leastW(s, from, to));
    const weights = L.weights.slice(from, to);
    const sum = weights.reduce((a, b) => a + b, 0);
    return least.slice(from, to).map((w, i) => (w + 2 * padEm) * s + (spare * weights[i]!) / sum);
  };
  const cellW = [...share(0, 3, labelArea), ...share(3, 10, available - labelArea)];
  const pad = padEm * s;
  const lh = L.lineHeight * s;
  const x0 = doc.left + (doc.width - available) / 2;
  const lefts: number[] = [];
  cellW.reduce((x, w, i) => ((lefts[i] = x), x + w), x0);
  const content = (from: number, to: number) => lefts[to]! + cellW[to]! - lefts[from]! - 2 * pad;
  const lines = (text: string, width: number) => wrap(text, width / s - ind, width / s, digit);

  // Row heights.
  const rowMin = lh + 2 * pad + L.rowExtra * s;
  const own = BODY.map((row) => lines(row.text(L.itemDot), content(row.col, 2)));
  const heights = own.map((l) => Math.max(rowMin, l.length * lh + 2 * pad));
  // 三、本年度办理结果 one character a paragraph (Chromium's fixtures), or wrapped to its column.
  const categories = CATEGORIES.map((c) => ({ ...c, lines: L.vertical && c.col === 0 ? [...c.text] : lines(c.text, content(c.col, c.col)) }));
  for (const c of categories) {
    const need = c.lines.length * lh + 2 * pad;
    const have = heights.slice(c.from, c.to + 1).reduce((a, b) => a + b, 0);
    if (have < need) for (let r = c.from; r <= c.to; r++) heights[r]! += (need - have) / (c.to - c.from + 1);
  }

  // The header: 申请人情况 over the figures; 自然人, 法人或其他组织 (over five), 总计; the five.
  const fig = (j: number) => 3 + j;
  // Letter-spaced words take a little more room than their characters.
  const hLines = (text: string, from: number, to: number) => lines(text, content(from, to) / (L.headerSpacing !== 'none' ? 1.15 : 1));
  const aLines = hLines('申请人情况', fig(0), fig(6));
  const bLines = hLines('法人或其他组织', fig(1), fig(5));
  const cLines = SUB_HEADERS.map((h, j) => hLines(h, fig(1 + j), fig(1 + j)));
  const sideLines = [hLines('自然人', fig(0), fig(0)), hLines('总计', fig(6), fig(6))];
  const cornerLines = L.corner ? hLines(CORNER, 0, 2) : [];
  const hA = aLines.length * lh + 2 * pad;
  const hB = bLines.length * lh + 2 * pad;
  let hC = Math.max(...cLines.map((l) => l.length)) * lh + 2 * pad;
  hC = Math.max(hC, Math.max(...sideLines.map((l) => l.length)) * lh + 2 * pad - hB);
  hC = Math.max(hC, cornerLines.length * lh + 2 * pad - hA - hB);
  const headerH = hA + hB + hC;

  // A block of lines in a cell made of row pieces (on one page, or on several: a merged cell
  // cut by a page break carries its lines on, those that do not fit going over).
  interface Piece {
    page: PdfPage;
    top: number;
    h: number;
  }
  const place = (
    block: string[],
    pieces: Piece[],
    align: 'top' | 'middle',
    x: (line: string, i: number) => number,
    opts: { spaced?: boolean; split?: boolean; shift?: number } = {},
  ) => {
    const total = pieces.reduce((a, p) => a + p.h, 0);
    let t = align === 'top' ? pad : Math.max(pad, (total - block.length * lh) / 2);
    block.forEach((text, i) => {
      let k = 0;
      let start = 0;
      while (k < pieces.length - 1 && t >= start + pieces[k]!.h) start += pieces[k++]!.h;
      // The line would cross the foot of a page: it goes over, and the lines after it with it.
      if (k < pieces.length - 1 && pieces[k + 1]!.page !== pieces[k]!.page && t + lh > start + pieces[k]!.h) {
        t = start + pieces[k]!.h + pad;
        start += pieces[k++]!.h;
      }
      const p = pieces[k]!;
      const baseline = p.top + (t - start) + (lh - s) / 2 + s * 0.88 + (opts.shift ?? 0);
      doc.text(p.page, text, x(text, i), baseline, s, opts.split ?? L.splitItems, opts.spaced && spacedLine(L, i, block.length));
      t += lh;
    });
  };
  const leftX = (from: number, to: number, centred: boolean) => (text: string, i: number) => {
    const indent = i === 0 ? ind * s : 0;
    const w = widthEm(text, digit) * s;
    if (!centred) return lefts[from]! + pad + indent;
    return lefts[from]! + pad + indent + (content(from, to) - indent - w) / 2;
  };

  const putHeader = () => {
    const page = doc.page;
    const top = doc.y;
    const centred = L.headerX === 'center';
    const pc = (t: number, h: number): Piece[] => [{ page, top: t, h }];
    place(aLines, pc(top, hA), 'middle', leftX(fig(0), fig(6), true));
    place(bLines, pc(top + hA, hB), 'middle', leftX(fig(1), fig(5), true));
    place(sideLines[0]!, pc(top + hA, hB + hC), 'middle', leftX(fig(0), fig(0), centred), { spaced: true });
    place(sideLines[1]!, pc(top + hA, hB + hC), 'middle', leftX(fig(6), fig(6), centred), { spaced: true });
    cLines.forEach((l, j) => place(l, pc(top + hA + hB, hC), 'middle', leftX(fig(1 + j), fig(1 + j), centred), { spaced: true }));
    if (cornerLines.length) place(cornerLines, pc(top, headerH), L.labelAlign, leftX(0, 2, false));
    doc.y += headerH;
  };

  // Flow: the header with the first row, then the rows, each to the next page if it does not fit.
  doc.y += doc.L.bodySize * 0.5;
  if (L.unitNote) {
    doc.ensure(lh * 1.5);
    const w = widthEm('单位：件', digit) * s;
    doc.text(doc.page, '单位：件', lefts[9]! + cellW[9]! - w, doc.y + s, s, L.splitItems);
    doc.y += lh * 1.5;
  }
  doc.ensure(headerH + (L.headerAlone ? 0 : heights[0]!));
  putHeader();
  const pos: Piece[] = [];
  heights.forEach((h, r) => {
    if (!doc.fits(h)) {
      doc.newPage();
      if (L.repeatHeader) putHeader();
    }
    pos[r] = { page: doc.page, top: doc.y, h };
    doc.y += h;
  });
  doc.y += doc.L.bodySize;

  // Labels.
  BODY.forEach((row, r) => place(own[r]!, [pos[r]!], L.labelAlign, leftX(row.col, 2, false)));
  for (const c of categories) {
    const x = leftX(c.col, c.col, L.categoryCentred);
    // Every character its own paragraph: every line starts as a first line.
    place(c.lines, pos.slice(c.from, c.to + 1), L.categoryAlign, L.vertical && c.col === 0 ? (text) => x(text, 0) : x);
  }

  // Figures.
  const at = {} as Synthetic['figures'];
  BODY.forEach((row, r) => {
    at[row.key] = texts[r]!.map((text, j) => {
      if (!text) return null;
      const col = fig(j);
      const w = widthEm(text, digit) * s;
      const x = L.figureX === 'center' ? lefts[col]! + (cellW[col]! - w) / 2 : lefts[col]! + cellW[col]! - pad - w;
      const p = pos[r]!;
      const before = p.page.items.length;
      place([text], [p], L.figureAlign, () => x, { split: false, shift: L.jitter * s });
      return { page: p.page.number, item: p.page.items[before]! };
    });
  });
  return { at, size: s };
}
