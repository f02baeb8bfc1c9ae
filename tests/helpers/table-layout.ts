/**
 * Test helper: lays out a table's raw cell texts with the spans real pages have. It MIRRORS cell
 * texts: it never parses numbers or maps labels to row keys. The only structure it adds is the one
 * real pages have:
 *   - leading empty cells of a row are folded into the rowspan of the cell above them (the cell
 *     at the same position in the previous row, when that cell is followed by a non-empty cell);
 *   - a data row narrower than the widest data row gets the difference as colspan on its first
 *     own cell with rowspan 1 (the label cell, like 一、本年新收… colspan=3);
 *   - header rows that are recognisably the national template's (自然人/法人或其他组织/总计…,
 *     行政复议/行政诉讼…) get the template's rowspan/colspan, their empty cells being folded in.
 * Nothing else is dropped: every non-empty cell text of the input appears, in order, as one
 * table cell of the output.
 */

export interface LaidCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** index of the input row the cell starts on */
  row: number;
}

export interface LaidRow {
  header: boolean;
  cells: LaidCell[];
}

export const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');
export const isEmptyText = (s: string): boolean => compact(s) === '';
const isDigitsText = (s: string): boolean => /^\d+$/.test(compact(s));

function headerRowCount(rows: string[][]): number {
  const i = rows.findIndex((r) => r.some((c) => isDigitsText(c)));
  return Math.max(i, 0);
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
        if (a?.valid && a.cell.row + a.cell.rowspan === r) {
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
  const texts = rows
    .flat()
    .map(compact)
    .filter((t) => t !== '');
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

/** The rows of a table as HTML would lay them out: header rows, then data rows, with their spans. */
export function layoutTable(rows: string[][]): LaidRow[] {
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
