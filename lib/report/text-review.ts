import { isLabelText, parseCellValue } from '../text/normalize';

/**
 * Section four's figures from text laid out by position (pdftotext -layout) when some cells are
 * blank: the headings of its 15 columns (维持 纠正 其他 尚未审结 总计, three times) stand at 15
 * distinct positions over the heading lines, and each figure sits at one of them. Null unless
 * exactly 15 positions are found and every figure falls on one, one figure a column, on one line.
 */

/** The group headings above the 15 column headings: not columns of their own. */
const GROUPS = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉)$/;

function tokens(line: string): { text: string; col: number }[] {
  return [...line.replace(/\f/g, '').matchAll(/\S+/g)].map((m) => ({ text: m[0], col: m.index! }));
}

const isFigure = (text: string) => {
  const v = parseCellValue(text);
  return v.kind === 'number' || v.kind === 'placeholder';
};

export function reviewByHeadings(lines: string[]): string[] | null {
  const figureLines = lines.map((l, i) => ({ i, t: tokens(l) })).filter(({ t }) => t.length > 0 && t.every((x) => isFigure(x.text)));
  if (figureLines.length !== 1) return null;
  const { i: at, t: figures } = figureLines[0]!;
  const positions: number[] = [];
  for (const line of lines.slice(0, at)) {
    const t = tokens(line);
    if (!t.length || !t.every((x) => isLabelText(x.text))) continue;
    for (const x of t) {
      if (GROUPS.test(x.text) || [...x.text].length > 4) continue;
      if (!positions.some((p) => Math.abs(p - x.col) <= 1)) positions.push(x.col);
    }
  }
  if (positions.length !== 15) return null;
  positions.sort((a, b) => a - b);
  const out: string[] = Array.from({ length: 15 }, () => '');
  for (const f of figures) {
    const k = positions.findIndex((p) => Math.abs(p - f.col) <= 1);
    if (k < 0 || out[k] !== '') return null;
    out[k] = f.text;
  }
  return out;
}
