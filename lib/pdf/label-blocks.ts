import type { LabelSegment } from './place-items';
import { NUMBERED, type Segment } from './table-text';

/** A label and the lines it wraps onto, top down. */
export interface LabelBlock {
  segs: LabelSegment[];
}

/**
 * Blocks: a label and the lines it wraps onto — the next line down, overlapping it, not
 * numbered, and not another row's own line. Wrapped lines may start left of the first one
 * (a first-line indent) or be centred, so columns are found from blocks, not from lines.
 * `labels` come top down, left to right; `size` is the figures' font size.
 */
export function labelBlocks(labels: readonly LabelSegment[], size: number): LabelBlock[] {
  const blocks: LabelBlock[] = [];
  const right = (seg: Segment) => Math.max(...seg.items.map((i) => i.x + i.w));
  // 三、本年度办理结果 printed one character a line: a character in a column of them continues
  // only such a stack (三 / 、 / 本 …, or 三、 / 本 …), never a label of several
  // characters a line beside or above it, which a narrow column or snug rows bring within reach
  // (found by tests/pdf/layout.property.test.ts).
  const single = (seg: Segment) => [...seg.text].length === 1;
  const under = (o: Segment, seg: Segment) =>
    Math.abs(o.x - seg.x) < size * 0.3 &&
    (o.page === seg.page
      ? o.gy > seg.gy + size * 0.5 && o.gy - seg.gy <= o.size * 2.6
      : // or the first at its place on the next page, where a page break carried the stack on
        o.page === seg.page + 1 && !labels.some((p) => p.page === o.page && p.gy < o.gy && Math.abs(p.x - o.x) < size * 0.3));
  const charBelow = (seg: Segment) => labels.find((o) => single(o) && under(o, seg));
  const charAbove = (seg: Segment) => labels.find((o) => single(o) && under(seg, o));
  // Three in a column at least: two labels' one-character last lines may happen to meet.
  const stacked = (seg: Segment) => {
    if (!single(seg)) return false;
    const down = charBelow(seg);
    const up = charAbove(seg);
    return Boolean((down && (up || charBelow(down))) || (up && charAbove(up)));
  };
  for (const seg of labels) {
    let best: LabelBlock | null = null;
    let bestGap = Infinity;
    if (!NUMBERED.test(seg.text)) {
      const inStack = stacked(seg);
      for (const d of blocks) {
        if (inStack && d.segs.some((s) => [...s.text].length > 2)) continue;
        const last = d.segs[d.segs.length - 1]!;
        const gap = seg.gy - last.gy;
        const overlaps = seg.x < right(last) + size * 0.3 && last.x < right(seg) + size * 0.3;
        // A first line indented by up to two characters (text-indent: 2em).
        const indented = d.segs.length === 1 && seg.x < last.x && seg.x >= last.x - seg.size * 2.2;
        if (last.page === seg.page && gap > size * 0.5 && gap <= seg.size * 2.6 && (overlaps || indented) && !(last.rowLine && seg.rowLine) && gap < bestGap) {
          best = d;
          bestGap = gap;
        }
      }
    }
    if (best) best.segs.push(seg);
    else blocks.push({ segs: [seg] });
  }
  return blocks;
}
