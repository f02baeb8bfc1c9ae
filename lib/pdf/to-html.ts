import { titleNamesReport } from '../page/detect';
import { documentLines, lineText, type Line } from './lines';
import { findTables, type PdfTable, type TableCell } from './tables';
import type { PdfBox, PdfPage } from './types';

export interface PdfHtmlOptions {
  /** The address the PDF came from; becomes the document's base. */
  url?: string;
  /** The publication date of the page that linked the PDF, when known. */
  published?: string | null;
  /** The report's name when the pages do not print it (a page's table read from a picture). */
  title?: string | null;
  /**
   * Ready-made HTML to place in the flow (tables OCR read from their rules): each goes before the
   * first line printed below `y` (points from the top of `page`).
   */
  blocks?: readonly { page: number; y: number; html: string }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** `data-pdf` carries where a cell was printed: "page,left,top,width,height[;page,…]". */
export function encodeBoxes(boxes: readonly PdfBox[]): string {
  return boxes.map((b) => [b.page, ...b.box].join(',')).join(';');
}

export function decodeBoxes(value: string | null | undefined): PdfBox[] {
  if (!value) return [];
  const out: PdfBox[] = [];
  for (const part of value.split(';')) {
    const n = part.split(',').map(Number);
    if (n.length === 5 && n.every(Number.isFinite)) out.push({ page: n[0]!, box: [n[1]!, n[2]!, n[3]!, n[4]!] });
  }
  return out;
}

function cellHtml(cell: TableCell): string {
  const spans = (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  const where = cell.boxes.length ? ` data-pdf="${encodeBoxes(cell.boxes)}"` : '';
  return `<td${spans}${where}>${escapeHtml(cell.text)}</td>`;
}

function tableHtml(table: PdfTable): string {
  return `<table>${table.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')}</table>`;
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const NEW_PARAGRAPH = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))/;

/** Items far apart on one line outside the tables are cells of a small table (section two's). */
function wideGaps(line: Line): boolean {
  return line.items.some((it, i) => i > 0 && it.x - (line.items[i - 1]!.x + line.items[i - 1]!.w) > it.size * 2.5);
}

function splitCells(line: Line): string[] {
  const cells: string[][] = [[]];
  line.items.forEach((it, i) => {
    if (i > 0 && it.x - (line.items[i - 1]!.x + line.items[i - 1]!.w) > it.size * 2.5) cells.push([]);
    cells[cells.length - 1]!.push(it.text);
  });
  return cells.map((c) => c.join('').trim());
}

/**
 * The PDF as an HTML document: prose lines joined back into paragraphs, tables rebuilt with
 * their spans, each cell's position kept. The page reader then audits it like any report page.
 */
export function pdfToHtml(pages: readonly PdfPage[], options: PdfHtmlOptions = {}): string {
  const lines = documentLines(pages);
  const pageTops = new Map<number, number>();
  pages.reduce((offset, p) => (pageTops.set(p.number, offset), offset + p.height), 0);
  const tables = findTables(lines, pages);
  const tableOf = new Map<Line, PdfTable>();
  for (const t of tables) for (const l of t.lines) tableOf.set(l, t);

  const pageRight = new Map<number, number>();
  for (const l of lines) if (!tableOf.has(l)) pageRight.set(l.page, Math.max(pageRight.get(l.page) ?? 0, l.right));

  // The title: the first lines that name the report, or else the larger lines at the top.
  const firstPage = lines.filter((l) => l.page === pages[0]?.number && !tableOf.has(l)).slice(0, 6);
  let titleLines: Line[] = [];
  for (let n = 1; n <= 3 && n <= firstPage.length; n++) {
    if (titleNamesReport(firstPage.slice(0, n).map(lineText).join(''))) {
      titleLines = firstPage.slice(0, n);
      break;
    }
  }
  const biggest = Math.max(0, ...firstPage.map((l) => l.size));
  if (!titleLines.length && biggest > Math.min(...firstPage.map((l) => l.size)) * 1.15) {
    for (const l of firstPage) {
      if (l.size >= biggest * 0.9) titleLines.push(l);
      else if (titleLines.length) break;
    }
  }
  const title = titleLines.map(lineText).join('') || options.title || '';

  const parts: string[] = [];
  if (title) parts.push(`<h1>${escapeHtml(title)}</h1>`);
  let paragraph = '';
  // Where the paragraph's lines were printed, so a finding quoting the prose can point there too.
  let lineBoxes: PdfBox[] = [];
  let lineStarts: number[] = [];
  let prev: Line | null = null;
  const flush = () => {
    if (paragraph) parts.push(`<p data-pdf="${encodeBoxes(lineBoxes)}" data-pdf-starts="${lineStarts.join(',')}">${escapeHtml(paragraph)}</p>`);
    paragraph = '';
    lineBoxes = [];
    lineStarts = [];
    prev = null;
  };
  const emitted = new Set<PdfTable>();
  const blocks = [...(options.blocks ?? [])].sort((a, b) => a.page - b.page || a.y - b.y);
  const placeBlocks = (before: Line | null) => {
    while (
      blocks.length &&
      (!before || blocks[0]!.page < before.page || (blocks[0]!.page === before.page && blocks[0]!.y <= before.gy - (pageTops.get(before.page) ?? 0)))
    ) {
      flush();
      parts.push(blocks.shift()!.html);
    }
  };
  for (const line of lines) {
    placeBlocks(line);
    if (titleLines.includes(line)) continue;
    const table = tableOf.get(line);
    if (table) {
      if (!emitted.has(table)) {
        flush();
        parts.push(tableHtml(table));
        emitted.add(table);
      }
      continue;
    }
    if (wideGaps(line)) {
      flush();
      parts.push(
        `<table><tr>${splitCells(line)
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join('')}</tr></table>`,
      );
      continue;
    }
    const text = lineText(line);
    const p = prev as Line | null;
    // A line that reached the right margin runs on into the next, across a page break too.
    const runsOn = p && Math.abs(p.size - line.size) < line.size * 0.15 && p.right >= (pageRight.get(p.page) ?? 0) - line.size * 2 && !NEW_PARAGRAPH.test(text);
    if (!runsOn) flush();
    const joined = paragraph && !CJK_END.test(paragraph) ? ' ' + text : text;
    lineStarts.push(paragraph.length + joined.length - text.length);
    paragraph += joined;
    lineBoxes.push(lineBox(line, pageTops));
    prev = line;
  }
  placeBlocks(null);
  flush();

  const base = options.url ? `<base href="${escapeHtml(options.url)}">` : '';
  const date = options.published ? `<meta name="PubDate" content="${escapeHtml(options.published)}">` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${base}${date}<title>${escapeHtml(title)}</title></head><body><div id="zoom">${parts.join('\n')}</div></body></html>`;
}

/** A line's box on its page (lines carry document-wide y; `tops` gives each page's offset). */
function lineBox(line: Line, tops: Map<number, number>): PdfBox {
  const top = line.gy - (tops.get(line.page) ?? 0) - line.size;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { page: line.page, box: [r(line.left), r(top), r(line.right - line.left), r(line.size * 1.2)] };
}
