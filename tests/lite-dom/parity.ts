import { JSDOM } from 'jsdom';
import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import type { DomAudit } from '../../lib/audit';
import { parseDocument, templateContents, type LiteChild, type LiteDocument, type LiteDocumentFragment, type LiteElement } from '../../cli/lite-dom';

export const PAGE_URL = 'https://www.example.gov.cn/zwgk/report.html';

/** The same page as jsdom builds it (the reference) and as the lite DOM does. */
export function both(html: string, url = PAGE_URL): { lite: Document; ref: Document } {
  return { lite: parseDocument(html, url), ref: new JSDOM(html, { url }).window.document };
}

type AnyNode = Node & Record<string, unknown>;

/** Members that elements of some interface have in a browser and the lite DOM deliberately does not implement (it throws). */
const THROWS_IN_LITE: Record<string, string[]> = { rows: ['textarea', 'frameset'], href: ['base', 'link'], content: ['meta'] };

function read(node: AnyNode, member: string): { value?: unknown; threw?: string } {
  try {
    return { value: node[member] };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

const TAG_NAMES = [
  '*',
  'table',
  'TABLE',
  'Table',
  'a',
  'A',
  'tr',
  'td',
  'th',
  'meta',
  'title',
  'base',
  'svg',
  'SVG',
  'foreignObject',
  'FOREIGNOBJECT',
  'foreignobject',
  'path',
  'math',
  'mi',
  'template',
  'p',
  'h1',
  'h2',
  'nosuch',
];
const SELECTORS = [
  'meta[name="ArticleTitle" i]',
  'meta[name="PubDate" i]',
  'meta[name="firstpublishedtime" i]',
  'meta[name="publishdate" i]',
  'meta[name="ContentSource" i]',
  'meta[name="SiteName" i]',
  // (Not 'meta[name="articletitle"]': jsdom's selector engine matches every attribute value
  // case-insensitively without a flag, against the spec; see dom.test.ts.)
  'META[NAME=ArticleTitle i]',
  'h1',
  'h2',
  'h1, h2',
  'h2 , h1',
  'H1',
  '#UCAP-CONTENT',
  'ucapcontent',
  '.trs_editor_view',
  '.TRS_Editor',
  '#zoom',
  '.article-content',
  '#ivs_content',
  'table',
  '*',
  '[href]',
  'a[href]',
  'td[rowspan="0"]',
  'p.MsoNormal',
  'div#zoom.TRS_Editor',
  'svg',
  'foreignObject',
];

/**
 * Walks the two trees side by side and lists every difference in what the lite DOM implements:
 * node types and names, values, attributes, text content, table rows and cells, spans, hrefs,
 * getElementsByTagName and querySelector(All) results (as positions in the tree), the document's
 * title, head, body. Template contents are walked too.
 */
export function treeDifferences(liteDoc: Document, refDoc: Document, opts: { selectors?: boolean; perElementQueries?: boolean | 'all' } = {}): string[] {
  const diffs: string[] = [];
  const pairs = new Map<unknown, unknown>();
  const diff = (where: string, what: string, lite: unknown, ref: unknown) => {
    if (diffs.length < 40) diffs.push(`${where}: ${what}: lite ${JSON.stringify(lite)} ≠ jsdom ${JSON.stringify(ref)}`);
  };
  const same = (x: unknown, y: unknown) => x === y || (x === undefined && y === undefined);
  const stack: [AnyNode, AnyNode, string][] = [[liteDoc as unknown as AnyNode, refDoc as unknown as AnyNode, '#document']];
  const elements: [AnyNode, AnyNode, string][] = [];
  while (stack.length) {
    const [l, r, path] = stack.pop()!;
    pairs.set(l, r);
    for (const m of ['nodeType', 'nodeName', 'nodeValue']) if (!same(l[m], r[m])) diff(path, m, l[m], r[m]);
    if (l.nodeType !== r.nodeType || l.nodeName !== r.nodeName) continue;
    if (r.nodeType === 1 || r.nodeType === 11) {
      if (l.textContent !== r.textContent) diff(path, 'textContent', String(l.textContent).slice(0, 80), String(r.textContent).slice(0, 80));
    }
    if (r.nodeType === 1) {
      elements.push([l, r, path]);
      const le = l as unknown as Element;
      const re = r as unknown as Element;
      for (const m of ['tagName', 'localName', 'namespaceURI']) if (l[m] !== r[m]) diff(path, m, l[m], r[m]);
      const names = Array.from(re.attributes, (a) => a.name);
      if ((l.attrs as unknown[]).length !== names.length) diff(path, 'attribute count', (l.attrs as unknown[]).length, names.length);
      for (const name of [...names, ...names.map((n) => n.toUpperCase()), 'nosuch']) {
        if (le.getAttribute(name) !== re.getAttribute(name)) diff(path, `getAttribute(${name})`, le.getAttribute(name), re.getAttribute(name));
      }
      for (const m of ['rowSpan', 'colSpan', 'href']) {
        const lv = read(l, m);
        const rv = read(r, m);
        if (lv.threw) {
          if (!THROWS_IN_LITE[m]?.includes(le.localName)) diff(path, `${m} threw`, lv.threw, rv.value);
        } else if (!same(lv.value, rv.value)) diff(path, m, lv.value, rv.value);
      }
      for (const m of ['rows', 'cells']) {
        const lv = read(l, m);
        const rv = read(r, m);
        if (lv.threw) {
          if (!THROWS_IN_LITE[m]?.includes(le.localName)) diff(path, `${m} threw`, lv.threw, '');
          continue;
        }
        if (rv.value === undefined || lv.value === undefined) {
          if (lv.value !== rv.value) diff(path, m, typeof lv.value, typeof rv.value);
        }
        // Compared once the whole tree is paired (below).
      }
      const lt = read(l, 'content');
      const rt = read(r, 'content');
      if (re.localName === 'template' && re.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        stack.push([lt.value as AnyNode, rt.value as AnyNode, `${path}>#content`]);
      } else if (!lt.threw && !same(lt.value, rt.value) && typeof rt.value !== 'string') {
        diff(path, 'content', typeof lt.value, typeof rt.value);
      }
    }
    const lk = l.childNodes as unknown as AnyNode[];
    const rk = r.childNodes as unknown as NodeListOf<ChildNode>;
    if (lk.length !== rk.length) {
      diff(path, 'childNodes.length', lk.length, rk.length);
      continue;
    }
    for (let i = rk.length - 1; i >= 0; i--) {
      const rn = rk[i] as unknown as AnyNode;
      stack.push([lk[i]!, rn, `${path}>${rn.nodeType === 1 ? (rn.localName as string) : `#${rn.nodeType}`}[${i}]`]);
      if ((lk[i]!.parentNode as unknown) !== l) diff(path, `childNodes[${i}].parentNode`, 'other', 'this');
    }
  }
  const sameList = (where: string, what: string, lite: ArrayLike<unknown>, ref: ArrayLike<unknown>) => {
    if (lite.length !== ref.length) return diff(where, `${what}.length`, lite.length, ref.length);
    for (let i = 0; i < ref.length; i++) if (pairs.get(lite[i]) !== ref[i]) return diff(where, `${what}[${i}]`, 'another node', 'this node');
  };
  for (const [l, r, path] of elements) {
    for (const m of ['rows', 'cells']) {
      const lv = read(l, m).value as ArrayLike<unknown> | undefined;
      const rv = read(r, m).value as ArrayLike<unknown> | undefined;
      if (lv && rv && typeof rv !== 'number' && typeof rv !== 'string') sameList(path, m, lv, rv);
    }
    if (opts.perElementQueries !== false) {
      for (const name of opts.perElementQueries === 'all' ? ['table', 'a', '*'] : ['table']) {
        sameList(
          path,
          `getElementsByTagName(${name})`,
          (l as unknown as Element).getElementsByTagName(name),
          (r as unknown as Element).getElementsByTagName(name),
        );
      }
    }
  }
  const ld = liteDoc as unknown as AnyNode;
  const rd = refDoc as unknown as AnyNode;
  for (const m of ['title', 'URL']) if (ld[m] !== rd[m]) diff('#document', m, ld[m], rd[m]);
  const paired = (lite: unknown, ref: unknown) => (lite === null ? ref === null : pairs.get(lite) === ref);
  for (const m of ['documentElement', 'head', 'body']) if (!paired(ld[m], rd[m])) diff('#document', m, 'another node', 'this node');
  for (const name of TAG_NAMES) sameList('#document', `getElementsByTagName(${name})`, liteDoc.getElementsByTagName(name), refDoc.getElementsByTagName(name));
  if (opts.selectors !== false) {
    const roots: [string, ParentNode, ParentNode][] = [['#document', liteDoc, refDoc]];
    if (liteDoc.body && refDoc.body) roots.push(['body', liteDoc.body, refDoc.body]);
    for (const [where, l, r] of roots) {
      for (const selector of SELECTORS) {
        const lq = l.querySelector(selector);
        const rq = r.querySelector(selector);
        if (!paired(lq, rq)) diff(where, `querySelector(${selector})`, lq && (lq as Element).localName, rq?.localName);
        sameList(where, `querySelectorAll(${selector})`, l.querySelectorAll(selector), r.querySelectorAll(selector));
      }
    }
  }
  return diffs;
}

/** An audit with the page's elements replaced by their positions in tree order, so two DOMs' audits compare. */
export function comparableAudit(audit: DomAudit, doc: Document): unknown {
  const all = Array.from(doc.getElementsByTagName('*'));
  const position = new Map<unknown, number>(all.map((el, i) => [el, i]));
  const at = (el: unknown) => position.get(el) ?? -1;
  return {
    result: audit.result,
    applications: audit.applications,
    review: audit.review,
    memo: audit.memo,
    dom: audit.dom && {
      tables: audit.dom.tables.map(at),
      grids: [...audit.dom.grids].map(([t, grid]) => [t, { ...grid, elements: grid.elements.map(at) }]),
      applications: audit.dom.applications,
      review: audit.dom.review,
    },
  };
}

function isTemplate(node: P5.ParentNode): boolean {
  return node.nodeName === 'template' && (node as P5.Element).namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/**
 * A jsdom document with the tree parse5's own default tree adapter builds (not jsdom's parser
 * glue): jsdom's DOM semantics over the spec's tree. jsdom's tree construction has a bug the lite
 * DOM does not share — foster-parented text goes after the table instead of before it — so random
 * markup is checked against this.
 */
export function jsdomFromParse5(html: string, url = PAGE_URL): Document {
  const document = new JSDOM('', { url }).window.document;
  while (document.firstChild) document.removeChild(document.firstChild);
  const tree = parse(html, { scriptingEnabled: false });
  const stack: [P5.ParentNode, Node][] = [[tree, document]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const template = isTemplate(from);
    const target = template ? (to as HTMLTemplateElement).content : to;
    for (const child of (template ? (from as P5.Template).content : from).childNodes) {
      let node: Node;
      if (child.nodeName === '#text') node = document.createTextNode((child as P5.TextNode).value);
      else if (child.nodeName === '#comment') node = document.createComment((child as P5.CommentNode).data);
      else if (child.nodeName === '#documentType') {
        const d = child as P5.DocumentType;
        node = document.implementation.createDocumentType(d.name, d.publicId, d.systemId);
      } else {
        const e = child as P5.Element;
        const el = document.createElementNS(e.namespaceURI, e.tagName);
        for (const a of e.attrs) el.setAttributeNS(a.namespace ?? null, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
        node = el;
        stack.push([e, el]);
      }
      target.appendChild(node);
    }
  }
  return document;
}

/** Differences between the lite tree and parse5's default adapter's tree of the same markup: the adapter's correctness. */
export function structureDifferences(html: string, lite: LiteDocument): string[] {
  const diffs: string[] = [];
  const stack: [P5.ParentNode, LiteDocument | LiteElement | LiteDocumentFragment, string][] = [[parse(html, { scriptingEnabled: false }), lite, '#document']];
  while (stack.length && diffs.length < 20) {
    const [p, l, path] = stack.pop()!;
    const pk = p.childNodes as P5.ChildNode[];
    const lk = l.childNodes as LiteChild[];
    if (pk.length !== lk.length) {
      diffs.push(`${path}: ${lk.length} children ≠ ${pk.length}`);
      continue;
    }
    pk.forEach((pc, i) => {
      const lc = lk[i]!;
      const here = `${path}>${pc.nodeName}[${i}]`;
      if (pc.nodeName === '#text') {
        if (lc.nodeType !== 3 || lc.data !== (pc as P5.TextNode).value) diffs.push(`${here}: text`);
      } else if (pc.nodeName === '#comment') {
        if (lc.nodeType !== 8 || lc.data !== (pc as P5.CommentNode).data) diffs.push(`${here}: comment`);
      } else if (pc.nodeName === '#documentType') {
        const d = pc as P5.DocumentType;
        if (lc.nodeType !== 10 || lc.name !== d.name || lc.publicId !== d.publicId || lc.systemId !== d.systemId) diffs.push(`${here}: doctype`);
      } else {
        const e = pc as P5.Element;
        if (lc.nodeType !== 1 || lc.localName !== e.tagName || lc.namespaceURI !== e.namespaceURI || JSON.stringify(lc.attrs) !== JSON.stringify(e.attrs)) {
          diffs.push(`${here}: element`);
          return;
        }
        if (lc.parentNode !== l) diffs.push(`${here}: parentNode`);
        stack.push([e, lc, here]);
        if (isTemplate(e)) stack.push([(e as P5.Template).content, templateContents.get(lc)!, `${here}>#content`]);
      }
    });
  }
  return diffs;
}
