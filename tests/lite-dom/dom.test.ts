import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { parseDocument, parseLiteDocument, parseNonNegativeInteger, UnsupportedSelectorError, type LiteDocument, type LiteElement } from '../../cli/lite-dom';
import { auditDocument } from '../../lib/audit';
import { gridFromTable } from '../../lib/grid/from-dom';
import { domToText } from '../../lib/page/dom-text';
import { findAttachments, mightBeReport } from '../../lib/page/detect';
import { pageTitle } from '../../lib/page/metadata';
import { both, comparableAudit, jsdomFromParse5, PAGE_URL, structureDifferences, treeDifferences } from './parity';
import { installStrictTraps } from './strict';
import { parseHtml } from '../helpers/dom';

beforeAll(installStrictTraps);

/** Parses with both DOMs, expects the same tree in everything the lite DOM implements, returns both. */
function same(html: string, url = PAGE_URL): { lite: Document; ref: Document } {
  const docs = both(html, url);
  expect(treeDifferences(docs.lite, docs.ref, { perElementQueries: 'all' })).toEqual([]);
  return docs;
}

/**
 * The same, for markup whose tree jsdom builds wrong (fostered text): the lite tree must be parse5's
 * own tree node for node, and read like jsdom's DOM built on that tree.
 */
function sameAsSpec(html: string, url = PAGE_URL): { lite: Document; ref: Document } {
  const lite = parseDocument(html, url);
  expect(structureDifferences(html, lite as unknown as LiteDocument)).toEqual([]);
  const ref = jsdomFromParse5(html, url);
  expect(treeDifferences(lite, ref, { perElementQueries: 'all' })).toEqual([]);
  return { lite, ref };
}

const texts = (list: ArrayLike<{ textContent: string | null }>) => Array.from(list, (n) => n.textContent);
const table = (doc: Document, i = 0) => doc.getElementsByTagName('table')[i] as HTMLTableElement;

describe('tables', () => {
  it('keeps the rows of nested tables out of the outer table', () => {
    const { lite } = same('<table id=outer><tr><td>a<table><tr><td>in1</td></tr><tr><td>in2</td></tr></table></td><td>b</td></tr><tr><td>c</td></tr></table>');
    const outer = table(lite);
    expect(outer.rows.length).toBe(2);
    expect(texts(outer.rows[0]!.cells)).toEqual(['ain1in2', 'b']);
    expect(texts(table(lite, 1).rows)).toEqual(['in1', 'in2']);
    expect(outer.getElementsByTagName('table').length).toBe(1);
    expect(table(lite, 1).getElementsByTagName('table').length).toBe(0);
  });

  it('orders rows as the spec says: thead rows, then body rows, then tfoot rows', () => {
    const { lite } = same(
      '<table><caption>cap</caption><tfoot><tr><td>F1</td></tr></tfoot><tbody><tr><td>B1</td></tr></tbody>' +
        '<thead><tr><td>H1</td></tr><tr><td>H2</td></tr></thead><tbody><tr><td>B2</td></tr></tbody><tr><td>B3</td></tr>' +
        '<tfoot><tr><td>F2</td></tr></tfoot><thead><tr><td>H3</td></tr></thead></table>',
    );
    expect(texts(table(lite).rows)).toEqual(['H1', 'H2', 'H3', 'B1', 'B2', 'B3', 'F1', 'F2']);
  });

  it('counts td and th children as cells, nothing else', () => {
    const { lite } = same('<table><tr><th>h</th><td>d</td><script>s</script><td>e<td>f</tr></table>');
    expect(texts(table(lite).rows[0]!.cells)).toEqual(['h', 'd', 'e', 'f']);
  });

  it('reflects rowspan (0 allowed, at most 65534) and colspan (1 to 1000) as HTML does', () => {
    const rowspans = [
      '0',
      '1',
      '2',
      '-1',
      '-0',
      '+2',
      ' 3',
      '\t\n4',
      '2.9',
      '3abc',
      'abc',
      '',
      '0x10',
      '\u00a05',
      '65534',
      '65535',
      '70000',
      '99999999999999999999',
    ];
    const colspans = ['0', '1', '2', '-5', '1e3', '999', '1000', '1001', '2000', '', ' 7 ', 'x'];
    const cells = rowspans.map((v) => `<td rowspan="${v}">r</td>`).join('') + colspans.map((v) => `<td colspan="${v}">c</td>`).join('') + '<td>d</td>';
    const { lite } = same(`<table><tr>${cells}</tr></table>`);
    const got = Array.from(table(lite).rows[0]!.cells, (c) => [c.rowSpan, c.colSpan]);
    expect(got.slice(0, rowspans.length).map(([r]) => r)).toEqual([0, 1, 2, 1, 0, 2, 3, 4, 2, 3, 1, 1, 0, 1, 65534, 65534, 65534, 65534]);
    expect(got.slice(rowspans.length, -1).map(([, c]) => c)).toEqual([1, 1, 2, 1, 1, 999, 1000, 1000, 1000, 1, 7, 1]);
    expect(got.at(-1)).toEqual([1, 1]);
  });

  it('builds the same grids and the same audit from hostile spans', () => {
    const html =
      '<title>某县2024年政府信息公开工作年度报告</title><table><tr><td rowspan=0>一、本年新收政府信息公开申请数量</td><td colspan=2000>1</td><td colspan=0>0</td></tr>' +
      '<tr><td rowspan="70000">二、上年结转政府信息公开申请数量</td><td>0</td></tr><tr><td>（七）总计</td><td>1</td></tr></table>';
    const { lite, ref } = same(html);
    expect(comparableAudit(auditDocument(lite, { source: 'x' }), lite)).toStrictEqual(comparableAudit(auditDocument(ref, { source: 'x' }), ref));
    const { elements: _l, ...liteGrid } = gridFromTable(table(lite));
    const { elements: _r, ...refGrid } = gridFromTable(table(ref));
    expect(liteGrid).toStrictEqual(refGrid);
  });

  it('gives rows only to tables and table sections, cells only to rows, spans only to cells', () => {
    const { lite } = same('<table><tbody><tr><td>1</td></tr></tbody></table><div>x</div><svg><table></table></svg>');
    const div = lite.getElementsByTagName('div')[0] as unknown as Record<string, unknown>;
    expect([div.rows, div.cells, div.rowSpan, div.colSpan, div.href, div.content]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect((lite.getElementsByTagName('tbody')[0] as HTMLTableSectionElement).rows.length).toBe(1);
  });
});

describe('text', () => {
  it('concatenates every Text descendant, script and style included, template contents not', () => {
    const { lite } = same(
      '<div id=d>a<script>var s = "<b>";</script><style>p{}</style><!--comment--><template>tmpl<b>x</b></template><noscript>ns<b>y</b></noscript>' +
        '<textarea>ta</textarea><svg><title>st</title><text>svg</text></svg>z</div>',
    );
    const div = lite.getElementsByTagName('div')[0]!;
    expect(div.textContent).toBe('avar s = "<b>";p{}nsytastsvgz');
    const template = lite.getElementsByTagName('template')[0] as HTMLTemplateElement;
    expect(template.childNodes.length).toBe(0);
    expect(template.content.textContent).toBe('tmplx');
    expect((template.content as unknown as Record<string, unknown>).getElementsByTagName).toBeUndefined();
  });

  it('parses noscript as markup, as jsdom does (scripting off); as text when asked to', () => {
    const html = '<body><noscript><p>para</p></noscript></body>';
    expect(parseDocument(html, PAGE_URL).getElementsByTagName('p').length).toBe(1);
    const scripting = parseDocument(html, PAGE_URL, { scriptingEnabled: true });
    expect(scripting.getElementsByTagName('p').length).toBe(0);
    expect(scripting.body!.textContent).toBe('<p>para</p>');
  });

  it('gives domToText the same text as jsdom on tables, blocks, and skipped elements', () => {
    const { lite, ref } = same(
      '<body><h1>标题</h1><p>一、总体情况</p><table><tr><td>a</td><td>1&nbsp;</td></tr><tr><th>b</th><td><p>2</p></td></tr></table>' +
        '<noscript>n</noscript><template>t</template><iframe>i</iframe><svg><text>s</text></svg><pre>  x\n y</pre></body>',
    );
    expect(domToText(lite.body!)).toBe(domToText(ref.body!));
  });

  it('keeps node types, names and values of comments, doctypes and text', () => {
    const { lite } = same('<!DOCTYPE html><!--top--><html><body>t<!--c--></body></html>');
    const [doctype, comment] = Array.from(lite.childNodes);
    expect([doctype!.nodeType, doctype!.nodeName, doctype!.nodeValue, doctype!.textContent]).toEqual([10, 'html', null, null]);
    expect([comment!.nodeType, comment!.nodeName, comment!.nodeValue]).toEqual([8, '#comment', 'top']);
    expect([lite.nodeType, lite.nodeName, lite.nodeValue, lite.textContent]).toEqual([9, '#document', null, null]);
  });
});

describe('names and attributes', () => {
  it('upper-cases HTML tag names only, and matches HTML attribute names case-insensitively', () => {
    const { lite } = same(
      '<TABLE><TR><TD ROWSPAN="2" ColSpan=3 Title="T">x</TD></TR></TABLE><A HREF="/r.html" TITLE="报告">r</A>' +
        '<svg viewBox="0 0 1 1"><foreignObject><p>p</p></foreignObject><a xlink:href="/x.pdf">s</a></svg><math><mi>x</mi></math><my-élément>é</my-élément>',
    );
    const td = lite.getElementsByTagName('td')[0] as HTMLTableCellElement;
    expect([td.tagName, td.getAttribute('rowspan'), td.getAttribute('ROWSPAN'), td.getAttribute('colSpan'), td.rowSpan, td.colSpan]).toEqual([
      'TD',
      '2',
      '2',
      '3',
      2,
      3,
    ]);
    const svg = lite.getElementsByTagName('svg')[0]!;
    expect([svg.tagName, svg.getAttribute('viewBox'), svg.getAttribute('viewbox')]).toEqual(['svg', '0 0 1 1', null]);
    expect(lite.getElementsByTagName('foreignObject')[0]!.tagName).toBe('foreignObject');
    expect(lite.getElementsByTagName('FOREIGNOBJECT').length).toBe(0);
    const svgLink = lite.getElementsByTagName('a')[1]!;
    expect([svgLink.getAttribute('xlink:href'), svgLink.getAttribute('href'), (svgLink as unknown as HTMLAnchorElement).href]).toEqual([
      '/x.pdf',
      null,
      undefined,
    ]);
    expect(lite.getElementsByTagName('my-élément')[0]!.tagName).toBe('MY-éLéMENT');
  });

  it('adds the attributes of a second <html> or <body> tag only where missing, as the spec says (jsdom overwrites)', () => {
    const doc = parseDocument('<html lang="a"><body class="x"><html lang="b" dir="rtl"><body class="y" id="z">', PAGE_URL);
    expect([doc.documentElement.getAttribute('lang'), doc.documentElement.getAttribute('dir')]).toEqual(['a', 'rtl']);
    expect([doc.body!.getAttribute('class'), doc.body!.getAttribute('id')]).toEqual(['x', 'z']);
  });
});

describe('the document', () => {
  it('reads the first HTML title, ASCII whitespace stripped and collapsed, other spaces kept', () => {
    const { lite } = same(
      '<html><head><title>\n  2024年 \t 政府信息公开\u3000工作 \u00a0年度报告  \r\n</title><title>second</title></head><body><svg><title>svg</title></svg></body></html>',
    );
    expect(lite.title).toBe('2024年 政府信息公开\u3000工作 \u00a0年度报告');
    expect(same('<body><svg><title>svg only</title></svg><p>x</p></body>').lite.title).toBe('');
    expect(same('<body><p>x</p><title> in  body </title></body>').lite.title).toBe('in body');
    expect(same('<title><b>not</b> markup</title>').lite.title).toBe('<b>not</b> markup');
  });

  it('always has head and body from the parser, and takes a frameset for the body', () => {
    const bare = same('just text').lite;
    expect([bare.documentElement.tagName, bare.head!.tagName, bare.body!.tagName, bare.body!.textContent]).toEqual(['HTML', 'HEAD', 'BODY', 'just text']);
    expect(same('<html><head><title>t</title></head></html>').lite.body!.childNodes.length).toBe(0);
    expect(same('<html><frameset><frame></frameset></html>').lite.body!.tagName).toBe('FRAMESET');
    expect(same('').lite.body!.tagName).toBe('BODY');
  });

  it('has the URL jsdom gives it, no window, and refuses an unparsable URL', () => {
    const doc = parseDocument('<p>x', 'HTTPS://WWW.Example.gov.cn/a/../b?q#f');
    expect([doc.URL, doc.defaultView]).toEqual(['https://www.example.gov.cn/b?q#f', null]);
    expect(() => parseDocument('<p>x', 'not a url')).toThrow(TypeError);
  });

  it('resolves hrefs against the document URL, or the first base element with an href', () => {
    const anchors =
      '<a href="r.pdf">1</a><a href="/abs.doc?x#y">2</a><a href="http://[bad">3</a><a>4</a><a href="">5</a><a href=" javascript:void(0) ">6</a><map><area href="a.xls"></map>';
    const hrefs = (doc: Document) =>
      Array.from(doc.getElementsByTagName('a'), (a) => a.href).concat((doc.getElementsByTagName('area')[0] as HTMLAreaElement).href);
    const plain = same(anchors, 'https://www.example.gov.cn/zwgk/2024/report.html').lite;
    expect(hrefs(plain)).toEqual([
      'https://www.example.gov.cn/zwgk/2024/r.pdf',
      'https://www.example.gov.cn/abs.doc?x#y',
      'http://[bad',
      '',
      'https://www.example.gov.cn/zwgk/2024/report.html',
      'javascript:void(0)',
      'https://www.example.gov.cn/zwgk/2024/a.xls',
    ]);
    const based = same(
      `<head><base target="_blank"><base href="../files/"><base href="https://elsewhere.example/"></head>${anchors}`,
      'https://www.example.gov.cn/zwgk/2024/report.html',
    ).lite;
    expect(hrefs(based)[0]).toBe('https://www.example.gov.cn/zwgk/files/r.pdf');
    const badBase = same(`<base href="http://[bad">${anchors}`, 'https://www.example.gov.cn/zwgk/2024/report.html').lite;
    expect(hrefs(badBase)[0]).toBe('https://www.example.gov.cn/zwgk/2024/r.pdf');
  });

  it('finds the same attachments as under jsdom, SVG links included', () => {
    const { lite, ref } = same(
      '<base href="/files/"><a href="a.pdf">A</a><a href="A.PDF"> again </a><svg><a href="s.pdf">svg</a></svg><a href="b.docx?x=1">B</a><a href="c.html">C</a>',
    );
    expect(findAttachments(lite)).toStrictEqual(findAttachments(ref));
    expect(findAttachments(lite).map((a) => a.href)).toEqual([
      'https://www.example.gov.cn/files/a.pdf',
      'https://www.example.gov.cn/files/A.PDF',
      's.pdf',
      'https://www.example.gov.cn/files/b.docx?x=1',
    ]);
  });

  it('finds elements by tag name case-insensitively for HTML, as written for SVG and MathML, in tree order', () => {
    const { lite } = same('<div><p>1</p><svg><p-x/><a/></svg><P>2</P></div><table><tr><td><p>3</p></td></tr></table><math><mi>m</mi></math>');
    expect(texts(lite.getElementsByTagName('P'))).toEqual(['1', '2', '3']);
    expect(lite.getElementsByTagName('*').length).toBe(lite.documentElement.getElementsByTagName('*').length + 1);
    expect(lite.body!.getElementsByTagName('mi')[0]!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
  });

  it('survives pages nested thousands deep', () => {
    const depth = 20_000;
    // Six rows: the first look reads only tables the size of section three.
    const html = '<div>'.repeat(depth) + '<table><tr><td>新收</td><td>结转</td></tr>' + '<tr><td></td></tr>'.repeat(5) + '</table>' + '</div>'.repeat(depth);
    const doc = parseLiteDocument(html, PAGE_URL);
    expect(doc.getElementsByTagName('div').length).toBe(depth);
    expect(doc.body!.textContent).toBe('新收结转');
    const innermost = doc.getElementsByTagName('div')[depth - 1] as LiteElement;
    expect(innermost.getElementsByTagName('td').length).toBe(7);
    expect(domToText(doc.body as unknown as Node)).toContain('结转');
    expect(mightBeReport(doc as unknown as Document)).toBe(true);
  });

  it('handles misnested markup as the parser does', () => {
    same('<p><b>1<i>2</p>3</i>4</b><b><p>a</b>b</p><a href=1><div><a href=2>x</a></div></a><table><tr><td>1<b>2</td></tr></table>');
    sameAsSpec('<p><b>1<i>2</p>3</i>4</b><table>fostered<tr><td>x</td>tail</tr></table><b><p>a</b>b</p><a href=1><div><a href=2>x</a></div></a>');
    sameAsSpec('<table><tr><td><table><tr><td>1</td></tr>after</table></td></tr></table><select><option>1<table>');
  });

  it('puts foster-parented text before the table, as the spec says (jsdom puts it after)', () => {
    const html = '<body><p>a</p><table>foo&nbsp;<tr><td>x</td></tr>bar</table><p>z</p></body>';
    const { lite } = sameAsSpec(html);
    expect(Array.from(lite.body!.childNodes, (n) => n.nodeName)).toEqual(['P', '#text', 'TABLE', 'P']);
    expect(lite.body!.textContent).toBe('afoo\u00a0barxz');
    expect(both(html).ref.body!.textContent).toBe('axfoo\u00a0barz');
  });
});

describe('selectors', () => {
  it('match type, id, class and attribute selectors and lists of them, in tree order', () => {
    const { lite } = same(
      '<!DOCTYPE html><head><meta name="ArticleTitle" content="标题"><meta NAME="pubdate" content="2025-01-02"></head>' +
        '<body><h2>二</h2><h1>一</h1><div id="zoom" class="TRS_Editor main"><p class=MsoNormal>p</p></div><ucapcontent><table></table></ucapcontent></body>',
    );
    expect(lite.querySelector('meta[name="articletitle" i]')!.getAttribute('content')).toBe('标题');
    expect(lite.querySelector('meta[name="PubDate" i]')!.getAttribute('content')).toBe('2025-01-02');
    expect(lite.querySelector('meta[name="PubDate"]')).toBeNull();
    expect(lite.querySelector('h1, h2')!.textContent).toBe('二');
    expect(texts(lite.querySelectorAll('h1, h2'))).toEqual(['二', '一']);
    expect(lite.querySelector('#zoom')!.getAttribute('class')).toBe('TRS_Editor main');
    expect(lite.querySelector('.main')).toBe(lite.querySelector('div#zoom.TRS_Editor'));
    expect(lite.querySelector('.trs_editor')).toBeNull();
    expect(lite.querySelector('ucapcontent')!.getElementsByTagName('table').length).toBe(1);
    expect(lite.body!.querySelector('meta')).toBeNull();
    expect(pageTitle(lite)).toBe('标题');
  });

  it('match ids and classes ASCII-case-insensitively in a quirks-mode document, as the spec says (jsdom does not)', () => {
    const quirks = parseDocument('<div id="UCAP-Content" class="TRS_Editor">x</div>', PAGE_URL);
    expect(quirks.querySelector('#ucap-content')).not.toBeNull();
    expect(quirks.querySelector('.trs_editor')).not.toBeNull();
    const standards = parseDocument('<!DOCTYPE html><div id="UCAP-Content" class="TRS_Editor">x</div>', PAGE_URL);
    expect(standards.querySelector('#ucap-content')).toBeNull();
    expect(standards.querySelector('.trs_editor')).toBeNull();
  });

  it('match attribute values case-sensitively without the i flag, as the spec says (jsdom does not)', () => {
    const doc = parseDocument('<meta name="ArticleTitle" content="x"><div align="CENTER"></div>', PAGE_URL);
    expect(doc.querySelector('meta[name="articletitle"]')).toBeNull();
    expect(doc.querySelector('meta[name="articletitle" s]')).toBeNull();
    expect(doc.querySelector('meta[name="ArticleTitle"]')).not.toBeNull();
    // HTML's list of attributes whose values match case-insensitively anyway.
    expect(doc.querySelector('div[align="center"]')).not.toBeNull();
  });

  it('throw a clear error for anything outside the subset', () => {
    const doc = parseDocument('<p>x</p>', PAGE_URL);
    for (const selector of [
      'div p',
      'div > p',
      'p + p',
      'p:first-child',
      'p::before',
      'a[href^="x"]',
      'a[href="x\\"y"]',
      '[x="y" q]',
      '',
      ',',
      'h1,',
      '.',
      '#',
      'p:is(h1)',
      '[lang|=en]',
    ]) {
      expect(() => doc.querySelector(selector), selector).toThrow(UnsupportedSelectorError);
      expect(() => doc.body!.querySelectorAll(selector), selector).toThrow(/outside the supported subset/);
    }
  });
});

describe('the subset itself', () => {
  it('parses non-negative integers as HTML does', () => {
    const cases: [string, number | null][] = [
      ['0', 0],
      ['007', 7],
      ['  12', 12],
      ['\f\r\n\t5', 5],
      ['+3', 3],
      ['-0', 0],
      ['-1', null],
      ['', null],
      [' ', null],
      ['+', null],
      ['-', null],
      ['x1', null],
      ['1x', 1],
      ['1.9', 1],
      ['\u00a01', null],
      ['\u30001', null],
      ['１', null],
    ];
    for (const [input, want] of cases) expect(parseNonNegativeInteger(input), JSON.stringify(input)).toBe(want);
  });

  it('throws on DOM members it does not implement, once the strict traps are in', () => {
    const doc = parseDocument('<table><tr><td>x</td></tr></table><meta name=a content=b><textarea rows=3></textarea>', PAGE_URL);
    expect(() => (doc.body as HTMLElement).innerHTML).toThrow(/not implemented/);
    expect(() => doc.body!.children).toThrow(/not implemented/);
    expect(() => doc.body!.firstChild).toThrow(/not implemented/);
    expect(() => doc.location).not.toThrow();
    expect(() => doc.cookie).toThrow(/not implemented/);
    expect(() => (doc.getElementsByTagName('meta')[0] as HTMLMetaElement).content).toThrow(/not implemented/);
    expect(() => (doc.getElementsByTagName('textarea')[0] as HTMLTextAreaElement).rows).toThrow(/not implemented/);
    expect(() => doc.body!.childNodes[0]!.childNodes[0]!.nextSibling).toThrow(/not implemented/);
  });
});

describe('random table soup', () => {
  const PIECES = [
    '<table>',
    '</table>',
    '<tr>',
    '</tr>',
    '<td>',
    '</td>',
    '<th>',
    '<td rowspan=0>',
    '<td rowspan=2>',
    '<td rowspan="x">',
    '<td colspan=3>',
    '<th colspan=0>',
    '<td colspan=1001>',
    '<thead>',
    '</thead>',
    '<tbody>',
    '</tbody>',
    '<tfoot>',
    '<caption>',
    '</caption>',
    '<colgroup><col>',
    '新收',
    '结转',
    '1',
    '0',
    ' ',
    '\n',
    '&nbsp;',
    '<p>',
    '</p>',
    '<b>',
    '</b>',
    '<i>',
    '<div>',
    '</div>',
    '<template>',
    '</template>',
    '<svg>',
    '</svg>',
    '<a href="x.pdf">',
    '<a href=/r.html>',
    '</a>',
    '<!--c-->',
    '<select>',
    '<option>',
    '<form>',
    '<br>',
    '<script>s</script>',
    '<noscript>n</noscript>',
    '<title>t</title>',
    '<base href="/b/">',
    '<h1>信息公开年度报告</h1>',
    '<math><mi>',
  ];
  it(
    'parses to the same tree and the same grids as jsdom',
    async () => {
      await assertProperty(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
          const { lite, ref } = sameAsSpec(pieces.join(''));
          const lt = lite.getElementsByTagName('table');
          const rt = ref.getElementsByTagName('table');
          for (let i = 0; i < rt.length; i++) {
            const { elements: le, ...lg } = gridFromTable(lt[i] as HTMLTableElement);
            const { elements: re, ...rg } = gridFromTable(rt[i] as HTMLTableElement);
            expect(lg).toStrictEqual(rg);
            expect(le.map((e) => e.textContent)).toEqual(re.map((e) => e.textContent));
          }
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout(60_000),
  );
});

describe('embedded report files', () => {
  it('finds PDFs shown in the page (iframe, embed, object, a viewer given ?file=) as under jsdom', () => {
    const html =
      '<iframe src="/pdfjs/web/viewer.html?file=%2Fupload%2F2024%E5%B9%B4%E6%8A%A5.pdf"></iframe><embed src="b.pdf"><object data="c.docx"></object>' +
      '<iframe src="/news.html"></iframe><a href="b.pdf">again</a><iframe src="viewer.html?file=%E0%A4%A"></iframe>';
    const lite = parseDocument(html, 'https://www.example.gov.cn/zwgk/report.html');
    const ref = parseHtml(html, 'https://www.example.gov.cn/zwgk/report.html');
    expect(findAttachments(lite)).toStrictEqual(findAttachments(ref));
    expect(findAttachments(lite).map((a) => a.href)).toEqual([
      'https://www.example.gov.cn/zwgk/b.pdf',
      'https://www.example.gov.cn/upload/2024%E5%B9%B4%E6%8A%A5.pdf',
      'https://www.example.gov.cn/zwgk/c.docx',
    ]);
  });
});
