/**
 * Test helper: renders report pages in the markup styles met on real portals (see
 * tests/fixtures/pages/SOURCES.tsv), the tables laid out by table-layout.ts and the seed text
 * exports read by seed-text.ts. Pure TypeScript, no dependencies.
 */
import { compact, isEmptyText, layoutTable, type LaidCell, type LaidRow } from './table-layout';

export type MarkupStyle = 'word-paste' | 'cms-p-center' | 'clean-thead' | 'ueditor';

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

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const chars = (s: string): string[] => Array.from(s);

function spanAttrs(c: LaidCell, quote: '"' | '' = ''): string {
  let a = '';
  if (c.rowspan > 1) a += ` rowspan=${quote}${c.rowspan}${quote}`;
  if (c.colspan > 1) a += ` colspan=${quote}${c.colspan}${quote}`;
  return a;
}

const W_FONT = 'font-family:仿宋_GB2312';

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
    return (head.length > 0 ? '<thead>' + head.map(tr).join('\n') + '</thead>\n' : '') + '<tbody>' + body.map(tr).join('\n') + '</tbody>';
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
    style === 'word-paste' ? "<span style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'></span>" : '<p>&nbsp;</p>';
  return (
    openTable(style) + '\n' + renderRows(first, style) + '\n</table>\n' + pageBreak + '\n' + openTable(style) + '\n' + renderRows(second, style) + '\n</table>'
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
  return m?.[1] ? NUMERALS.indexOf(m[1]) + 1 : null;
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
