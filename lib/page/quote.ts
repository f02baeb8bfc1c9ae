/**
 * Where a sentence quoted by a finding stands in the page, as a Range: the prose checks quote the
 * report, and the page shows the quote highlighted like a cell. Text on these portals is split
 * across spans and padded with spaces, so matching ignores white space.
 */
const WHITE = /[\s\u00a0\u3000\u200b]/;

/** The page's text without white space, and for each character the node and offset it came from. */
export interface QuoteIndex {
  text: string;
  nodes: Text[];
  owners: Int32Array;
  offsets: Int32Array;
}

const MAX_TEXT = 2_000_000;

/** One walk of the page's text, for every quote found in it (one per quoted finding, and each locate). */
export function quoteIndex(root: Element): QuoteIndex {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const owners: number[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      if (WHITE.test(value[i]!)) continue;
      parts.push(value[i]!);
      owners.push(nodes.length);
      offsets.push(i);
      length++;
    }
    nodes.push(node);
    if (length > MAX_TEXT) break;
  }
  return { text: parts.join(''), nodes, owners: Int32Array.from(owners), offsets: Int32Array.from(offsets) };
}

/** Where the quote stands in the indexed text, white space aside; null when absent or too short to point at. */
export function findQuote(index: QuoteIndex, quote: string): Range | null {
  const wanted = quote.replace(/…$/, '').replace(/[\s\u00a0\u3000\u200b]+/g, '');
  if (wanted.length < 4) return null;
  const at = index.text.indexOf(wanted);
  const first = index.nodes[0];
  if (at < 0 || !first) return null;
  const end = at + wanted.length - 1;
  const range = first.ownerDocument.createRange();
  range.setStart(index.nodes[index.owners[at]!]!, index.offsets[at]!);
  range.setEnd(index.nodes[index.owners[end]!]!, index.offsets[end]! + 1);
  return range;
}
