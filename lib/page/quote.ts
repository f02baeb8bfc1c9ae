/**
 * Where a sentence quoted by a finding stands in the page, as a Range: the prose checks quote the
 * report, and the page shows the quote highlighted like a cell. Text on these portals is split
 * across spans and padded with spaces, so matching ignores white space.
 */
const WHITE = /[\s\u00a0\u3000\u200b]/;

export function findQuote(root: Element, quote: string): Range | null {
  const doc = root.ownerDocument;
  const wanted = quote.replace(/…$/, '').replace(/[\s\u00a0\u3000\u200b]+/g, '');
  if (wanted.length < 4) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // The page's text without white space, and for each of its characters the node and offset it came from.
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      if (WHITE.test(value[i]!)) continue;
      text += value[i];
      owners.push(nodes.length);
      offsets.push(i);
    }
    nodes.push(node);
    if (text.length > 2_000_000) break;
  }
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const end = at + wanted.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[owners[at]!]!, offsets[at]!);
  range.setEnd(nodes[owners[end]!]!, offsets[end]! + 1);
  return range;
}
