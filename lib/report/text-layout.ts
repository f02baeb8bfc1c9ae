import type { RowKey } from '../model/keys';
import { isLabelText, labelKey, parseCellValue } from '../text/normalize';
import { matchColumnHeader, matchRowLabel } from './row-labels';

/**
 * Section three's rows rebuilt from text a PDF tool laid out for the eye (pdftotext with and
 * without -layout, a viewer's copy): labels wrapped over several lines above and below their
 * figures, category labels spread one character a line, figures on lines of their own.
 *
 * Two shapes. Aligned text keeps each row's figures on one line, at columns: a figure line is a
 * row, label fragments join the figure line they belong to (a numbered fragment starts the
 * label of the next one, an unnumbered one continues the nearest), and a row with fewer than
 * seven figures has its blanks placed by the columns of the nearest full row. Unaligned text
 * gives one figure a line: runs of figures are cut into rows of seven, the first taking the
 * label printed just before the run, the others left to be placed by structure.
 *
 * What cannot be rebuilt with confidence is said in `doubts`; the reader then reports the table
 * as unreadable instead of doing arithmetic on a guess.
 */

export type Doubt =
  | { kind: 'run'; figures: number; label: string }
  | { kind: 'blank-place'; line: number; figures: number }
  | { kind: 'too-many'; line: number; figures: number };

export interface Rebuilt {
  /** [label parts…, seven cells] per row ('' for a blank cell); [seven cells] for a row without a label. */
  rows: string[][];
  /** Rows whose labels are printed away from any figures: evidence of the template. */
  hints: RowKey[];
  doubts: Doubt[];
  shape: 'aligned' | 'unaligned';
}

interface Token {
  text: string;
  col: number;
  end: number;
}

/** A numbering that starts a label: 一、 （一） (1) 1. 1、 */
const NUMBERED = /^(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+\s*[.．、]|[一二三四五六七八九十]+\s*[、.．])/;
const HEADER_WORDS = /申请人情况|法人或其他组织|勾稽关系|第一项加第二项|第三项加第四项/;

function tokenize(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], col: m.index!, end: m.index! + m[0].length });
  return out;
}

function isFigure(text: string): boolean {
  const v = parseCellValue(text);
  return v.kind === 'number' || v.kind === 'placeholder';
}

function isHeader(text: string): boolean {
  return matchColumnHeader(text) !== null || HEADER_WORDS.test(labelKey(text));
}

interface Line {
  n: number;
  /** The page the line is on (pdftotext starts each page with a form feed). */
  page: number;
  labels: Token[];
  figures: Token[];
  /** Whether a figure stands two spaces or more from what precedes it: text laid out by position. */
  spaced: boolean;
}

function splitLine(raw: string, n: number, page: number): Line {
  // A form feed starts a page; it takes no column of its own.
  const line = raw.replace(/\f/g, '');
  const tokens = tokenize(line);
  let k = tokens.length;
  while (k > 0 && isFigure(tokens[k - 1]!.text)) k--;
  const figures = tokens.slice(k);
  const spaced = figures.some((f, i) => f.col - (i + k > 0 ? tokens[i + k - 1]!.end : 0) >= 2);
  return { n, page, labels: tokens.slice(0, k).filter((t) => isLabelText(t.text)), figures, spaced };
}

export function rebuildRows(lines: string[]): Rebuilt {
  let page = 0;
  const split = lines.map((l, n) => {
    if (l.includes('\f')) page++;
    return splitLine(l, n, page);
  });
  const figureLines = split.filter((l) => l.figures.length > 0);
  const wide = figureLines.filter((l) => l.figures.length >= 3).length;
  // Text laid out by position keeps figures apart by runs of spaces, however few a row prints.
  const spaced = figureLines.filter((l) => l.spaced).length;
  const positional = wide >= Math.max(3, figureLines.length * 0.6) || spaced >= Math.max(3, figureLines.length * 0.6);
  return positional ? aligned(split) : unaligned(split);
}

// ——— aligned text (pdftotext -layout and the like) ———

interface Fragment {
  text: string;
  line: number;
  col: number;
}

/** Label tokens of a line grouped into fragments: words one space apart belong together. */
function fragments(line: Line): Fragment[] {
  const out: Fragment[] = [];
  let prev: Token | null = null;
  for (const t of line.labels) {
    const last = out[out.length - 1];
    // A lone character is a category label written downwards; it never joins its neighbour.
    // A numbering starts a label of its own, however close the tool set it to the category beside it.
    if (last && prev && t.col - prev.end <= 1 && [...prev.text].length > 1 && [...t.text].length > 1 && !NUMBERED.test(t.text)) last.text += t.text;
    else out.push({ text: t.text, line: line.n, col: t.col });
    prev = t;
  }
  return out;
}

function centers(tokens: Token[]): number[] {
  return tokens.map((t) => (t.col + t.end) / 2);
}

/**
 * Columns (0–6) for figures at positions `pos`, by reference positions of the seven columns: the
 * order-keeping choice whose offsets from the reference agree best. Null when no choice fits, or
 * when another fits nearly as well (the blanks could sit elsewhere).
 */
function fitColumns(pos: number[], ref: number[]): number[] | null {
  const k = pos.length;
  const choices: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) return void choices.push(chosen.slice());
    for (let c = from; c <= 7 - (k - chosen.length); c++) pick(c + 1, [...chosen, c]);
  };
  pick(0, []);
  const scored = choices
    .map((cols) => {
      const diffs = cols.map((c, i) => pos[i]! - ref[c]!).sort((a, b) => a - b);
      const shift = diffs[Math.floor(diffs.length / 2)]!;
      return { cols, error: diffs.reduce((acc, d) => acc + Math.abs(d - shift), 0) };
    })
    .sort((a, b) => a.error - b.error);
  const [best, second] = scored;
  if (!best || best.error / k > 2 || (second && second.error - best.error < 2)) return null;
  return best.cols;
}

/** Where the blanks of a short row sit, by the columns of a full row; null when it cannot be told. */
function placeBlanks(row: Token[], full: Token[]): string[] | null {
  const cols = fitColumns(centers(row), centers(full));
  if (!cols) return null;
  const out: string[] = Array.from({ length: 7 }, () => '');
  cols.forEach((c, i) => (out[c] = row[i]!.text));
  return out;
}

/** The first character of each column's heading (自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计). */
const HEADING_STARTS = ['自', '商', '科', '社', '法', '其', '总合'];
/** Header text that is not a column's heading: the group headings and the note on the sums. */
const NOT_HEADING = /申请人情况|法人或|其他组织|勾稽|之和|第[一二三四]项|本列/;

/**
 * The columns' positions from the column headings printed above the first row, as pdftotext
 * -layout lays them out (often one or two characters a line, several headings run together).
 */
function headingColumns(split: Line[], before: number): { page: number; at: number[] } | null {
  const at: (number | undefined)[] = HEADING_STARTS.map(() => undefined);
  let page = -1;
  for (const line of split) {
    if (line.n >= before) break;
    for (const t of line.labels) {
      if (NOT_HEADING.test(t.text) || NUMBERED.test(t.text)) continue;
      [...t.text].forEach((ch, i) => {
        const c = HEADING_STARTS.findIndex((s) => s.includes(ch));
        if (c >= 0 && at[c] === undefined) {
          at[c] = t.col + i + 0.5;
          page = line.page;
        }
      });
    }
  }
  if (at.some((x) => x === undefined)) return null;
  const cols = at as number[];
  for (let i = 1; i < 7; i++) if (cols[i]! <= cols[i - 1]!) return null;
  return { page, at: cols };
}

/** Figure positions of one page grouped into columns: positions within 1.5 characters of the last one join it. */
function clusterPositions(pos: number[]): number[][] {
  const sorted = [...pos].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p - last[last.length - 1]! <= 1.5) last.push(p);
    else out.push([p]);
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Whether `to` is `from` stretched and shifted (a page laid out at another scale), within a character and a half. */
function affine(from: number[], to: number[]): boolean {
  const mx = mean(from);
  const my = mean(to);
  const sxx = from.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return false;
  const a = from.reduce((acc, x, i) => acc + (x - mx) * (to[i]! - my), 0) / sxx;
  if (a < 0.5 || a > 2.5) return false;
  return from.every((x, i) => Math.abs(a * (x - mx) + my - to[i]!) <= 1.5);
}

interface PageColumns {
  /** For each column of figures on the page, left to right: its column in the table (0–6). */
  columns: number[];
  centers: number[];
  /** Every row on the page prints a figure in each of these columns and nowhere else. */
  uniform: boolean;
}

/**
 * The table columns of a page's columns of figures when no row on it prints all seven: by the
 * column headings on the same page; else, on a page that continues the table, by the columns the
 * pages before used when it prints as many (whole columns left blank throughout: only a few
 * applicant columns and the total printed). Null when neither tells.
 */
function pageColumns(rows: Line[], heading: { page: number; at: number[] } | null, before: PageColumns | null): PageColumns | null {
  const clusters = clusterPositions(rows.flatMap((r) => centers(r.figures)));
  const at = clusters.map(mean);
  const uniform = rows.every((r) => r.figures.length === at.length);
  if (at.length > 7) return null;
  if (at.length === 7) return { columns: [0, 1, 2, 3, 4, 5, 6], centers: at, uniform };
  if (heading && heading.page === rows[0]!.page) {
    const cols = fitColumns(at, heading.at);
    return cols ? { columns: cols, centers: at, uniform } : null;
  }
  if (!before) return null;
  // The same few columns on every row of the pages before and of this one: the tool may squeeze
  // a page's spacing line by line, but the figures keep their order.
  if (before.uniform && rows.every((r) => r.figures.length === before.columns.length)) return { columns: before.columns, centers: [], uniform: true };
  if (before.columns.length === at.length && (at.length < 3 || affine(before.centers, at))) return { columns: before.columns, centers: at, uniform };
  return null;
}

/** A short row's cells by its page's columns; null when a figure falls between columns or two share one. */
function placeByPage(row: Line, page: PageColumns): string[] | null {
  const out: string[] = Array.from({ length: 7 }, () => '');
  if (page.uniform && row.figures.length === page.columns.length) {
    row.figures.forEach((f, i) => (out[page.columns[i]!] = f.text));
    return out;
  }
  const used = new Set<number>();
  for (const [i, c] of centers(row.figures).entries()) {
    const k = page.centers.findIndex((x) => Math.abs(x - c) <= 2);
    if (k < 0 || used.has(k)) return null;
    used.add(k);
    out[page.columns[k]!] = row.figures[i]!.text;
  }
  return out;
}

function aligned(split: Line[]): Rebuilt {
  const doubts: Doubt[] = [];
  const rows = split.filter((l) => l.figures.length > 0);
  const full = rows.filter((l) => l.figures.length === 7);
  const heading = rows.length ? headingColumns(split, rows[0]!.n) : null;
  // Pages without a full row: their columns by the headings or by the pages before.
  const byPage = new Map<number, PageColumns | null>();
  let before: PageColumns | null = null;
  for (const page of [...new Set(rows.map((r) => r.page))]) {
    const on = rows.filter((r) => r.page === page);
    if (on.some((r) => r.figures.length === 7)) continue;
    const cols = pageColumns(on, heading, before);
    byPage.set(page, cols);
    before = cols;
  }
  const cells = rows.map((l): string[] => {
    if (l.figures.length === 7) return l.figures.map((t) => t.text);
    if (l.figures.length > 7) {
      doubts.push({ kind: 'too-many', line: l.n, figures: l.figures.length });
      return l.figures.map((t) => t.text);
    }
    const page = byPage.get(l.page);
    let placed: string[] | null = null;
    if (page) placed = placeByPage(l, page);
    else if (full.length) {
      // The nearest full row, on the same page when there is one: a page break may change the spacing of the columns.
      const same = full.filter((f) => f.page === l.page);
      const near = (same.length ? same : full).reduce((a, b) => (Math.abs(b.n - l.n) < Math.abs(a.n - l.n) ? b : a));
      placed = placeBlanks(l.figures, near.figures);
    }
    if (!placed) {
      doubts.push({ kind: 'blank-place', line: l.n, figures: l.figures.length });
      return l.figures.map((t) => t.text);
    }
    return placed;
  });
  const frags = new Map(split.map((l) => [l.n, fragments(l)] as const));
  const blank = blankRows(frags, rows);
  // Each label fragment to the figure line it belongs to.
  const parts: Fragment[][] = rows.map(() => []);
  const first = rows[0]?.n ?? 0;
  const last = rows[rows.length - 1]?.n ?? 0;
  for (const line of split) {
    for (const f of frags.get(line.n)!) {
      if (isHeader(f.text) || /^-\s*\d+\s*-$/.test(f.text) || blank.taken.has(f)) continue;
      let target = rows.findIndex((r) => r.n === line.n);
      if (target < 0) {
        if (line.n < first - 2 || line.n > last + 2) continue;
        const next = rows.findIndex((r) => r.n > line.n);
        const prev = next < 0 ? rows.length - 1 : next - 1;
        // A group's label above a row that prints its own in that column (（五）不予 over （七）总计) is no part of it.
        if (NUMBERED.test(f.text) && next >= 0 && frags.get(rows[next]!.n)!.some((o) => NUMBERED.test(o.text) && Math.abs(o.col - f.col) <= 3)) continue;
        if (NUMBERED.test(f.text) && next >= 0) target = next;
        else if (next < 0) target = prev;
        else if (prev < 0) target = next;
        // An unnumbered fragment continues the nearer label; on a tie, the one above.
        else target = rows[next]!.n - line.n < line.n - rows[prev]!.n ? next : prev;
      }
      if (target >= 0) parts[target]!.push(f);
    }
  }
  const placed = rows.map((r, i) => ({ n: r.n, row: [...labelParts(parts[i]!), ...cells[i]!] }));
  for (const b of blank.rows) placed.push({ n: b.n, row: [b.label, '', '', '', '', '', '', ''] });
  placed.sort((a, b) => a.n - b.n);
  return { rows: placed.map((p) => p.row), hints: [], doubts, shape: 'aligned' };
}

/**
 * Rows printed without a figure (every cell blank): between two figure lines, a numbered label
 * that names a row and is followed by another such label before the next figure line. The last
 * label of such a run heads the next figure line's row unless that line carries its own.
 */
function blankRows(frags: Map<number, Fragment[]>, rows: Line[]): { rows: { n: number; label: string }[]; taken: Set<Fragment> } {
  const out: { n: number; label: string }[] = [];
  const taken = new Set<Fragment>();
  for (let i = 1; i < rows.length; i++) {
    const from = rows[i - 1]!.n;
    const to = rows[i]!.n;
    const segments: { frags: Fragment[]; col: number }[] = [];
    for (let n = from + 1; n < to; n++) {
      for (const f of frags.get(n) ?? []) {
        if (isHeader(f.text)) continue;
        if (NUMBERED.test(f.text)) segments.push({ frags: [f], col: f.col });
        else
          [...segments]
            .reverse()
            .find((s) => Math.abs(s.col - f.col) <= 3)
            ?.frags.push(f);
      }
    }
    const keyOf = (s: { frags: Fragment[] }) => matchRowLabel([s.frags.map((f) => f.text).join('')]);
    const naming = segments.filter((s) => keyOf(s) !== null);
    const own = (frags.get(to) ?? []).map((f) => (NUMBERED.test(f.text) ? matchRowLabel([f.text]) : null)).find((k) => k !== null) ?? null;
    // （六）其他处理 is a row of the 2019 template but heads three rows in the 2021 one: a row only right above （七）总计.
    const blanks = (own ? naming : naming.slice(0, -1)).filter(
      (s, k, all) => keyOf(s) !== 'other_handling' || (k === all.length - 1 && own === 'results_total'),
    );
    for (const s of blanks) {
      out.push({ n: s.frags[0]!.line, label: s.frags.map((f) => f.text).join('') });
      for (const f of s.frags) taken.add(f);
    }
  }
  return { rows: out, taken };
}

/** A row's fragments as label parts: one part per column of fragments, left to right, each read downwards. */
function labelParts(frags: Fragment[]): string[] {
  const clusters: Fragment[][] = [];
  const single = (f: Fragment) => [...f.text].length === 1;
  for (const f of [...frags].filter((f) => !single(f)).sort((a, b) => a.col - b.col)) {
    const c = clusters.find((cl) => Math.abs(cl[0]!.col - f.col) <= 3);
    if (c) c.push(f);
    else clusters.push([f]);
  }
  // A lone character ends a label wrapped under it (…执法案 / 卷); alone it is a category written downwards.
  for (const f of frags.filter(single)) clusters.find((cl) => Math.abs(cl[0]!.col - f.col) <= 1)?.push(f);
  return clusters.map((cl) =>
    cl
      .sort((a, b) => a.line - b.line || a.col - b.col)
      .map((f) => f.text)
      .join(''),
  );
}

// ——— unaligned text (pdftotext without -layout, a viewer's copy) ———

/** A run of figures with the label lines printed before it. */
interface Block {
  /** Every label line since the run before. */
  before: string[];
  /** Where in `before` the run's own label starts. */
  from: number;
  /** The run's own label (with a tail printed inside the run), one part. */
  label: string[];
  run: string[];
}

function unaligned(split: Line[]): Rebuilt {
  const blocks: Block[] = [];
  let pending: string[] = [];
  let current: Block | null = null;
  const nonBlank = split.filter((l) => l.labels.length || l.figures.length);
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  nonBlank.forEach((line, i) => {
    const text = line.labels.map((t) => t.text).join(' ');
    if (text && !isHeader(text) && !/^-\s*\d+\s*-$/.test(text)) {
      const nextIsFigure = (nonBlank[i + 1]?.figures.length ?? 0) > 0 && !nonBlank[i + 1]!.labels.length;
      // A label's wrapped tail printed inside its own run of figures.
      if (current && !NUMBERED.test(text) && (nextIsFigure || line.figures.length)) current.label = [current.label.join('') + text];
      else {
        close();
        pending.push(text);
      }
    }
    if (line.figures.length) {
      if (!current) {
        // The run's label: the lines just before it, back to the one that starts with a numbering.
        let from = pending.length - 1;
        while (from > 0 && !NUMBERED.test(pending[from]!) && pending.length - from < 4) from--;
        from = Math.max(0, from);
        // One label wrapped over lines: one part, so its words are matched whole.
        current = { before: pending, from, label: pending.length ? [pending.slice(from).join('')] : [], run: [] };
        pending = [];
      }
      current.run.push(...line.figures.map((t) => t.text));
    }
  });
  close();
  const built = fromBlocks(blocks);
  hintsOf(pending, built.hints);
  return { ...built, shape: 'unaligned' };
}

/** The labels of lines, each from its numbering to the next, that name a row. */
function namingLabels(lines: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('');
    if (current.length && matchRowLabel([text])) out.push(text);
    current = [];
  };
  for (const l of lines) {
    if (NUMBERED.test(l)) flush();
    current.push(l);
  }
  flush();
  return out;
}

const names = (b: Block) => b.label.length > 0 && matchRowLabel(b.label) !== null;

/**
 * Rows from runs of figures. Three shapes: a run of seven figures a row, after the label of its
 * first row (the others placed by structure); a run of n rows after exactly n labels that name
 * rows (the tool printed a page's labels before its figures: paired in order); runs of a few
 * figures each after its row's label, followed by one run holding the other columns of those rows
 * (the tool read the table in two blocks of columns: each block row by row, as it reads a block).
 */
function fromBlocks(blocks: Block[]): Omit<Rebuilt, 'shape'> {
  const rows: string[][] = [];
  const hints: RowKey[] = [];
  const doubts: Doubt[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const n = block.run.length / 7;
    const labels = namingLabels(block.before);
    const keys = labels.map((l) => matchRowLabel([l]));
    if (Number.isInteger(n) && n >= 2 && labels.length === n && new Set(keys).size === n) {
      // The last label may have a tail printed inside the run.
      const own = block.label.join('');
      if (own.startsWith(labels[n - 1]!)) labels[n - 1] = own;
      labels.forEach((l, k) => rows.push([l, ...block.run.slice(k * 7, k * 7 + 7)]));
      continue;
    }
    const width = block.run.length;
    if (width < 7 && names(block)) {
      let e = b;
      while (e < blocks.length && blocks[e]!.run.length === width && names(blocks[e]!) && namingLabels(blocks[e]!.before).length <= 1) e++;
      const rest = blocks[e];
      const m = e - b;
      if (rest && !names(rest) && namingLabels(rest.before).length === 0 && rest.run.length === m * (7 - width)) {
        for (let k = 0; k < m; k++) {
          const head = blocks[b + k]!;
          rows.push([...head.label, ...head.run, ...rest.run.slice(k * (7 - width), (k + 1) * (7 - width))]);
        }
        b = e;
        continue;
      }
    }
    hintsOf(block.before.slice(0, block.from), hints);
    if (block.run.length % 7 !== 0) {
      doubts.push({ kind: 'run', figures: block.run.length, label: block.label.join('') });
      rows.push([...block.label, ...block.run]);
    } else for (let k = 0; k < block.run.length; k += 7) rows.push(k === 0 ? [...block.label, ...block.run.slice(0, 7)] : block.run.slice(k, k + 7));
  }
  return { rows, hints, doubts };
}

/** Rows named by labels printed away from their figures, each label from its numbering to the next. */
function hintsOf(labels: string[], into: RowKey[]): void {
  let current: string[] = [];
  const flush = () => {
    const key = current.length ? matchRowLabel([current.join('')]) : null;
    // （六）其他处理 heads the 2021 template's three rows too: a label alone says nothing of the template.
    if (key && key !== 'other_handling') into.push(key);
    current = [];
  };
  for (const l of labels) {
    if (NUMBERED.test(l)) flush();
    current.push(l);
  }
  flush();
}
