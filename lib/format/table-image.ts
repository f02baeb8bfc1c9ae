import type { Lang } from '../model/finding';
import { colName, rowName } from '../i18n/words';
import { reportWords } from '../i18n/ui-report';
import { COL_KEYS } from '../model/keys';
import type { AuditResult } from '../model/schema';
import { markedRows, markedText } from './cell-marks';
import { causesOf, oneLine, pageAddress } from './finding-fields';
import { BADGE_COLORS, verdictLine, verdictOf } from './verdict';
import { beijingTime } from './when';

/**
 * The section-three table as a picture for a phone (复制为图片): the table as read with its
 * marks, the causes, and a caption — agency, year, verdict, source address, audit time in Beijing
 * time. Drawn by Gouji from the audit result, never a screenshot of the page, so a PDF's table or
 * a page whose layout is broken pictures the same. Laid out here as a list of drawing operations
 * (pure, testable: the texts are data); painted onto any 2D canvas by paintTableImage.
 */

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number; dash?: number[] }
  | { kind: 'text'; x: number; y: number; text: string; font: string; color: string; align?: 'left' | 'right' | 'center' };

export interface TableImage {
  width: number;
  height: number;
  ops: DrawOp[];
  /** The caption's lines, as drawn. */
  caption: string[];
}

/** Text width in pixels for a CSS font (the canvas's measureText in the panel). */
export type Measure = (text: string, font: string) => number;

export const IMAGE_WIDTH = 1080;
const M = 40;
const FAMILY = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif';
const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FAMILY}`;
const SHORT_COLS: Record<Lang, readonly string[]> = {
  'zh-CN': ['自然人', '商业', '科研', '公益', '法律', '其他', '总计'],
  en: ['Person', 'Firm', 'Res.', 'NGO', 'Legal', 'Other', 'Total'],
};

/** Lines no wider than `max`: English at a space, Chinese (and anything without one) at any character. */
export function wrapText(text: string, f: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (measure(line + ch, f) <= max || !line) {
      line += ch;
      continue;
    }
    const space = line.lastIndexOf(' ');
    // Chinese breaks between any two characters; only a line without it waits for a space.
    if (space > line.length / 2 && ch !== ' ' && !/[\u3000-\u9fff]/.test(line)) {
      lines.push(line.slice(0, space));
      line = line.slice(space + 1) + ch;
    } else {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fit(text: string, f: string, max: number, measure: Measure): string {
  if (measure(text, f) <= max) return text;
  let s = text;
  while (s.length > 1 && measure(`${s}…`, f) > max) s = s.slice(0, -1);
  return `${s}…`;
}

export interface TableImageOptions {
  lang: Lang;
  measure: Measure;
  /** The page's address; the audit's source when absent. */
  url?: string;
  auditedAt?: string;
}

export function tableImage(result: AuditResult, options: TableImageOptions): TableImage | null {
  const { lang, measure } = options;
  const marked = markedRows(result);
  if (!marked) return null;
  const w = reportWords(lang);
  const en = lang === 'en';
  const colon = w.colon;
  const ops: DrawOp[] = [];
  const inner = IMAGE_WIDTH - 2 * M;
  let y = M;
  const text = (s: string, px: number, opts: { bold?: boolean; color?: string; x?: number; align?: 'left' | 'right' | 'center'; lineH?: number } = {}) => {
    const f = font(px, opts.bold);
    for (const line of wrapText(s, f, inner - ((opts.x ?? M) - M), measure)) {
      y += opts.lineH ?? Math.round(px * 1.45);
      ops.push({ kind: 'text', x: opts.x ?? M, y, text: line, font: f, color: opts.color ?? '#1a1a1a', align: opts.align });
    }
  };

  const r = result.report;
  const agency = r?.agency ? oneLine(r.agency) : '';
  const v = verdictOf(result);
  const verdict = verdictLine(v, lang);
  const color =
    v.kind === 'errors' ? BADGE_COLORS.error : v.kind === 'warnings' ? BADGE_COLORS.warning : v.kind === 'holds' ? BADGE_COLORS.ok : BADGE_COLORS.grey;

  text(`${en ? 'Gouji check' : '勾稽核对'}${colon}${[agency, r?.year ? w.year(r.year) : ''].filter(Boolean).join(' ')}`, 40, { bold: true });
  text(`${w.verdict}${colon}${verdict}`, 34, { bold: true, color });
  const causes = causesOf(result, lang);
  causes.slice(0, 3).forEach((c, i) => text(`${i + 1}. ${oneLine(c.message)}`, 26, { color: '#7f1010' }));
  if (causes.length > 3) text(en ? `… and ${causes.length - 3} more causes` : `……另有 ${causes.length - 3} 个原因`, 24, { color: '#555' });
  y += 20;

  // The table: a label column, then seven figures.
  const labelW = 380;
  const colW = (inner - labelW) / COL_KEYS.length;
  const rowH = 44;
  const head = font(22, true);
  ops.push({ kind: 'rect', x: M, y, w: inner, h: rowH, fill: '#eeeeee', stroke: '#888', lineWidth: 1 });
  ops.push({ kind: 'text', x: M + 10, y: y + 30, text: en ? 'Row' : '行', font: head, color: '#1a1a1a' });
  SHORT_COLS[lang].forEach((c, i) =>
    ops.push({ kind: 'text', x: M + labelW + colW * (i + 1) - 10, y: y + 30, text: c, font: head, color: '#1a1a1a', align: 'right' }),
  );
  y += rowH;
  const label = font(21);
  marked.rows.forEach(({ row, cells }, n) => {
    ops.push({ kind: 'rect', x: M, y, w: inner, h: rowH, fill: n % 2 ? '#fafafa' : '#ffffff', stroke: '#bbb', lineWidth: 1 });
    ops.push({ kind: 'text', x: M + 10, y: y + 30, text: fit(rowName(row, lang), label, labelW - 16, measure), font: label, color: '#1a1a1a' });
    cells.forEach((c, i) => {
      const x = M + labelW + colW * i;
      if (c.suspect) ops.push({ kind: 'rect', x: x + 3, y: y + 3, w: colW - 6, h: rowH - 6, fill: '#fdecea', stroke: BADGE_COLORS.error, lineWidth: 6 });
      else if (c.mark === 'error') ops.push({ kind: 'rect', x: x + 3, y: y + 3, w: colW - 6, h: rowH - 6, stroke: BADGE_COLORS.error, lineWidth: 4 });
      else if (c.mark === 'warning')
        ops.push({ kind: 'rect', x: x + 3, y: y + 3, w: colW - 6, h: rowH - 6, stroke: BADGE_COLORS.warning, lineWidth: 3, dash: [6, 4] });
      // A figure never loses digits to an ellipsis: the suspect's "◆ 7 → 6" is set tighter, then smaller.
      const s = c.suspect ? markedText(c, lang).replace(/ /g, '') : markedText(c, lang);
      const loud = Boolean(c.suspect) || c.mark === 'error';
      const f = [24, 22, 20, 18, 16].map((px) => font(px, loud)).find((candidate) => measure(s, candidate) <= colW - 12) ?? font(16, loud);
      ops.push({
        kind: 'text',
        x: x + colW - 10,
        y: y + 30,
        text: s,
        font: f,
        color: loud ? BADGE_COLORS.error : c.value === null ? '#777' : '#1a1a1a',
        align: 'right',
      });
    });
    y += rowH;
  });
  // Column names in full once, since the header is short.
  text(
    COL_KEYS.flatMap((c, i) => (SHORT_COLS[lang][i] === colName(c, lang) ? [] : [`${SHORT_COLS[lang][i]} = ${colName(c, lang)}`])).join(en ? '; ' : '；'),
    18,
    { color: '#555' },
  );
  text(w.tableLegend, 20, { color: '#333' });
  y += 16;

  // The caption, on a grey band.
  const bandTop = y;
  const caption = [
    `${w.summaryHead[0]}${colon}${agency || (en ? 'unknown' : '未知')}`,
    `${w.summaryHead[1]}${colon}${r?.year ?? (en ? 'unknown' : '未知')}`,
    `${w.verdict}${colon}${verdict}`,
    `${w.source}${colon}${pageAddress(result, options.url)}`,
    ...(options.auditedAt ? [`${w.auditedAt}${colon}${oneLine(beijingTime(options.auditedAt, lang))}`] : []),
  ];
  const captionOps = ops.length;
  y += 8;
  for (const line of caption) text(line, 24, { x: M + 16 });
  text(en ? 'Checked by Gouji (勾稽)' : '由勾稽（Gouji）核对', 20, { x: M + 16, color: '#555' });
  y += 20;
  ops.splice(captionOps, 0, { kind: 'rect', x: M, y: bandTop, w: inner, h: y - bandTop, fill: '#f1f3f4', stroke: '#999', lineWidth: 1 });
  const height = Math.ceil(y + M / 2);
  return { width: IMAGE_WIDTH, height, ops: [{ kind: 'rect', x: 0, y: 0, w: IMAGE_WIDTH, h: height, fill: '#ffffff' }, ...ops], caption };
}

/** The few canvas calls the image needs (CanvasRenderingContext2D has them all). */
export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  setLineDash(segments: number[]): void;
}

export function paintTableImage(ctx: Canvas2D, image: TableImage): void {
  for (const op of image.ops) {
    if (op.kind === 'rect') {
      if (op.fill) {
        ctx.fillStyle = op.fill;
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        ctx.setLineDash(op.dash ?? []);
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.lineWidth ?? 1;
        ctx.strokeRect(op.x, op.y, op.w, op.h);
        ctx.setLineDash([]);
      }
    } else {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align ?? 'left';
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}
