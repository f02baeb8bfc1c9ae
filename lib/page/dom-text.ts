/**
 * The text of a subtree with line breaks where a browser would put them, and tabs between
 * table cells — the same shape as text copied out of a page, so the text reader serves both.
 */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD']);

export function domToText(root: Node, maxChars = 2_000_000): string {
  const out: string[] = [];
  let length = 0;
  // Depth-first without recursion: pages nest deep enough to matter.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length && length < maxChars) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      out.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = ((node as Element).tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) continue;
    if (exit) {
      if (tag === 'TD' || tag === 'TH') out.push('\t');
      else if (BLOCK.has(tag)) out.push('\n');
      continue;
    }
    if (tag === 'TR') out.push('\n');
    else if (BLOCK.has(tag)) out.push('\n');
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  return out.join('').replace(/[ \t\u00a0\u3000]*\n/g, (m) => (m.includes('\t') ? '\t\n' : '\n'));
}
