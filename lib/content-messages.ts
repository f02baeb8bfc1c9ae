/**
 * Messages the panel sends to the content script. Checked by hand, not with the schema library,
 * because the content script loads on every gov.cn page.
 */
export interface CellRef {
  t: number;
  r: number;
  c: number;
}

export type ToContent =
  | { type: 'gouji/get' }
  | { type: 'gouji/rerun' }
  | { type: 'gouji/links' }
  | { type: 'gouji/locate'; refs: CellRef[]; quote?: string }
  | { type: 'gouji/show-blanks'; show: boolean };

const index = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6;

export function parseToContent(raw: unknown): ToContent | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as { type?: unknown; refs?: unknown; quote?: unknown; show?: unknown };
  if (m.type === 'gouji/get' || m.type === 'gouji/rerun' || m.type === 'gouji/links') return { type: m.type };
  if (m.type === 'gouji/show-blanks') return typeof m.show === 'boolean' ? { type: m.type, show: m.show } : null;
  if (m.type !== 'gouji/locate' || !Array.isArray(m.refs) || m.refs.length > 500) return null;
  const refs: CellRef[] = [];
  for (const r of m.refs as { t?: unknown; r?: unknown; c?: unknown }[]) {
    if (!r || !index(r.t) || !index(r.r) || !index(r.c)) return null;
    refs.push({ t: r.t, r: r.r, c: r.c });
  }
  const quote = typeof m.quote === 'string' && m.quote.length <= 500 ? m.quote : undefined;
  return quote ? { type: 'gouji/locate', refs, quote } : { type: 'gouji/locate', refs };
}
