import { escapeHtml as esc } from './table';

/**
 * Plain SVG charts, drawn as text by our own code: a static file needs no script to show them,
 * an extension page shows the same string, and Chinese labels are just text in the page's font.
 * (Measured against libraries, 2026-12: Chartist 1.5.0 is 37.8 KB min / 12.2 KB gzip and draws
 * into a live DOM with a script; ECharts 6.1.0 can render SVG without a DOM but is 1.1 MB min /
 * 368 KB gzip. This file is a few KB and does all three kinds of chart the report needs.)
 *
 * Readable in grey print: every series has a fill pattern of its own (solid, hatched, dotted,
 * crossed, striped, light) besides its colour, a dark outline, and its figure written on or
 * beside it; the legend repeats the patterns.
 */

export interface Series {
  name: string;
  values: (number | null)[];
}

/** The drawing's width: the HTML report's; the panel asks for its own narrower one. */
export const CHART_WIDTH = 640;
const FONT = 12;
/** Named in the drawing itself: shown as an image (the panel), an SVG inherits no page font. */
export const SVG_FONT = `font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"`;
const COLORS = ['#1b5e20', '#558b2f', '#b71c1c', '#e65100', '#4a148c', '#9e9e9e', '#0d47a1', '#00838f'];

/** Pattern i: a fill that tells series apart without colour. */
function pattern(id: string, i: number): string {
  const c = COLORS[i % COLORS.length]!;
  const body = [
    `<rect width="8" height="8" fill="${c}"/>`,
    `<rect width="8" height="8" fill="#fff"/><path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${c}" stroke-width="2.2"/>`,
    `<rect width="8" height="8" fill="#fff"/><circle cx="2" cy="2" r="1.6" fill="${c}"/><circle cx="6" cy="6" r="1.6" fill="${c}"/>`,
    `<rect width="8" height="8" fill="#fff"/><path d="M0,0 l8,8 M8,0 l-8,8" stroke="${c}" stroke-width="1.6"/>`,
    `<rect width="8" height="8" fill="#fff"/><path d="M0,2 h8 M0,6 h8" stroke="${c}" stroke-width="1.8"/>`,
    `<rect width="8" height="8" fill="#e6e6e6"/>`,
    `<rect width="8" height="8" fill="#fff"/><path d="M2,0 v8 M6,0 v8" stroke="${c}" stroke-width="1.8"/>`,
    `<rect width="8" height="8" fill="#fff"/><path d="M0,4 h8 M4,0 v8" stroke="${c}" stroke-width="1.4"/>`,
  ][i % 8]!;
  return `<pattern id="${id}-p${i}" width="8" height="8" patternUnits="userSpaceOnUse">${body}</pattern>`;
}

const fill = (id: string, i: number) => `url(#${id}-p${i})`;

/** The step of a readable axis: 1, 2 or 5 times a power of ten, about four steps to the top. */
export function niceStep(max: number): number {
  if (max <= 4) return 1;
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
}

function open(id: string, title: string, W: number, height: number, count: number): string {
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="${id}-t" data-chart="${id}" font-size="${FONT}" ${SVG_FONT}>` +
    `<title id="${id}-t">${esc(title)}</title><defs>${Array.from({ length: count }, (_, i) => pattern(id, i)).join('')}</defs>`
  );
}

/** The legend: swatches in rows that wrap at the drawing's width; returns where it ends. */
function legend(id: string, names: readonly string[], width: number, x0 = 8): { svg: string; bottom: number } {
  let x = x0;
  let y = 16;
  const svg = names
    .map((name, i) => {
      const w = 26 + name.length * (/[\u3000-\u9fff]/.test(name) ? FONT : FONT * 0.6);
      if (x + w > width && x > x0) {
        x = x0;
        y += 18;
      }
      const out = `<rect x="${x}" y="${y - 10}" width="14" height="12" fill="${fill(id, i)}" stroke="#222" stroke-width="0.8"/><text x="${x + 18}" y="${y}">${esc(name)}</text>`;
      x += w;
      return out;
    })
    .join('');
  return { svg, bottom: y + 8 };
}

/**
 * Bars per category, one per series side by side (applications received; carried over and
 * forward; review and litigation). Each bar has its figure above it; a blank is written 空白.
 */
export function groupedBars(spec: {
  id: string;
  title: string;
  categories: readonly string[];
  series: readonly Series[];
  blank: string;
  width?: number;
}): string {
  const { id, categories, series } = spec;
  const W = spec.width ?? CHART_WIDTH;
  const key =
    series.length > 1
      ? legend(
          id,
          series.map((s) => s.name),
          W,
        )
      : { svg: '', bottom: 8 };
  const top = key.bottom + 24;
  const H = top + 176;
  const bottom = H - 28;
  const left = 44;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const y = (v: number) => bottom - (v / axisMax) * (bottom - top);
  const band = (W - left - 8) / Math.max(1, categories.length);
  const barW = Math.min(44, (band * 0.8) / Math.max(1, series.length));
  const parts = [open(id, spec.title, W, H, series.length), key.svg];
  for (let v = 0; v <= axisMax; v += step) {
    parts.push(
      `<line x1="${left}" x2="${W - 8}" y1="${y(v)}" y2="${y(v)}" stroke="#ccc"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#444">${v}</text>`,
    );
  }
  categories.forEach((cat, c) => {
    const x0 = left + c * band + (band - barW * series.length) / 2;
    series.forEach((s, i) => {
      const v = s.values[c];
      const x = x0 + i * barW;
      const mid = x + barW / 2;
      if (v === null || v === undefined) {
        parts.push(`<text x="${mid}" y="${bottom - 4}" text-anchor="middle" fill="#444" font-size="10">${esc(spec.blank)}</text>`);
        return;
      }
      parts.push(
        `<rect x="${x + 1}" y="${y(v)}" width="${barW - 2}" height="${bottom - y(v)}" fill="${fill(id, i)}" stroke="#222" stroke-width="0.8"><title>${esc(`${cat} ${s.name} ${v}`)}</title></rect>`,
      );
      parts.push(`<text x="${mid}" y="${y(v) - 4}" text-anchor="middle" font-weight="bold">${v}</text>`);
    });
    parts.push(`<text x="${left + c * band + band / 2}" y="${H - 10}" text-anchor="middle">${esc(cat)}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${W - 8}" y1="${bottom}" y2="${bottom}" stroke="#222"/></svg>`);
  return parts.join('');
}

/** One bar per category, its parts stacked to 100 %; each part's share written on it when it fits. */
export function stackedShares(spec: {
  id: string;
  title: string;
  categories: readonly string[];
  parts: readonly Series[];
  none: string;
  width?: number;
}): string {
  const { id, categories, parts } = spec;
  const W = spec.width ?? CHART_WIDTH;
  const key = legend(
    id,
    parts.map((p) => p.name),
    W,
  );
  const top = key.bottom + 16;
  const H = top + 228;
  const bottom = H - 28;
  const left = 44;
  const band = (W - left - 8) / Math.max(1, categories.length);
  const barW = Math.min(90, band * 0.6);
  const out = [open(id, spec.title, W, H, parts.length), key.svg];
  for (const pct of [0, 25, 50, 75, 100]) {
    const yy = bottom - (pct / 100) * (bottom - top);
    out.push(
      `<line x1="${left}" x2="${W - 8}" y1="${yy}" y2="${yy}" stroke="#ccc"/><text x="${left - 6}" y="${yy + 4}" text-anchor="end" fill="#444">${pct}%</text>`,
    );
  }
  categories.forEach((cat, c) => {
    const x = left + c * band + (band - barW) / 2;
    const total = parts.reduce((a, p) => a + (p.values[c] ?? 0), 0);
    out.push(`<text x="${x + barW / 2}" y="${H - 10}" text-anchor="middle">${esc(cat)}</text>`);
    if (!total) {
      out.push(`<text x="${x + barW / 2}" y="${bottom - 6}" text-anchor="middle" fill="#444" font-size="10">${esc(spec.none)}</text>`);
      return;
    }
    let acc = 0;
    parts.forEach((p, i) => {
      const v = p.values[c] ?? 0;
      if (!v) return;
      const y1 = bottom - ((acc + v) / total) * (bottom - top);
      const h = (v / total) * (bottom - top);
      acc += v;
      const pct = Math.round((v / total) * 1000) / 10;
      out.push(
        `<rect x="${x}" y="${y1}" width="${barW}" height="${h}" fill="${fill(id, i)}" stroke="#222" stroke-width="0.8"><title>${esc(`${cat} ${p.name} ${v}（${pct}%）`)}</title></rect>`,
      );
      // The share on a white label, readable over any pattern and in grey.
      if (h >= 15)
        out.push(
          `<rect x="${x + barW / 2 - 22}" y="${y1 + h / 2 - 8}" width="44" height="15" fill="#fff" opacity="0.9"/><text x="${x + barW / 2}" y="${y1 + h / 2 + 4}" text-anchor="middle" font-size="11">${pct}%</text>`,
        );
    });
  });
  out.push(`<line x1="${left}" x2="${W - 8}" y1="${bottom}" y2="${bottom}" stroke="#222"/></svg>`);
  return out.join('');
}

/** Horizontal bars of counts, one per category in the given (ranked) order, parts stacked. */
export function rankedBars(spec: { id: string; title: string; categories: readonly string[]; parts: readonly Series[]; width?: number }): string {
  const { id, categories, parts } = spec;
  const W = spec.width ?? CHART_WIDTH;
  const key = legend(
    id,
    parts.map((p) => p.name),
    W,
  );
  const row = 26;
  const top = key.bottom + 10;
  const labelW = Math.min(200, W / 3);
  const H = top + categories.length * row + 12;
  const totals = categories.map((_, c) => parts.reduce((a, p) => a + (p.values[c] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const scale = (W - labelW - 56) / max;
  const out = [open(id, spec.title, W, H, parts.length), key.svg];
  categories.forEach((cat, c) => {
    const y = top + c * row;
    const name = cat.length > 15 ? `${cat.slice(0, 14)}…` : cat;
    out.push(`<text x="${labelW - 6}" y="${y + 16}" text-anchor="end"><title>${esc(cat)}</title>${c + 1}. ${esc(name)}</text>`);
    let x = labelW;
    parts.forEach((p, i) => {
      const v = p.values[c] ?? 0;
      if (!v) return;
      out.push(
        `<rect x="${x}" y="${y + 4}" width="${v * scale}" height="${row - 8}" fill="${fill(id, i)}" stroke="#222" stroke-width="0.8"><title>${esc(`${cat} ${p.name} ${v}`)}</title></rect>`,
      );
      x += v * scale;
    });
    out.push(`<text x="${x + 6}" y="${y + 16}" font-weight="bold">${totals[c]}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
