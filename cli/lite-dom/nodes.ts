/**
 * The DOM subset Gouji's library reads, over a tree that parse5 builds directly (see index.ts).
 * The tree is never mutated after the parse, so collections are static arrays, and the elements
 * in tree order are indexed once, on first use (each element's position and subtree end), so that
 * getElementsByTagName and querySelector on any element are a binary search, not a walk.
 *
 * Implemented, per the DOM and HTML specs:
 *  - Node: nodeType, nodeName, nodeValue, textContent, parentNode, childNodes
 *  - Element: localName, namespaceURI, tagName, getAttribute, getElementsByTagName,
 *    querySelector, querySelectorAll (the selectors of select.ts only)
 *  - HTMLTableElement.rows, HTMLTableSectionElement.rows, HTMLTableRowElement.cells, HTMLTableCellElement.rowSpan/colSpan,
 *    HTMLAnchorElement/HTMLAreaElement.href, HTMLTemplateElement.content
 *  - Document: URL, documentURI, documentElement, head, body, title, defaultView (null),
 *    getElementsByTagName, querySelector, querySelectorAll
 * Everything else is absent (undefined), not emulated; the few members that other elements have
 * under the same names (a textarea's rows, a meta's content, a link's href) throw.
 * Only one document is ever built per parse and never changed: no mutation methods, no live
 * collections (getElementsByTagName returns a plain array, which lib/ indexes like an HTMLCollection).
 */
import { HTML_NS, asciiLower, compileSelector, matchesCompound, type Compound } from './select';

export { HTML_NS };

export interface LiteAttr {
  name: string;
  value: string;
  namespace?: string;
  prefix?: string;
}

const EMPTY: readonly LiteChild[] = Object.freeze([]);

const UPPER = new Map<string, string>();
/** HTML's tagName: the qualified name in ASCII uppercase (non-ASCII letters stay as they are). */
function htmlTagName(localName: string): string {
  let upper = UPPER.get(localName);
  if (upper === undefined) {
    upper = /[a-z]/.test(localName) ? localName.replace(/[a-z]+/g, upperCase) : localName;
    if (UPPER.size < 2048) UPPER.set(localName, upper);
  }
  return upper;
}
function upperCase(m: string): string {
  return m.toUpperCase();
}

function defineConstants(proto: object, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(proto, key, { value, writable: false, enumerable: false, configurable: true });
}

/*
 * No class here extends another. The CLI runs through tsx, whose esbuild transform keeps names
 * (`static { __name(this, "X") }`); on a class with `extends` that makes every `new` take V8's slow
 * path, and the parse ran 2-3× slower. Plain classes, with the few shared members written out.
 * Fields are declared and set in constructors: class-field initializers cost a quarter of the parse.
 */

export class LiteText {
  declare readonly nodeType: 3;
  declare readonly nodeName: '#text';
  declare readonly childNodes: readonly LiteChild[];
  declare parentNode: LiteParent | null;
  declare data: string;
  constructor(data: string) {
    this.parentNode = null;
    this.data = data;
  }
  get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
}
defineConstants(LiteText.prototype, { nodeType: 3, nodeName: '#text', childNodes: EMPTY });

export class LiteComment {
  declare readonly nodeType: 8;
  declare readonly nodeName: '#comment';
  declare readonly childNodes: readonly LiteChild[];
  declare parentNode: LiteParent | null;
  declare data: string;
  constructor(data: string) {
    this.parentNode = null;
    this.data = data;
  }
  get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
}
defineConstants(LiteComment.prototype, { nodeType: 8, nodeName: '#comment', childNodes: EMPTY });

export class LiteDocumentType {
  declare readonly nodeType: 10;
  declare readonly childNodes: readonly LiteChild[];
  declare parentNode: LiteParent | null;
  declare name: string;
  declare publicId: string;
  declare systemId: string;
  constructor(name: string, publicId: string, systemId: string) {
    this.parentNode = null;
    this.name = name;
    this.publicId = publicId;
    this.systemId = systemId;
  }
  get nodeName(): string {
    return this.name;
  }
  get nodeValue(): null {
    return null;
  }
  get textContent(): null {
    return null;
  }
}
defineConstants(LiteDocumentType.prototype, { nodeType: 10, childNodes: EMPTY });

export type LiteChild = LiteElement | LiteText | LiteComment | LiteDocumentType;
export type LiteParent = LiteDocument | LiteDocumentFragment | LiteElement;
export type LiteNode = LiteChild | LiteDocument | LiteDocumentFragment;

/** The concatenated data of the Text descendants, in tree order (DOM "descendant text content"). */
function descendantText(root: LiteParent): string {
  let out = '';
  const stack: LiteNode[] = [];
  let kids: readonly LiteNode[] = root.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    const type = node.nodeType;
    if (type === 3) {
      out += (node as LiteText).data;
    } else if (type === 1) {
      kids = (node as LiteElement).childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The concatenated data of the Text children only (HTML "child text content"). */
function childText(el: LiteParent): string {
  let out = '';
  for (const kid of el.childNodes) if (kid.nodeType === 3) out += (kid as LiteText).data;
  return out;
}

/** Descendant elements in tree order, found by walking (for subtrees outside the document's index). */
function walkElements(root: LiteParent): LiteElement[] {
  const out: LiteElement[] = [];
  const stack: LiteNode[] = [];
  let kids: readonly LiteNode[] = root.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    out.push(node as LiteElement);
    kids = (node as LiteElement).childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** getElementsByTagName's test in an HTML document. */
function hasQualifiedName(el: LiteElement, name: string, lower: string): boolean {
  return name === '*' || el.localName === (el.namespaceURI === HTML_NS ? lower : name);
}

/** First position in `list` (ordered by _i) whose _i is at least `i`. */
function lowerBound(list: readonly LiteElement[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!._i < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byIndex(a: LiteElement, b: LiteElement): number {
  return a._i - b._i;
}

interface Index {
  /** Every element of the document tree, in tree order; element._i is its position here. */
  all: LiteElement[];
  /** The same, by local name, filled in the same walk (see buildIndex()). */
  byName: Map<string, LiteElement[]>;
  /** Those with an id, and those with a class, by the value sought (see withIdOrClass()). */
  byId: Map<string, LiteElement[]>;
  byClass: Map<string, LiteElement[]>;
  /** Every element with an id, by its id (ASCII-lowercased in quirks mode): filled in one scan on the first id sought. */
  ids: Map<string, LiteElement[]> | null;
}

const ASCII_WHITESPACE = /[ \t\n\f\r]+/;

/**
 * The elements of the document tree whose ID (or one of whose classes) is `value`, in tree order;
 * ASCII-case-insensitively in a quirks-mode document. One scan per value sought, on first use:
 * cheaper than mapping every id and class of a page when the library looks up a handful.
 */
function withIdOrClass(index: Index, attr: 'id' | 'class', value: string, quirks: boolean): LiteElement[] {
  const key = quirks ? asciiLower(value) : value;
  const cache = attr === 'id' ? index.byId : index.byClass;
  let list = cache.get(key);
  if (list) return list;
  if (attr === 'id') {
    // Pages are asked for several ids (the article's containers): one scan maps them all.
    list = (index.ids ??= idMap(index.all, quirks)).get(key) ?? [];
    cache.set(key, list);
    return list;
  }
  // A class is sought by a scan of its own: splitting every class attribute of a page into a map
  // costs more than the few scans (a cheap substring test first).
  list = [];
  const all = index.all;
  for (let k = 0; k < all.length; k++) {
    const attrs = all[k]!.attrs;
    for (let j = 0; j < attrs.length; j++) {
      const a = attrs[j]!;
      if (a.name !== 'class' || a.namespace) continue;
      const v = quirks ? asciiLower(a.value) : a.value;
      // An element's classes are the class attribute split on ASCII whitespace.
      if (v.includes(key) && v.split(ASCII_WHITESPACE).includes(key)) list.push(all[k]!);
      break;
    }
  }
  cache.set(key, list);
  return list;
}

/** The elements with an id attribute, by its value (ASCII-lowercased in quirks mode), in tree order. */
function idMap(all: readonly LiteElement[], quirks: boolean): Map<string, LiteElement[]> {
  const out = new Map<string, LiteElement[]>();
  for (let k = 0; k < all.length; k++) {
    const attrs = all[k]!.attrs;
    for (let j = 0; j < attrs.length; j++) {
      const a = attrs[j]!;
      if (a.name !== 'id' || a.namespace) continue;
      // An element's ID is its id attribute.
      const v = quirks ? asciiLower(a.value) : a.value;
      const list = out.get(v);
      if (list) list.push(all[k]!);
      else out.set(v, [all[k]!]);
      break;
    }
  }
  return out;
}

function buildIndex(doc: LiteDocument): Index {
  const all: LiteElement[] = [];
  // Every element by local name, in the same walk: the library asks for a dozen names (title,
  // meta, table, a, h1…), and a scan of the whole tree for each cost more than this (issue 18).
  const byName = new Map<string, LiteElement[]>();
  // Pre-order walk without recursion (pages nest deep): a stack of nodes, children pushed last-first.
  const stack: LiteChild[] = [];
  let kids: LiteChild[] = doc.childNodes;
  for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    node._i = all.length;
    node._end = 1; // the subtree's size for now; see below
    all.push(node);
    const list = byName.get(node.localName);
    if (list) list.push(node);
    else byName.set(node.localName, [node]);
    kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) if (kids[k]!.nodeType === 1) stack.push(kids[k]!);
  }
  // Subtree sizes bottom-up (in reverse tree order an element comes after all its descendants),
  // then each _end = _i + size: one past the element's last descendant.
  for (let k = all.length - 1; k >= 0; k--) {
    const el = all[k]!;
    const parent = el.parentNode;
    if (parent !== null && parent.nodeType === 1) parent._end += el._end;
    el._end += el._i;
  }
  return { all, byName, byId: new Map(), byClass: new Map(), ids: null };
}

/** The elements of the document tree with this local name, in tree order. */
function named(index: Index, localName: string): LiteElement[] {
  return index.byName.get(localName) ?? NONE;
}

const NONE: LiteElement[] = [];

/** The descendants of `root` named `name` (getElementsByTagName in an HTML document), in tree order. */
function descendantsNamed(root: LiteDocument | LiteElement, name: string): LiteElement[] {
  const doc = root instanceof LiteDocument ? root : root._doc;
  const index = doc._indexed();
  const lower = asciiLower(name);
  let start: number;
  let end: number;
  if (root === doc) {
    start = 0;
    end = index.all.length;
  } else if ((root as LiteElement)._i >= 0) {
    start = (root as LiteElement)._i + 1;
    end = (root as LiteElement)._end;
  } else {
    // Not in the document tree (inside a template's contents): walk.
    return walkElements(root).filter((el) => hasQualifiedName(el, name, lower));
  }
  if (name === '*') return index.all.slice(start, end);
  const lowerList = named(index, lower);
  const found = lowerList.slice(lowerBound(lowerList, start), lowerBound(lowerList, end));
  if (lower === name) return found;
  // An argument with uppercase letters: HTML elements match it lowercased, other elements as written.
  const out = found.filter((el) => el.namespaceURI === HTML_NS);
  const exact = named(index, name);
  for (let k = lowerBound(exact, start), stop = lowerBound(exact, end); k < stop; k++) {
    if (exact[k]!.namespaceURI !== HTML_NS) out.push(exact[k]!);
  }
  return out.sort(byIndex);
}

function select(root: LiteDocument | LiteElement, selector: string, first: boolean): LiteElement[] {
  const compounds = compileSelector(selector);
  const doc = root instanceof LiteDocument ? root : root._doc;
  const quirks = doc.mode === 'quirks';
  const index = doc._indexed();
  const out: LiteElement[] = [];
  if (root !== doc && (root as LiteElement)._i < 0) {
    // Not in the document tree (inside a template's contents): walk.
    for (const el of walkElements(root)) {
      if (matchesAny(el, compounds, quirks)) {
        out.push(el);
        if (first) break;
      }
    }
    return out;
  }
  const start = root === doc ? 0 : (root as LiteElement)._i + 1;
  const end = root === doc ? index.all.length : (root as LiteElement)._end;
  let lists = 0;
  for (const c of compounds) {
    // Candidates from the narrowest index at hand (each list in tree order); then the full test.
    if (c.ids.length || c.classes.length) {
      const list = c.ids.length ? withIdOrClass(index, 'id', c.ids[0]!, quirks) : withIdOrClass(index, 'class', c.classes[0]!, quirks);
      collect(list, lowerBound(list, start), lowerBound(list, end), c, quirks, first, out);
      lists++;
    } else if (c.tag === null || c.tag === '*') {
      collect(index.all, start, end, c, quirks, first, out);
      lists++;
    } else {
      const list = named(index, c.lowerTag!);
      collect(list, lowerBound(list, start), lowerBound(list, end), c, quirks, first, out);
      const exact = c.tag !== c.lowerTag ? named(index, c.tag) : undefined;
      if (exact) collect(exact, lowerBound(exact, start), lowerBound(exact, end), c, quirks, first, out);
      lists += exact ? 2 : 1;
    }
  }
  if (lists === 1 || out.length <= 1) return out;
  // Several compounds (or buckets): tree order, each element once.
  out.sort(byIndex);
  if (first) return out.slice(0, 1);
  return out.filter((el, k) => k === 0 || out[k - 1] !== el);
}

function collect(list: readonly LiteElement[], from: number, to: number, c: Compound, quirks: boolean, first: boolean, out: LiteElement[]): void {
  for (let k = from; k < to; k++) {
    const el = list[k]!;
    if (matchesCompound(el, c, quirks)) {
      out.push(el);
      if (first) return;
    }
  }
}

function matchesAny(el: LiteElement, compounds: Compound[], quirks: boolean): boolean {
  for (let k = 0; k < compounds.length; k++) if (matchesCompound(el, compounds[k]!, quirks)) return true;
  return false;
}

export class LiteDocument {
  declare readonly nodeType: 9;
  declare readonly nodeName: '#document';
  declare parentNode: null;
  declare childNodes: LiteChild[];
  declare readonly URL: string;
  /** parse5's document mode: 'no-quirks', 'limited-quirks' or 'quirks'. */
  declare mode: string;
  declare private _index: Index | null;
  declare private _base: string | null;
  constructor(url: string) {
    this.parentNode = null;
    this.childNodes = [];
    this.URL = url;
    this.mode = 'no-quirks';
    this._index = null;
    this._base = null;
  }
  /** Node.baseURI of a document: its base URL. */
  get baseURI(): string {
    return this._baseURL();
  }
  get documentURI(): string {
    return this.URL;
  }
  get nodeValue(): null {
    return null;
  }
  get textContent(): null {
    return null;
  }
  get defaultView(): null {
    return null;
  }
  get documentElement(): LiteElement | null {
    for (const kid of this.childNodes) if (kid.nodeType === 1) return kid;
    return null;
  }
  /** "The html element": the document element when it is an HTML html element. */
  private htmlElement(): LiteElement | null {
    const root = this.documentElement;
    return root && root.localName === 'html' && root.namespaceURI === HTML_NS ? root : null;
  }
  get head(): LiteElement | null {
    const html = this.htmlElement();
    if (html) for (const kid of html.childNodes) if (kid.nodeType === 1 && kid.localName === 'head' && kid.namespaceURI === HTML_NS) return kid;
    return null;
  }
  get body(): LiteElement | null {
    const html = this.htmlElement();
    if (html) {
      for (const kid of html.childNodes) {
        if (kid.nodeType === 1 && (kid.localName === 'body' || kid.localName === 'frameset') && kid.namespaceURI === HTML_NS) return kid;
      }
    }
    return null;
  }
  /**
   * The first HTML title element's child text, ASCII whitespace stripped and collapsed. (The SVG
   * case, an svg document element, cannot come out of an HTML parse.)
   */
  get title(): string {
    let value = '';
    for (const el of named(this._indexed(), 'title')) {
      if (el.namespaceURI === HTML_NS) {
        value = childText(el);
        break;
      }
    }
    return value.replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');
  }
  getElementsByTagName(name: string): LiteElement[] {
    return descendantsNamed(this, String(name));
  }
  querySelector(selector: string): LiteElement | null {
    return select(this, String(selector), true)[0] ?? null;
  }
  querySelectorAll(selector: string): LiteElement[] {
    return select(this, String(selector), false);
  }
  /** @internal */
  _indexed(): Index {
    return (this._index ??= buildIndex(this));
  }
  /**
   * The document base URL: the frozen base URL of the first base element with an href, else the
   * document's URL (its fallback base URL).
   * @internal
   */
  _baseURL(): string {
    if (this._base === null) {
      let base = this.URL;
      for (const el of named(this._indexed(), 'base')) {
        const href = el.namespaceURI === HTML_NS ? el._attrNoNamespace('href') : null;
        if (href === null) continue;
        try {
          base = new URL(href, this.URL).href;
        } catch {
          // An unparsable base href leaves the fallback base URL.
        }
        break;
      }
      this._base = base;
    }
    return this._base;
  }
}
defineConstants(LiteDocument.prototype, { nodeType: 9, nodeName: '#document' });

export class LiteDocumentFragment {
  declare readonly nodeType: 11;
  declare readonly nodeName: '#document-fragment';
  declare parentNode: null;
  declare childNodes: LiteChild[];
  constructor() {
    this.parentNode = null;
    this.childNodes = [];
  }
  get nodeValue(): null {
    return null;
  }
  get textContent(): string {
    return descendantText(this);
  }
}
defineConstants(LiteDocumentFragment.prototype, { nodeType: 11, nodeName: '#document-fragment' });

export class LiteElement {
  declare readonly nodeType: 1;
  declare parentNode: LiteParent | null;
  declare childNodes: LiteChild[];
  declare readonly localName: string;
  declare readonly namespaceURI: string;
  declare readonly tagName: string;
  /** parse5's attribute list (token order, no duplicates). */
  declare readonly attrs: LiteAttr[];
  /** @internal The document whose parse created the element. */
  declare readonly _doc: LiteDocument;
  /** @internal Position in the document's index of elements in tree order; -1 outside the tree. */
  declare _i: number;
  /** @internal One past the position of the last descendant in that index. */
  declare _end: number;
  constructor(localName: string, namespaceURI: string, attrs: LiteAttr[], doc: LiteDocument) {
    this.parentNode = null;
    this.childNodes = [];
    this.localName = localName;
    this.namespaceURI = namespaceURI;
    this.tagName = namespaceURI === HTML_NS ? htmlTagName(localName) : localName;
    this.attrs = attrs;
    this._doc = doc;
    this._i = -1;
    this._end = -1;
  }
  get nodeName(): string {
    return this.tagName;
  }
  get nodeValue(): null {
    return null;
  }
  get textContent(): string {
    return descendantText(this);
  }
  /** The first attribute whose qualified name is `name` (lowercased first on HTML elements). */
  getAttribute(qualifiedName: string): string | null {
    const name = this.namespaceURI === HTML_NS ? asciiLower(String(qualifiedName)) : String(qualifiedName);
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.prefix ? `${a.prefix}:${a.name}` === name : a.name === name) return a.value;
    }
    return null;
  }
  getElementsByTagName(name: string): LiteElement[] {
    return descendantsNamed(this, String(name));
  }
  querySelector(selector: string): LiteElement | null {
    return select(this, String(selector), true)[0] ?? null;
  }
  querySelectorAll(selector: string): LiteElement[] {
    return select(this, String(selector), false);
  }
  /** @internal getAttributeNS(null, name): what reflected IDL attributes read. */
  _attrNoNamespace(name: string): string | null {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (!a.namespace && a.name === name) return a.value;
    }
    return null;
  }
  /** @internal An HTML element of this local name. */
  _is(localName: string): boolean {
    return this.localName === localName && this.namespaceURI === HTML_NS;
  }

  /** @internal Reading a member that this element has in a browser, in a form not implemented here. */
  _unimplemented(member: string): never {
    throw new Error(`lite-dom: <${this.localName}>.${member} is not implemented (only the members lib/ reads are)`);
  }

  // The members of HTML's element interfaces the library reads. They live on this one class: a
  // class per interface makes every element access in parse5 and lib/ megamorphic, which doubled
  // the parse. On elements without the member they answer undefined, as a browser does; on
  // elements whose own interface has a member of that name (a textarea's rows, a meta's content)
  // they throw, so that a new use in lib/ fails the tests instead of reading undefined.

  /**
   * HTMLTableElement.rows: the tr children of the table's thead children first, then the tr
   * children of the table and of its tbody children, then of its tfoot children, each group in
   * tree order. Rows of nested tables are not the table's.
   */
  get rows(): LiteElement[] | undefined {
    if (!this._is('table')) {
      // HTMLTableSectionElement.rows: the tr children of a thead, tbody or tfoot.
      if (this._is('tbody') || this._is('thead') || this._is('tfoot')) {
        const rows: LiteElement[] = [];
        childrenNamed(this, 'tr', 'tr', rows);
        return rows;
      }
      return this._is('textarea') || this._is('frameset') ? this._unimplemented('rows') : undefined;
    }
    const head: LiteElement[] = [];
    const body: LiteElement[] = [];
    const foot: LiteElement[] = [];
    for (const kid of this.childNodes) {
      if (kid.nodeType !== 1 || (kid as LiteElement).namespaceURI !== HTML_NS) continue;
      switch ((kid as LiteElement).localName) {
        case 'thead':
          childrenNamed(kid as LiteElement, 'tr', 'tr', head);
          break;
        case 'tbody':
          childrenNamed(kid as LiteElement, 'tr', 'tr', body);
          break;
        case 'tfoot':
          childrenNamed(kid as LiteElement, 'tr', 'tr', foot);
          break;
        case 'tr':
          body.push(kid as LiteElement);
          break;
      }
    }
    return head.length || foot.length ? head.concat(body, foot) : body;
  }
  /** HTMLTableRowElement.cells: the td and th children. */
  get cells(): LiteElement[] | undefined {
    if (!this._is('tr')) return undefined;
    const cells: LiteElement[] = [];
    childrenNamed(this, 'td', 'th', cells);
    return cells;
  }
  /** HTMLTableCellElement.colSpan: colspan clamped to [1, 1000], default 1. */
  get colSpan(): number | undefined {
    if (!this._is('td') && !this._is('th')) return undefined;
    return clampedReflection(this._attrNoNamespace('colspan'), 1, 1000, 1);
  }
  /** HTMLTableCellElement.rowSpan: rowspan clamped to [0, 65534], default 1 (0: to the end of the row group). */
  get rowSpan(): number | undefined {
    if (!this._is('td') && !this._is('th')) return undefined;
    return clampedReflection(this._attrNoNamespace('rowspan'), 0, 65534, 1);
  }
  /**
   * HTMLAnchorElement/HTMLAreaElement.href: the href attribute parsed against the document base
   * URL and serialized; the attribute as written when it does not parse; "" without one.
   */
  get href(): string | undefined {
    // (An SVG a element's href is an SVGAnimatedString in a browser, undefined in jsdom: undefined here.)
    if (!this._is('a') && !this._is('area')) return this._is('base') || this._is('link') ? this._unimplemented('href') : undefined;
    const raw = this._attrNoNamespace('href');
    if (raw === null) return '';
    this._doc._indexed();
    // In a template's contents (outside the index) the node document is the inert template
    // document, whose URL, and so base URL, is about:blank.
    const base = this._i >= 0 ? this._doc._baseURL() : 'about:blank';
    try {
      return new URL(raw, base).href;
    } catch {
      return raw;
    }
  }
  /** HTMLTemplateElement.content (set by the parser). */
  get content(): LiteDocumentFragment | undefined {
    if (this._is('template')) return templateContents.get(this);
    return this._is('meta') ? this._unimplemented('content') : undefined;
  }
}
defineConstants(LiteElement.prototype, { nodeType: 1 });

/** Template contents, kept aside so that template elements keep the shape of all the others. */
export const templateContents = new WeakMap<LiteElement, LiteDocumentFragment>();

function childrenNamed(parent: LiteParent, a: string, b: string, out: LiteElement[]): void {
  for (const kid of parent.childNodes) {
    if (kid.nodeType === 1 && ((kid as LiteElement).localName === a || (kid as LiteElement).localName === b) && (kid as LiteElement).namespaceURI === HTML_NS) {
      out.push(kid as LiteElement);
    }
  }
}

/**
 * HTML's "rules for parsing non-negative integers": leading ASCII whitespace, an optional sign,
 * then digits; null on error (no digits, or a negative value). "-0" is 0.
 */
export function parseNonNegativeInteger(s: string): number | null {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) i++;
    else break;
  }
  let negative = false;
  if (s.charCodeAt(i) === 0x2d) {
    negative = true;
    i++;
  } else if (s.charCodeAt(i) === 0x2b) {
    i++;
  }
  const from = i;
  let value = 0;
  while (i < n) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
    i++;
  }
  if (i === from) return null;
  if (negative && value !== 0) return null;
  return value;
}

/** A reflected unsigned long "clamped to the range [min, max]" with a default. */
function clampedReflection(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null) return fallback;
  const value = parseNonNegativeInteger(raw);
  if (value === null) return fallback;
  return value < min ? min : Math.min(value, max);
}
