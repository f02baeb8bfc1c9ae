/**
 * Builds a minimal .docx from HTML, the way Word would hold it: paragraphs as <w:p>, tables as
 * <w:tbl> on a column grid, colspan as <w:gridSpan>, rowspan as <w:vMerge> — Word keeps a
 * placeholder cell in every row a merged cell covers, which is what the converter must undo.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** Packs the children of <w:body> (WordprocessingML), and the document's <Relationship>s, into a .docx. */
export async function packDocx(bodyXml: string, relationships = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .docx of `lead` paragraphs followed by the content of `root`. */
export function makeDocx(root: Element, lead: readonly string[] = []): Promise<Uint8Array> {
  return packDocx(lead.map(paragraph).join('') + blocksXml(root));
}

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

// Control characters are not allowed in XML 1.0 at all, escaped or not.
const escapeXml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
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
  'UL',
]);

/**
 * Paragraphs and tables of a subtree. Text is what a reader sees (white space collapsed, as when
 * a page is pasted into Word); <br> stays a line break inside its paragraph.
 */
function blocksXml(root: Node): string {
  const out: string[] = [];
  let runs: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) out.push(`<w:p>${runs.join('')}</w:p>`);
    runs = [];
    text = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      // A paragraph starts at its first visible character, as in Word.
      const kept = text.trim() ? t : t.replace(/^ +/, '');
      if (kept) runs.push(`<w:r><w:t xml:space="preserve">${escapeXml(kept)}</w:t></w:r>`);
      text += kept;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      runs.push('<w:r><w:br/></w:r>');
      return;
    }
    if (el.tagName === 'TABLE') {
      flush();
      out.push(tableXml(el as HTMLTableElement));
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    for (const kid of el.childNodes) walk(kid);
    if (block) flush();
  };
  for (const kid of root.childNodes) walk(kid);
  flush();
  return out.join('');
}

interface Merge {
  span: number;
  lastRow: number;
}

/** HTML's table model laid on Word's grid: each covered slot gets a <w:vMerge/> placeholder. */
function tableXml(table: HTMLTableElement): string {
  const rows = [...table.rows];
  const merges = new Map<number, Merge>(); // by the grid column a vertical merge starts at
  let width = 0;
  const rowsXml = rows.map((row, r) => {
    const cells: string[] = [];
    let col = 0;
    const placeholders = () => {
      for (let m = merges.get(col); m && m.lastRow >= r; m = merges.get(col)) {
        cells.push(cellXml('<w:p/>', m.span, 'continue'));
        col += m.span;
      }
    };
    for (const cell of row.cells) {
      placeholders();
      const span = Math.max(1, cell.colSpan);
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, cell.rowSpan), rows.length - r);
      if (rowSpan > 1) merges.set(col, { span, lastRow: r + rowSpan - 1 });
      else merges.delete(col);
      cells.push(cellXml(blocksXml(cell), span, rowSpan > 1 ? 'restart' : null));
      col += span;
    }
    // A short row still needs the placeholders of merges to its right, at their own grid columns.
    for (const start of [...merges.keys()].sort((a, b) => a - b)) {
      if (start < col || merges.get(start)!.lastRow < r) continue;
      for (; col < start; col++) cells.push(cellXml('', 1, null));
      placeholders();
    }
    width = Math.max(width, col);
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const grid = '<w:gridCol w:w="1000"/>'.repeat(width);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rowsXml.join('')}</w:tbl>`;
}

function cellXml(content: string, span: number, merge: 'restart' | 'continue' | null): string {
  const props =
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') + (merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '');
  // Word requires every cell to end with a paragraph.
  const body = content.endsWith('</w:p>') || content.endsWith('<w:p/>') ? content : content + '<w:p/>';
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${body}</w:tc>`;
}
