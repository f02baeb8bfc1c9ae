import type { Lang } from '../model/finding';
import { dataOf } from '../checks';
import { colName } from '../i18n/words';
import { reportWords } from '../i18n/ui-report';
import { slug, tableHtml, type FiguresTable } from './agency-charts';
import { continuityChain, type AgencySeries, type ChainLink } from './report-series';
import { escapeHtml as esc } from './table';
import { SVG_FONT } from './svg-charts';

/**
 * The continuity chain of one agency's years, drawn top to bottom: a box per year, and between
 * two years two tracks — the applications carried (last year's 结转下年度 into this year's 上年结转)
 * and section two's 现行有效件数. A track that holds is a solid line; a broken one is cut, with a
 * ✗ in the cut and the word 断开 beside it (the shape and the word say it, not only the red); a
 * link over missing years is dotted, with the years it lacks. A table below says the same.
 */

type Track = 'holds' | 'broken' | 'unchecked';

function tracks(link: ChainLink): { carry: Track; docs: Track } {
  if (link.kind === 'gap') return { carry: 'unchecked', docs: 'unchecked' };
  const checkedDocs = link.to.result.report?.previous?.year === link.from.year;
  return { carry: link.kind, docs: link.sectionTwo.length ? 'broken' : checkedDocs ? 'holds' : 'unchecked' };
}

const W = 640;
const BOX_W = 210;
const BOX_H = 48;
const LINK_H = 70;
const TRACK_X = [60, 170];

function trackSvg(x: number, y0: number, y1: number, state: Track): string {
  if (state === 'holds') return `<line x1="${x}" x2="${x}" y1="${y0}" y2="${y1}" stroke="#1b5e20" stroke-width="4"/>`;
  if (state === 'unchecked') return `<line x1="${x}" x2="${x}" y1="${y0}" y2="${y1}" stroke="#757575" stroke-width="2" stroke-dasharray="2 5"/>`;
  // Broken: two stubs and a gap with a ✗ in a circle, drawn as strokes (no font needed).
  const mid = (y0 + y1) / 2;
  return (
    `<line x1="${x}" x2="${x}" y1="${y0}" y2="${mid - 16}" stroke="#b71c1c" stroke-width="4"/>` +
    `<line x1="${x}" x2="${x}" y1="${mid + 16}" y2="${y1}" stroke="#b71c1c" stroke-width="4"/>` +
    `<line x1="${x - 8}" x2="${x - 3}" y1="${mid - 16}" y2="${mid - 11}" stroke="#b71c1c" stroke-width="3"/><line x1="${x + 3}" x2="${x + 8}" y1="${mid + 11}" y2="${mid + 16}" stroke="#b71c1c" stroke-width="3"/>` +
    `<circle cx="${x}" cy="${mid}" r="9" fill="#fff" stroke="#b71c1c" stroke-width="2"/>` +
    `<path d="M${x - 4},${mid - 4} L${x + 4},${mid + 4} M${x + 4},${mid - 4} L${x - 4},${mid + 4}" stroke="#b71c1c" stroke-width="2.4"/>`
  );
}

const mark = (state: Track) => (state === 'holds' ? '✓' : state === 'broken' ? '✗' : '…');

function carryText(link: ChainLink, lang: Lang): string {
  const w = reportWords(lang);
  if (link.kind === 'gap') return w.gap(link.missing);
  const f = link.from.carriedForward;
  const o = link.to.carriedOver;
  const n = (v: number | null) => (v === null ? w.blank : String(v));
  const head = `${link.from.year} ${w.carriedForward} ${n(f)} ${link.kind === 'holds' ? '=' : '≠'} ${link.to.year} ${w.carriedOver} ${n(o)}`;
  const cols = link.differ.filter((d) => d.col !== 'total').map((d) => w.differ(colName(d.col, lang), n(d.forward), n(d.over)));
  return `${head}${cols.length ? (lang === 'en' ? ` (${cols.join('; ')})` : `（${cols.join('；')}）`) : ''}`;
}

function docsText(link: ChainLink, lang: Lang, state: Track): string {
  const w = reportWords(lang);
  if (link.kind === 'gap') return w.unchecked;
  if (state !== 'broken') return state === 'holds' ? w.noProblem : w.unchecked;
  return link.sectionTwo.map((f) => f.message ?? '').join('；');
}

/** Roughly how wide a line of 12 px text is: a Chinese character a square, the rest about 7 px. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) && !/[−–—→≠]/.test(ch) ? 12 : 7), 0);

/** The line cut with … to fit; the table below the drawing has it whole. */
function clipTo(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = s;
  while (out.length > 1 && textWidth(`${out}…`) > width) out = out.slice(0, -1);
  return `${out}…`;
}

/** "行政规范性文件 470 + 62 − 33 = 499 ≠ 440": section two's break in the numbers it adds up. */
function docsShort(link: ChainLink, lang: Lang): string {
  if (link.kind === 'gap') return '';
  const n = (v: unknown) => (typeof v === 'number' ? String(v) : '?');
  return link.sectionTwo
    .map((f) => {
      const d = dataOf(f, 'section-two-continuity');
      if (!d) return '';
      const name = d.kind === 'regulations' ? (lang === 'en' ? 'regulations' : '规章') : lang === 'en' ? 'normative' : '行政规范性文件';
      return `${name} ${n(d.previousInForce)} + ${n(d.issued)} − ${n(d.repealed)} = ${n(f.expected)} ≠ ${n(f.actual)}`;
    })
    .join(lang === 'en' ? '; ' : '；');
}

export function chainSvg(series: AgencySeries, lang: Lang): string {
  const w = reportWords(lang);
  const links = continuityChain(series);
  const years = series.years;
  const top = 30;
  const H = top + years.length * BOX_H + links.length * LINK_H + 8;
  const id = `c${slug(series.agency)}`;
  const out = [
    `<svg class="chart chain" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t" data-chart="${id}" font-size="12" ${SVG_FONT}>`,
    `<title id="${id}-t">${esc(`${series.agency} ${w.chain}`)}</title>`,
    `<text x="${TRACK_X[0]}" y="16" text-anchor="middle" font-weight="bold">${esc(w.trackCarry)}</text><text x="${TRACK_X[1]}" y="16" text-anchor="middle" font-weight="bold">${esc(w.trackDocs)}</text>`,
  ];
  let y = top;
  years.forEach((yf, i) => {
    const n = (v: number | null) => (v === null ? w.blank : String(v));
    out.push(
      `<rect x="8" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="#fff" stroke="#222" stroke-width="1.2"/>` +
        `<text x="18" y="${y + 19}" font-weight="bold" font-size="14">${esc(w.year(yf.year))}</text>` +
        `<text x="18" y="${y + 38}">${esc(`${w.carriedOver} ${n(yf.carriedOver)} · ${w.carriedForward} ${n(yf.carriedForward)}`)}</text>`,
    );
    y += BOX_H;
    const link = links[i];
    if (!link) return;
    const state = tracks(link);
    out.push(`<g data-link="${link.from.year}-${link.to.year}" data-carry="${state.carry}" data-docs="${state.docs}">`);
    out.push(trackSvg(TRACK_X[0]!, y, y + LINK_H, state.carry), trackSvg(TRACK_X[1]!, y, y + LINK_H, state.docs));
    const word = (s: Track) => (s === 'holds' ? w.holds : s === 'broken' ? w.broken : w.unchecked);
    const tx = BOX_W + 24;
    const clip = (s: string) => clipTo(s, W - tx - 8);
    if (link.kind === 'gap') {
      out.push(`<text x="${tx}" y="${y + LINK_H / 2 + 4}" fill="#444">${esc(carryText(link, lang))}</text>`);
    } else {
      out.push(
        `<text x="${tx}" y="${y + 26}"${state.carry === 'broken' ? ' font-weight="bold" fill="#b71c1c"' : ''}>${mark(state.carry)} ${esc(`${w.track(w.trackCarry, word(state.carry))}${w.colon}${clip(carryText(link, lang))}`)}</text>`,
        `<text x="${tx}" y="${y + 50}"${state.docs === 'broken' ? ' font-weight="bold" fill="#b71c1c"' : ''}>${mark(state.docs)} ${esc(`${w.track(w.trackDocs, word(state.docs))}${state.docs === 'broken' ? `${w.colon}${clip(docsShort(link, lang))}` : ''}`)}</text>`,
      );
    }
    out.push('</g>');
    y += LINK_H;
  });
  out.push('</svg>');
  return out.join('');
}

/** The chain as a table: link by link, the figures and what holds. */
export function chainFigures(series: AgencySeries, lang: Lang): FiguresTable {
  const w = reportWords(lang);
  const n = (v: number | null) => (v === null ? w.blank : String(v));
  const rows = continuityChain(series).map((link) => {
    const state = tracks(link);
    const word = (s: Track) => `${mark(s)} ${s === 'holds' ? w.holds : s === 'broken' ? w.broken : w.unchecked}`;
    const cells =
      link.kind === 'gap'
        ? [n(link.from.carriedForward), n(link.to.carriedOver), w.gap(link.missing), w.unchecked]
        : [
            n(link.from.carriedForward),
            n(link.to.carriedOver),
            `${word(state.carry)}${link.kind === 'broken' ? `${w.colon}${carryText(link, lang)}` : ''}`,
            `${word(state.docs)}${state.docs === 'broken' ? `${w.colon}${docsText(link, lang, state.docs)}` : ''}`,
          ];
    const key = `${link.from.year}-${link.to.year}`;
    return {
      key,
      cells: [`${link.from.year} → ${link.to.year}`, ...cells],
      attrs: { 'data-link': key, 'data-carry': state.carry, 'data-docs': state.docs },
      broken: state.carry === 'broken' || state.docs === 'broken',
    };
  });
  return {
    name: 'chain',
    caption: `${w.numbersBelow}${w.colon}${w.chain}`,
    head: w.chainHead,
    keys: ['carried_forward', 'carried_over', 'carry', 'docs'],
    rows,
    className: 'chain-table',
  };
}

export function chainTable(series: AgencySeries, lang: Lang): string {
  return tableHtml(chainFigures(series, lang));
}
