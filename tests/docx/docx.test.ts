import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { auditDocument, type DomAudit } from '../../lib/audit';
import { docxToHtml } from '../../lib/docx/to-html';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';
import { makeDocx, packDocx, paragraph } from './make-docx';

const TWINS = [
  'samples/sample-report.html',
  'pages/pingtan_2023.html',
  'pages/pingtan_gwh_2025.html',
  'pages/shanghai_bgt_2019_decoded.html',
  'pages/shuyang_fgj_2023.html',
];

// The audit's own list (lib/audit.ts, not exported): a Word report holds the article, not the
// portal's navigation around it, so the twin is made of what the audit of the page reads.
const ARTICLE_CONTAINERS = ['#UCAP-CONTENT', 'ucapcontent', '.trs_editor_view', '.TRS_Editor', '#zoom', '.article-content', '#ivs_content'];

function article(doc: Document): Element {
  for (const selector of ARTICLE_CONTAINERS) {
    const el = doc.querySelector(selector);
    if (el && el.getElementsByTagName('table').length > 0) return el;
  }
  return doc.body;
}

/** What must agree between a page and its twin: grid coordinates (`cells[].ref`) and `source` may not. */
function comparable({ result }: DomAudit) {
  return {
    detected: result.detected,
    year: result.report?.year,
    template: result.report?.template,
    title: result.report?.title,
    agency: result.report?.agency,
    rows: result.tables.applications?.rows,
    reviewLitigation: result.tables.reviewLitigation,
    findings: result.findings.map((f) => [f.check, f.severity, f.at.row ?? '', f.at.col ?? '', f.expected ?? '', f.actual ?? ''].join(' | ')).sort(),
  };
}

async function twinOf(name: string, withTitle = true) {
  const source = FIXTURES + name;
  const doc = parseHtml(readFileSync(source, 'utf8'));
  const page = auditDocument(doc, { source });
  // A Word report opens with its title, which a portal moves into <title> and <meta>: the twin
  // carries it back. The publish date is not carried: a .docx has none (the portal's PubDate),
  // so report.published is not compared; no finding of these fixtures depends on it.
  const bytes = await makeDocx(article(doc), withTitle ? [page.result.report?.title ?? ''] : []);
  const { html, warnings } = await docxToHtml(bytes);
  const twin = auditDocument(parseHtml(html), { source });
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return { page, twin, xml, warnings };
}

describe('a DOCX twin audits as its page', () => {
  it.each(TWINS)('%s', async (name) => {
    const { page, twin, xml, warnings } = await twinOf(name);
    expect(page.result.detected).toBe(true);
    expect(page.result.tables.applications).not.toBeNull();
    // The twin really uses Word's merge model, not HTML's.
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge/>');
    expect(xml).toContain('<w:gridSpan ');
    expect(warnings).toEqual([]);
    expect(comparable(twin)).toEqual(comparable(page));
  });

  it('audits a Word report without a title line: its opening prose is not taken for the title', async () => {
    // pingtan_2023 opens with 本报告根据……印发……通知……编制而成, which as a title would read as a page about the report.
    const { page, twin } = await twinOf('pages/pingtan_2023.html', false);
    expect(twin.result.detected).toBe(true);
    expect(twin.result.report?.title).toBe('');
    expect(twin.result.report?.year).toBe(page.result.report?.year);
    expect(twin.result.tables.applications?.rows).toEqual(page.result.tables.applications?.rows);
    expect(comparable(twin).findings).toEqual(comparable(page).findings);
  });
});

/** Each grid slot's text, laid out by HTML's table model (what a reader sees; a hole reads as empty). */
function grid(table: HTMLTableElement): string[][] {
  const out: string[][] = [];
  [...table.rows].forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (out[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) (out[r + dr] ??= [])[c + dc] = (cell.textContent ?? '').trim();
      }
      c += cell.colSpan;
    }
  });
  return out.map((row) => Array.from(row, (v) => v ?? ''));
}

describe('docxToHtml', () => {
  it('turns vMerge and gridSpan into rowspan and colspan', async () => {
    const cell = (text: string, props = '') => `<w:tc>${props && `<w:tcPr>${props}</w:tcPr>`}${text ? paragraph(text) : '<w:p/>'}</w:tc>`;
    const restart = '<w:vMerge w:val="restart"/>';
    const below = '<w:vMerge/>';
    const span2 = '<w:gridSpan w:val="2"/>';
    const rows = [
      [cell('A', restart), cell('B', span2), cell('X', span2 + restart)],
      [cell('', below), cell('C'), cell('D'), cell('', span2 + below)],
      [cell('E'), cell('F'), cell('G'), cell('H'), cell('I')],
    ];
    const { html } = await docxToHtml(await packDocx(`<w:tbl>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`));
    const table = parseHtml(html).querySelector('table')!;
    const [first, second] = table.rows;
    expect([...first!.cells].map((c) => [c.textContent, c.rowSpan, c.colSpan])).toEqual([
      ['A', 2, 1],
      ['B', 1, 2],
      ['X', 2, 2],
    ]);
    expect([...second!.cells].map((c) => c.textContent)).toEqual(['C', 'D']);
    expect(grid(table)).toEqual([
      ['A', 'B', 'B', 'X', 'X'],
      ['A', 'C', 'D', 'X', 'X'],
      ['E', 'F', 'G', 'H', 'I'],
    ]);
  });

  it('keeps a merged table intact through the twin builder, short rows included', async () => {
    // Row two has no cells of its own: Word still needs d's placeholder at d's grid column.
    const page = parseHtml(
      '<table><tr><td rowspan="3">a</td><td>b</td><td>c</td><td rowspan="2">d</td></tr>' + '<tr></tr>' + '<tr><td colspan="2">e</td><td>f</td></tr></table>',
    );
    const { html } = await docxToHtml(await makeDocx(page.body));
    const want = grid(page.querySelector('table')!);
    expect(want).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', '', '', 'd'],
      ['a', 'e', 'e', 'f'],
    ]);
    expect(grid(parseHtml(html).querySelector('table')!)).toEqual(want);
  });

  it('puts the report-naming paragraph in <title>, not whatever comes first', async () => {
    const body = ['附件1', '示例县教育局', '2024年政府信息公开工作年度报告', '一、总体情况'].map(paragraph).join('');
    const doc = parseHtml((await docxToHtml(await packDocx(body))).html);
    expect(doc.title).toBe('示例县教育局2024年政府信息公开工作年度报告');
    expect(doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content')).toBe(doc.title);
  });

  it('renders hostile text as text, in the body and in the title', async () => {
    const title = '"><img src=x onerror=alert(1)> & 2024年政府信息公开工作年度报告';
    const body = [title, '<script>alert(1)</script> & &amp; <b>bold</b>'].map(paragraph).join('');
    const { html } = await docxToHtml(await packDocx(body));
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('script, img, b').length).toBe(0);
    expect(doc.title).toBe(title);
    expect(doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content')).toBe(title);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual([title, '<script>alert(1)</script> & &amp; <b>bold</b>']);
  });

  it('keeps web and mail links, and only the text of links to script', async () => {
    const targets = [
      'https://www.example.gov.cn/a.pdf',
      'mailto:gk@example.gov.cn',
      '附件.pdf',
      'javascript:alert(1)',
      ' JaVa&#9;Script:alert(2)',
      'data:text/html,x',
      'file:///etc/passwd',
    ];
    const rels = targets
      .map(
        (t, i) =>
          `<Relationship Id="rL${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${t}" TargetMode="External"/>`,
      )
      .join('');
    const body = targets.map((_, i) => `<w:p><w:hyperlink r:id="rL${i}"><w:r><w:t>link${i}</w:t></w:r></w:hyperlink></w:p>`).join('');
    const doc = parseHtml((await docxToHtml(await packDocx(body, rels))).html);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(targets.slice(0, 3));
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(targets.map((_, i) => `link${i}`));
  });

  it("passes mammoth's warnings on", async () => {
    const { warnings } = await docxToHtml(await packDocx('<w:p><w:pPr><w:pStyle w:val="GoujiStyle"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'));
    expect(warnings.some((w) => w.includes('GoujiStyle'))).toBe(true);
  });

  describe('rejects what it cannot read with one clear sentence', () => {
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 251);
    const zipOf = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: 'uint8array' });
    };
    const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
      ['random bytes behind a ZIP signature', async () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random(4000)]), /damaged or not a Word document/],
      ['a ZIP without a Word document', () => zipOf({ 'readme.txt': 'hello' }), /damaged or not a Word document/],
      ['a truncated .docx', async () => (await packDocx(paragraph('x'.repeat(5000)))).subarray(0, 400), /damaged or not a Word document/],
      ['a legacy .doc', async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random(600)]), /older Word \.doc or WPS \.wps/],
      ['a PDF', async () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /this is a PDF/],
      ['nothing', async () => new Uint8Array(0), /damaged or not a Word document/],
    ];
    it.each(cases)('%s', async (_name, make, reason) => {
      const error = await docxToHtml(await make()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const { message } = error as Error;
      expect(message).toMatch(/^not a readable Word \.docx file: /);
      expect(message).toMatch(reason);
      expect(message).not.toMatch(/\n|\bat \w|zip \?|undefined/);
    });
  });
});
