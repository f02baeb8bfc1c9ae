/**
 * Test helper: turns the seed text exports into table rows, and renders report pages in the
 * markup styles met on real portals (see tests/fixtures/pages/SOURCES.tsv).
 *
 * The renderer MIRRORS cell texts: it never parses numbers or maps labels to row keys. The only
 * structure it adds is the one real pages have:
 *   - leading empty cells of a row are folded into the rowspan of the cell above them (the cell
 *     at the same position in the previous row, when that cell is followed by a non-empty cell);
 *   - a data row narrower than the widest data row gets the difference as colspan on its first
 *     own cell with rowspan 1 (the label cell, like 一、本年新收… colspan=3);
 *   - header rows that are recognisably the national template's (自然人/法人或其他组织/总计…,
 *     行政复议/行政诉讼…) get the template's rowspan/colspan, their empty cells being folded in.
 * Nothing else is dropped: every non-empty cell text of the input appears, in order, as one
 * table cell of the output.
 *
 * Pure TypeScript, no dependencies.
 */

export type MarkupStyle = 'word-paste' | 'cms-p-center' | 'clean-thead' | 'ueditor';

/** Raw cell texts of one row. */
export interface TextTableRow {
  cells: string[];
}

export interface SeedTables {
  title: string;
  /** section-three table rows, raw cell texts exactly as in the text export */
  section3: string[][];
  /** section-four table rows */
  section4: string[][];
  /** section-two table rows (extra; [] when absent) */
  section2: string[][];
  /** prose after the title up to the section-three table (includes the heading 三、…); table lines excluded */
  before: string;
  /** prose between the section-three and section-four tables (includes the heading 四、…) */
  between: string;
  /** prose after the section-four table */
  after: string;
}

export interface ReportInput {
  title: string;
  section3: string[][];
  section4: string[][];
  /** prose paragraphs in order; headings 一、…六、 among them decide where the tables go */
  paragraphs?: string[];
  /** optional section-two table, placed after the heading 二、 */
  section2?: string[][];
}

export interface RenderOptions {
  /** split the section-three table into two <table> elements after that many rows */
  splitAt?: number;
  /** charset named in the page's <meta charset> (the returned string is not re-encoded) */
  charset?: string;
  /** extra <meta name=… content=…> tags, e.g. { PubDate: '2025-01-20' } */
  meta?: Record<string, string>;
  /** a paragraph placed at the top of the content (e.g. a "sample data" notice) */
  banner?: string;
}

/* ------------------------------------------------------------------------------------------ */
/* Seed text exports                                                                            */
/* ------------------------------------------------------------------------------------------ */

const isBlankLine = (l: string): boolean => l.trim() === '';
const hasTab = (l: string): boolean => l.includes('\t');
const HEADING_RE = /^\s*[一二三四五六七八九十]+、/;

type Segment = { kind: 'prose'; lines: string[] } | { kind: 'table'; rows: string[][]; text: string };

function splitTableLines(lines: string[]): string[][] {
  const layoutRows = lines.some((l) => {
    const i = l.indexOf('\t');
    return i > 0 || (l.match(/\t/g) ?? []).length >= 2;
  });
  const rows: string[][] = [];
  if (layoutRows) {
    // one row per line, tab-separated cells
    for (const l of lines) {
      if (isBlankLine(l) && !hasTab(l)) continue;
      if (hasTab(l)) {
        rows.push(l.split('\t'));
      } else {
        const last = rows[rows.length - 1];
        if (last && last.length > 0) last[last.length - 1] += '\n' + l;
        else rows.push([l]);
      }
    }
    return rows;
  }
  // one cell per line (leading tab), blank line between rows
  let current: string[] | null = null;
  for (const l of lines) {
    if (isBlankLine(l) && !hasTab(l)) {
      if (current && current.length > 0) rows.push(current);
      current = null;
    } else if (l.startsWith('\t')) {
      (current ??= []).push(l.slice(1));
    } else if (current && current.length > 0) {
      current[current.length - 1] += '\n' + l; // a cell text wrapped onto the next line
    } else {
      (current ??= []).push(l);
    }
  }
  if (current && current.length > 0) rows.push(current);
  return rows;
}

function segmentLines(lines: string[]): Segment[] {
  const segs: Segment[] = [];
  let prose: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!hasTab(line)) {
      prose.push(line);
      i++;
      continue;
    }
    const start = i;
    let last = i;
    let j = i;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      if (hasTab(l)) {
        last = j;
        j++;
        continue;
      }
      if (isBlankLine(l)) {
        let k = j;
        while (k < lines.length && isBlankLine(lines[k] ?? '') && !hasTab(lines[k] ?? '')) k++;
        if (k < lines.length && hasTab(lines[k] ?? '')) {
          j = k;
          continue;
        }
        break;
      }
      if (j === last + 1 && !HEADING_RE.test(l)) {
        last = j; // continuation of the previous cell
        j++;
        continue;
      }
      break;
    }
    if (prose.length > 0) segs.push({ kind: 'prose', lines: prose });
    prose = [];
    const tableLines = lines.slice(start, last + 1);
    segs.push({ kind: 'table', rows: splitTableLines(tableLines), text: tableLines.join('\n') });
    i = last + 1;
  }
  if (prose.length > 0) segs.push({ kind: 'prose', lines: prose });
  return segs;
}

function joinProse(lines: string[]): string {
  const out = [...lines];
  while (out.length > 0 && isBlankLine(out[0] ?? '')) out.shift();
  while (out.length > 0 && isBlankLine(out[out.length - 1] ?? '')) out.pop();
  return out.join('\n');
}

/**
 * Splits a seed text export into its tables and prose. Handles both layouts of the seeds: one
 * cell per line (leading tab, blank line between rows; a line without a tab right after a cell
 * continues that cell) and one row per line (tab-separated cells, blank lines inside ignored).
 */
export function seedToTableRows(seedText: string): SeedTables {
  const lines = seedText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let t = 0;
  while (t < lines.length && isBlankLine(lines[t] ?? '')) t++;
  const title = (lines[t] ?? '').trim();
  const segs = segmentLines(lines.slice(t + 1));

  const tables = segs.filter((s): s is Extract<Segment, { kind: 'table' }> => s.kind === 'table');
  const s3 = tables.find((s) => /本年新收|勾稽/.test(s.text));
  const s4 = tables.find((s) => s !== s3 && /复议后起诉|行政复议/.test(s.text));
  const s2 = tables.find((s) => s !== s3 && s !== s4 && /第二十条/.test(s.text));

  const before: string[] = [];
  const between: string[] = [];
  const after: string[] = [];
  let zone: string[] = before;
  for (const seg of segs) {
    if (seg.kind === 'prose') {
      zone.push(...seg.lines);
    } else if (seg === s3) {
      zone = between;
    } else if (seg === s4) {
      zone = after;
    }
  }
  return {
    title,
    section3: s3 ? s3.rows : [],
    section4: s4 ? s4.rows : [],
    section2: s2 ? s2.rows : [],
    before: joinProse(before),
    between: joinProse(between),
    after: joinProse(after),
  };
}

/** Convenience: the whole seed as a renderReportHtml input. */
export function seedToReportInput(seedText: string): Required<ReportInput> {
  const s = seedToTableRows(seedText);
  const paragraphs = [s.before, s.between, s.after]
    .join('\n')
    .split('\n')
    .filter((p) => p !== '');
  return { title: s.title, section3: s.section3, section4: s.section4, section2: s.section2, paragraphs };
}

/* ------------------------------------------------------------------------------------------ */
/* Table layout (spans)                                                                         */
/* ------------------------------------------------------------------------------------------ */

interface LaidCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** index of the input row the cell starts on */
  row: number;
}

interface LaidRow {
  header: boolean;
  cells: LaidCell[];
}

const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');
const isEmptyText = (s: string): boolean => compact(s) === '';
const isDigitsText = (s: string): boolean => /^\d+$/.test(compact(s));

function headerRowCount(rows: string[][]): number {
  const i = rows.findIndex((r) => r.some((c) => isDigitsText(c)));
  return i < 0 ? 0 : i;
}

/** Folds leading empty cells into the rowspan of the cell above; returns laid rows and covered counts. */
function foldLeadingEmpties(rows: string[][], first: number, header: boolean): { laid: LaidRow[]; covered: number[] } {
  const laid: LaidRow[] = [];
  const covered: number[] = [];
  // anchors[j]: the cell emitted at raw position j by the latest row that reached position j
  const anchors: Array<{ cell: LaidCell; valid: boolean } | null> = [];
  rows.forEach((raw, ri) => {
    const r = first + ri;
    let k = 0;
    while (k < raw.length - 1 && isEmptyText(raw[k] ?? '')) k++;
    const cells: LaidCell[] = [];
    let cov = 0;
    raw.forEach((text, j) => {
      if (j < k) {
        const a = anchors[j];
        if (a && a.valid && a.cell.row + a.cell.rowspan === r) {
          a.cell.rowspan++;
          cov++;
          return;
        }
        const cell: LaidCell = { text, rowspan: 1, colspan: 1, row: r };
        cells.push(cell);
        anchors[j] = null;
        return;
      }
      const cell: LaidCell = { text, rowspan: 1, colspan: 1, row: r };
      cells.push(cell);
      anchors[j] = { cell, valid: !isEmptyText(text) && j + 1 < raw.length && !isEmptyText(raw[j + 1] ?? '') };
    });
    for (let j = raw.length; j < anchors.length; j++) anchors[j] = null;
    laid.push({ header, cells });
    covered.push(cov);
  });
  return { laid, covered };
}

/** Template-shaped header spans, or null when the header is not recognisably the template's. */
function templateHeader(rows: string[][], dataWidth: number): LaidRow[] | null {
  const n = rows.length;
  if (n === 0) return null;
  const texts = rows.flat().map(compact).filter((t) => t !== '');
  const has = (t: string): boolean => texts.includes(t);
  const laid: LaidRow[] = rows.map(() => ({ header: true, cells: [] }));
  if (has('自然人') && has('法人或其他组织') && has('总计') && texts.some((t) => /勾稽|申请人情况/.test(t))) {
    rows.forEach((raw, r) => {
      const rowTexts = raw.map(compact);
      for (const [j, text] of raw.entries()) {
        const c = rowTexts[j] ?? '';
        if (c === '') continue;
        let rowspan = 1;
        let colspan = 1;
        if (c.includes('勾稽')) {
          rowspan = n - r;
          colspan = Math.max(1, dataWidth - 7);
        } else if (c === '申请人情况') {
          colspan = rowTexts.includes('总计') ? 6 : 7;
        } else if (c === '自然人' || c === '总计') {
          rowspan = n - r;
        } else if (c === '法人或其他组织') {
          colspan = 5;
        }
        laid[r]?.cells.push({ text, rowspan, colspan, row: r });
      }
    });
    return laid;
  }
  if (has('行政复议') && has('行政诉讼') && has('未经复议直接起诉') && has('复议后起诉')) {
    rows.forEach((raw, r) => {
      const rowTexts = raw.map(compact);
      const subHeaderRow = rowTexts.includes('未经复议直接起诉');
      for (const [j, text] of raw.entries()) {
        const c = rowTexts[j] ?? '';
        if (c === '') continue;
        let rowspan = 1;
        let colspan = 1;
        if (c === '行政复议') colspan = 5;
        else if (c === '行政诉讼') colspan = 10;
        else if (c === '未经复议直接起诉' || c === '复议后起诉') colspan = 5;
        else if (subHeaderRow) rowspan = n - r;
        laid[r]?.cells.push({ text, rowspan, colspan, row: r });
      }
    });
    return laid;
  }
  return null;
}

function layoutTable(rows: string[][]): LaidRow[] {
  const h = headerRowCount(rows);
  const data = foldLeadingEmpties(rows.slice(h), h, false);
  // widths of data rows, then equalise by widening the first own cell with rowspan 1
  const widths = data.laid.map((lr, i) => (data.covered[i] ?? 0) + lr.cells.reduce((s, c) => s + c.colspan, 0));
  const width = widths.length > 0 ? Math.max(...widths) : 0;
  data.laid.forEach((lr, i) => {
    const deficit = width - (widths[i] ?? width);
    if (deficit <= 0) return;
    const target = lr.cells.find((c) => c.rowspan === 1);
    if (target) target.colspan += deficit;
  });
  const headerRows = rows.slice(0, h);
  const header = templateHeader(headerRows, width) ?? foldLeadingEmpties(headerRows, 0, true).laid;
  return [...header, ...data.laid];
}

/* ------------------------------------------------------------------------------------------ */
/* HTML                                                                                         */
/* ------------------------------------------------------------------------------------------ */

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const chars = (s: string): string[] => Array.from(s);

function spanAttrs(c: LaidCell, quote: '"' | '' = ''): string {
  let a = '';
  if (c.rowspan > 1) a += ` rowspan=${quote}${c.rowspan}${quote}`;
  if (c.colspan > 1) a += ` colspan=${quote}${c.colspan}${quote}`;
  return a;
}

const W_FONT = "font-family:仿宋_GB2312";

function wordCellContent(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line) => {
      let inner: string;
      const t = line.trim();
      if (isEmptyText(line)) {
        inner = `<span lang=EN-US style='${W_FONT}'><o:p>&nbsp;</o:p></span>`;
        return `<p class=MsoNormal align=center style='text-align:center'>${inner}</p>`;
      }
      if (/^\d+$/.test(t)) {
        if (t === '0') inner = `<span lang=EN-US style='${W_FONT}'>&nbsp;0</span>`;
        else if (t.length > 1) inner = `<span lang=EN-US style='${W_FONT}'>${t.slice(0, 1)}</span><span lang=EN-US style='${W_FONT}'>${t.slice(1)}</span>`;
        else inner = `<span lang=EN-US style='${W_FONT}'>${t}</span>`;
      } else {
        inner = chars(line)
          .map((ch) => `<span style='${W_FONT}'>${ch === ' ' ? '&nbsp;' : esc(ch)}</span>`)
          .join('');
      }
      return `<p class=MsoNormal align=center style='text-align:center'>${inner}<o:p></o:p></p>`;
    })
    .join('');
}

function ueditorCellContent(c: LaidCell): string {
  const P = '<p style="text-indent: 2em;">';
  if (isEmptyText(c.text)) return `${P}<br/></p>`;
  const t = c.text.trim();
  if (/^\d+$/.test(t)) return `${P}&nbsp;${t}&nbsp;</p>`;
  if (c.rowspan >= 10 && !c.text.includes('\n')) {
    // vertical header text: one <p> per character (rowspan ≥ 10, i.e. 三、本年度办理结果)
    return chars(compact(c.text))
      .map((ch) => `${P}${esc(ch)}</p>`)
      .join('');
  }
  if (c.text.includes('\n')) return P + c.text.split('\n').map(esc).join('<br/>') + '</p>';
  const cs = chars(c.text);
  // break short 4-character headers in the middle (结果<br/>维持) and long labels after a 、 or ，
  // near the middle (else in the middle)
  if ((cs.length === 4 && !/^\d/.test(c.text)) || cs.length >= 10) {
    const half = Math.ceil(cs.length / 2);
    let at = half;
    if (cs.length >= 10) {
      const reach = Math.floor(cs.length / 4);
      for (let d = 0; d <= reach; d++) {
        const hit = [half + d, half - d].find((i) => cs[i - 1] === '、' || cs[i - 1] === '，');
        if (hit !== undefined) {
          at = hit;
          break;
        }
      }
    }
    return `${P}${esc(cs.slice(0, at).join(''))}<br/>${esc(cs.slice(at).join(''))}</p>`;
  }
  return `${P}${esc(c.text)}</p>`;
}

function renderCell(c: LaidCell, style: MarkupStyle, header: boolean): string {
  switch (style) {
    case 'word-paste':
      return `<td${spanAttrs(c)} valign=center style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${wordCellContent(c.text)}</td>`;
    case 'cms-p-center': {
      const inner = isEmptyText(c.text) ? '&nbsp;' : c.text.split('\n').map(esc).join('<br>');
      return `<td nowrap${spanAttrs(c)}><p align=center>${inner}</p></td>`;
    }
    case 'clean-thead': {
      const tag = header ? 'th' : 'td';
      const inner = isEmptyText(c.text) ? '' : c.text.split('\n').map(esc).join('<br>');
      return `<${tag}${spanAttrs(c, '"')}>${inner}</${tag}>`;
    }
    case 'ueditor':
      return `<td width="${c.colspan > 1 ? 60 * c.colspan : 60}" valign="center"${spanAttrs(c, '"')} style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0);">${ueditorCellContent(c)}</td>`;
  }
}

function openTable(style: MarkupStyle): string {
  switch (style) {
    case 'word-paste':
      return "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>";
    case 'cms-p-center':
      return '<table border=1 cellspacing=0 cellpadding=0 width=600>';
    case 'clean-thead':
      return '<table class="gk-table" border="1">';
    case 'ueditor':
      return '<table border="1" cellspacing="0" align="center" style="border-collapse:collapse;" width="600">';
  }
}

function renderRows(rows: LaidRow[], style: MarkupStyle): string {
  const tr = (lr: LaidRow, i: number): string => {
    const open = style === 'word-paste' ? `<tr style='mso-yfti-irow:${i}'>` : '<tr>';
    return open + lr.cells.map((c) => renderCell(c, style, lr.header)).join('') + '</tr>';
  };
  if (style === 'clean-thead') {
    const head = rows.filter((r) => r.header);
    const body = rows.filter((r) => !r.header);
    return (
      (head.length > 0 ? '<thead>' + head.map(tr).join('\n') + '</thead>\n' : '') +
      '<tbody>' +
      body.map(tr).join('\n') +
      '</tbody>'
    );
  }
  if (style === 'ueditor') return '<tbody>' + rows.map(tr).join('\n') + '</tbody>';
  return rows.map(tr).join('\n');
}

/** Renders table rows; with splitAt, two tables (rows [0, splitAt) and the rest), rowspans cut, nothing repeated. */
function renderTables(rows: string[][], style: MarkupStyle, splitAt?: number): string {
  if (rows.length === 0) return '';
  const laid = layoutTable(rows);
  if (splitAt === undefined || splitAt <= 0 || splitAt >= rows.length) {
    return openTable(style) + '\n' + renderRows(laid, style) + '\n</table>';
  }
  const first = laid.slice(0, splitAt).map((lr) => ({
    header: lr.header,
    cells: lr.cells.map((c) => ({ ...c, rowspan: Math.min(c.rowspan, splitAt - c.row) })),
  }));
  const second = laid.slice(splitAt);
  const pageBreak =
    style === 'word-paste'
      ? "<span style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'></span>"
      : '<p>&nbsp;</p>';
  return (
    openTable(style) + '\n' + renderRows(first, style) + '\n</table>\n' + pageBreak + '\n' +
    openTable(style) + '\n' + renderRows(second, style) + '\n</table>'
  );
}

function renderParagraph(text: string, style: MarkupStyle): string {
  const inner = isEmptyText(text) ? '&nbsp;' : esc(text);
  switch (style) {
    case 'word-paste':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${inner}</span></p>`;
    case 'cms-p-center':
      return `<p>${inner}</p>`;
    case 'clean-thead':
      return `<p>${inner}</p>`;
    case 'ueditor':
      return `<p style="text-indent: 2em;">${inner}</p>`;
  }
}

function renderHeading(text: string, style: MarkupStyle): string {
  const inner = esc(text.trim());
  switch (style) {
    case 'word-paste':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>${inner}</span></b></p>`;
    case 'cms-p-center':
      return `<p>${inner}</p>`;
    case 'clean-thead':
      return `<h3>${inner}</h3>`;
    case 'ueditor':
      return `<p style="text-indent: 2em;"><strong>${inner}</strong></p>`;
  }
}

function renderTitle(title: string, style: MarkupStyle): string {
  const t = esc(title);
  switch (style) {
    case 'word-paste':
      return `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${t}</span></b></p>`;
    case 'cms-p-center':
      return `<p style='text-align: center;font-weight: bold;'>${t}</p>`;
    case 'clean-thead':
      return `<h1 class="article-title">${t}</h1>`;
    case 'ueditor':
      return `<p style="text-align: center;"><strong>${t}</strong></p>`;
  }
}

const CONTAINER: Record<MarkupStyle, [string, string]> = {
  'word-paste': ['<div class="TRS_Editor"><div class=WordSection1 style=\'layout-grid:15.6pt\'>', '</div></div>'],
  'cms-p-center': ['<div id="ivs_content">', '</div>'],
  'clean-thead': ['<article class="article-content">', '</article>'],
  ueditor: ['<div id="UCAP-CONTENT">', '</div>'],
};

const DEFAULT_PARAGRAPHS = [
  '一、总体情况',
  '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '本年度政府信息公开工作仍存在不足，下一步将持续改进。',
  '六、其他需要报告的事项',
  '本年度无其他需要报告的事项。',
];

const SECTION_HEADINGS: Record<number, string> = {
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
};

const NUMERALS = '一二三四五六';

function headingNumber(p: string): number | null {
  const t = p.trim();
  if (t.length > 40) return null;
  const m = /^([一二三四五六])、/.exec(t);
  return m && m[1] ? NUMERALS.indexOf(m[1]) + 1 : null;
}

/**
 * Renders a full report page: <title>, <meta name="ArticleTitle">, the title, the prose as <p>,
 * headings 一、…六、, the section-two table (if given) after 二、, the section-three table after
 * 三、 and the section-four table after 四、 (a missing heading is supplied).
 */
export function renderReportHtml(input: ReportInput, style: MarkupStyle, opts: RenderOptions = {}): string {
  const paragraphs = input.paragraphs && input.paragraphs.length > 0 ? input.paragraphs : DEFAULT_PARAGRAPHS;
  const tables: Record<number, () => string> = {
    2: () => (input.section2 && input.section2.length > 0 ? renderTables(input.section2, style) : ''),
    3: () => renderTables(input.section3, style, opts.splitAt),
    4: () => renderTables(input.section4, style),
  };
  const placed = new Set<number>();
  if (!input.section2 || input.section2.length === 0) placed.add(2);
  const out: string[] = [];
  const place = (n: number, withHeading: boolean): void => {
    if (placed.has(n)) return;
    placed.add(n);
    if (withHeading) out.push(renderHeading(SECTION_HEADINGS[n] ?? '', style));
    const html = tables[n]?.() ?? '';
    if (html) out.push(html);
  };
  for (const p of paragraphs) {
    if (p === '') continue;
    const n = headingNumber(p);
    if (n !== null) {
      for (const m of [2, 3, 4]) if (m < n) place(m, true);
      out.push(renderHeading(p, style));
      if (n >= 2 && n <= 4) place(n, false);
    } else {
      out.push(renderParagraph(p, style));
    }
  }
  for (const m of [2, 3, 4]) place(m, true);

  const charset = opts.charset ?? 'utf-8';
  const metas = Object.entries(opts.meta ?? {})
    .map(([k, v]) => `<meta name="${esc(k)}" content="${esc(v)}">`)
    .join('\n');
  const [open, close] = CONTAINER[style];
  const banner = opts.banner ? `<p class="gouji-sample-note">${esc(opts.banner)}</p>\n` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${esc(charset)}">`,
    `<title>${esc(input.title)}</title>`,
    `<meta name="ArticleTitle" content="${esc(input.title)}">`,
    '<meta name="ColumnName" content="政府信息公开年报">',
    metas,
    '</head>',
    '<body>',
    '<div class="article">',
    renderTitle(input.title, style),
    open,
    banner + out.join('\n'),
    close,
    '</div>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
