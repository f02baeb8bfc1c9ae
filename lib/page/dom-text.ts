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

// What a tag does to the text, by its name as the DOM gives it (looked up once per name, not
// upper-cased per element).
const INLINE = 0;
const BLOCK_TAG = 1;
const SKIPPED = 2;
const CELL = 3;
const KIND = new Map<string, number>();

function kindOf(tagName: string): number {
  let kind = KIND.get(tagName);
  if (kind === undefined) {
    const tag = tagName.toUpperCase();
    kind = SKIP.has(tag) ? SKIPPED : tag === 'TD' || tag === 'TH' ? CELL : BLOCK.has(tag) ? BLOCK_TAG : INLINE;
    if (KIND.size < 1000) KIND.set(tagName, kind);
  }
  return kind;
}

export function domToText(root: Node, maxChars = 2_000_000): string {
  const out: string[] = [];
  let length = 0;
  // Depth-first without recursion (pages nest deep enough to matter), and without an object per
  // node: the nodes in one array, whether each is the way out of an element in another.
  const stack: Node[] = [root];
  const exits: boolean[] = [false];
  while (stack.length && length < maxChars) {
    const node = stack.pop()!;
    const exit = exits.pop()!;
    const type = node.nodeType;
    if (type === 3) {
      const text = node.nodeValue ?? '';
      out.push(text);
      length += text.length;
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const kind = kindOf((node as Element).tagName ?? '');
    if (kind === SKIPPED) continue;
    if (exit) {
      if (kind === CELL) out.push('\t');
      else if (kind === BLOCK_TAG) out.push('\n');
      continue;
    }
    // TR is a block: a line break before the row and after it.
    if (kind === BLOCK_TAG) out.push('\n');
    stack.push(node);
    exits.push(true);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      exits.push(false);
    }
  }
  return out.join('').replace(/[ \t\u00a0\u3000]*\n/g, (m) => (m.includes('\t') ? '\t\n' : '\n'));
}
