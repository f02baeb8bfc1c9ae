/**
 * The few CSS selectors Gouji's library runs (`meta[name="ArticleTitle" i]`, `h1`, `h1, h2`,
 * `#UCAP-CONTENT`, `.TRS_Editor`), and nothing more: a list of compound selectors, each an
 * optional type selector (or `*`) followed by any of `#id`, `.class`, `[a]`, `[a=v]`, `[a="v"]`
 * (with an optional `i`/`s` flag). Anything else — combinators, pseudo-classes, other attribute
 * operators, escapes — throws {@link UnsupportedSelectorError}, so a new use in lib/ fails the
 * lite-dom tests instead of quietly matching nothing.
 */

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

export class UnsupportedSelectorError extends Error {
  constructor(selector: string, why: string) {
    super(
      `lite-dom: selector ${JSON.stringify(selector)} is outside the supported subset (${why}); ` +
        'supported: compounds of a type selector or *, #id, .class, [attr] and [attr=value] with an optional i/s flag, and comma lists of these',
    );
    this.name = 'UnsupportedSelectorError';
  }
}

export interface AttrTest {
  /** As written (matched against non-HTML elements). */
  name: string;
  /** ASCII-lowercased (matched against HTML elements: attribute names are lowercase there). */
  lowerName: string;
  /** null: presence only. */
  value: string | null;
  /** ASCII-lowercased value, for case-insensitive matching. */
  lowerValue: string | null;
  flag: 'i' | 's' | null;
}

export interface Compound {
  /** null or '*': any element. */
  tag: string | null;
  lowerTag: string | null;
  ids: string[];
  classes: string[];
  attrs: AttrTest[];
}

/** The structural view of an element that matching needs. */
export interface Matchable {
  readonly localName: string;
  readonly namespaceURI: string;
  readonly attrs: readonly { name: string; value: string; namespace?: string; prefix?: string }[];
}

export function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, lowerCase) : s;
}
function lowerCase(m: string): string {
  return m.toLowerCase();
}

/**
 * HTML's attributes whose values selectors match ASCII-case-insensitively on HTML elements when
 * the selector carries no flag (HTML § "Case-sensitivity of selectors").
 */
const CASE_INSENSITIVE_VALUES = new Set(
  (
    'accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction ' +
    'disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap ' +
    'readonly rel rev rules scope scrolling selected shape target text type valign valuetype vlink'
  ).split(' '),
);

const WS = /[ \t\n\r\f]*/y;
const IDENT = /-?[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff-]*/y;
const ATTR_VALUE = /"([^"\\\n\r\f]*)"|'([^'\\\n\r\f]*)'|(-?[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff-]*)/y;

const cache = new Map<string, Compound[]>();

export function compileSelector(selector: string): Compound[] {
  let list = cache.get(selector);
  if (!list) {
    list = parseList(selector);
    if (cache.size < 256) cache.set(selector, list);
  }
  return list;
}

function parseList(s: string): Compound[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new UnsupportedSelectorError(s, `${why} at offset ${pos}`);
  };
  const skipWs = () => {
    WS.lastIndex = pos;
    WS.exec(s);
    pos = WS.lastIndex;
  };
  const ident = (): string | null => {
    IDENT.lastIndex = pos;
    const m = IDENT.exec(s);
    if (!m) return null;
    pos = IDENT.lastIndex;
    return m[0];
  };
  const list: Compound[] = [];
  skipWs();
  for (;;) {
    let tag: string | null = null;
    if (s[pos] === '*') {
      tag = '*';
      pos++;
    } else {
      tag = ident();
    }
    const ids: string[] = [];
    const classes: string[] = [];
    const attrs: AttrTest[] = [];
    for (;;) {
      const c = s[pos];
      if (c === '#' || c === '.') {
        pos++;
        const name = ident() ?? fail(`an identifier was expected after "${c}" (escapes are not supported)`);
        (c === '#' ? ids : classes).push(name);
        continue;
      }
      if (c !== '[') break;
      pos++;
      skipWs();
      const name = ident() ?? fail('an attribute name was expected');
      skipWs();
      let value: string | null = null;
      let flag: 'i' | 's' | null = null;
      if (s[pos] === '=') {
        pos++;
        skipWs();
        ATTR_VALUE.lastIndex = pos;
        const m = ATTR_VALUE.exec(s) ?? fail('a plain quoted string or identifier was expected (escapes are not supported)');
        pos = ATTR_VALUE.lastIndex;
        value = m[1] ?? m[2] ?? m[3] ?? '';
        skipWs();
        const f = ident();
        if (f !== null) {
          const lf = asciiLower(f);
          if (lf !== 'i' && lf !== 's') fail(`unknown attribute flag "${f}"`);
          flag = lf as 'i' | 's';
          skipWs();
        }
      } else if (s[pos] !== ']') {
        fail('only [attr] and [attr=value] attribute selectors are supported');
      }
      if (s[pos] !== ']') fail('"]" was expected');
      pos++;
      attrs.push({ name, lowerName: asciiLower(name), value, lowerValue: value === null ? null : asciiLower(value), flag });
    }
    if (tag === null && ids.length + classes.length + attrs.length === 0) fail('a type, id, class or attribute selector was expected');
    list.push({ tag, lowerTag: tag === null ? null : asciiLower(tag), ids, classes, attrs });
    skipWs();
    if (pos >= s.length) return list;
    if (s[pos] !== ',') fail('combinators, classes, ids and pseudo-classes are not supported');
    pos++;
    skipWs();
  }
}

function attrValue(el: Matchable, name: string): string | null {
  const attrs = el.attrs;
  for (let j = 0; j < attrs.length; j++) {
    const a = attrs[j]!;
    // A selector without a namespace component matches attributes in no namespace only.
    if (!a.namespace && a.name === name) return a.value;
  }
  return null;
}

const ASCII_WHITESPACE = /[ \t\n\f\r]+/;

/**
 * Whether an element in an HTML document matches one compound selector. In a quirks-mode
 * document ids and classes match ASCII-case-insensitively (Selectors 4 § 6.6, 6.7; browsers do;
 * jsdom's selector engine does not).
 */
export function matchesCompound(el: Matchable, c: Compound, quirks: boolean): boolean {
  const html = el.namespaceURI === HTML_NS;
  if (c.tag !== null && c.tag !== '*' && el.localName !== (html ? c.lowerTag : c.tag)) return false;
  if (c.ids.length) {
    const id = attrValue(el, 'id');
    if (!id) return false;
    for (const want of c.ids) if (quirks ? asciiLower(id) !== asciiLower(want) : id !== want) return false;
  }
  if (c.classes.length) {
    const value = attrValue(el, 'class');
    if (value === null) return false;
    const names = value.split(ASCII_WHITESPACE);
    for (const want of c.classes) {
      if (quirks ? !names.some((n) => asciiLower(n) === asciiLower(want)) : !names.includes(want)) return false;
    }
  }
  for (let k = 0; k < c.attrs.length; k++) {
    const test = c.attrs[k]!;
    const value = attrValue(el, html ? test.lowerName : test.name);
    if (value === null) return false;
    if (test.value === null) continue;
    const insensitive = test.flag === 'i' || (test.flag === null && html && CASE_INSENSITIVE_VALUES.has(test.lowerName));
    if (insensitive ? asciiLower(value) !== test.lowerValue : value !== test.value) return false;
  }
  return true;
}
