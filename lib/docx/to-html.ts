import mammoth from 'mammoth';
import { sniffOfficeFile } from './sniff';
import { docxTitle, paragraphTexts, type DocxNode } from './title';

export { sniffOfficeFile, type OfficeKind } from './sniff';

export interface DocxHtml {
  /** A complete HTML document: the report's title in <title>, Word's body as mammoth renders it. */
  html: string;
  /** mammoth's messages (unknown styles, unreadable parts), for diagnostics. */
  warnings: string[];
}

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

// Pixels are of no use to the audit and would swell the page as data: URIs; the alt text stays.
const NO_IMAGE_DATA = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Converts a Word .docx to an HTML document that the page pipeline reads like a portal's page. */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const data = bytes.slice().buffer;
  let paragraphs: string[] = [];
  let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // mammoth's Node build opens `buffer`, its browser build (package.json "browser") `arrayBuffer`;
    // JSZip reads an ArrayBuffer in both.
    const input = { arrayBuffer: data, buffer: data } as unknown as MammothInput;
    converted = await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      convertImage: NO_IMAGE_DATA,
      transformDocument: (doc: DocxNode) => {
        paragraphs = paragraphTexts(doc);
        return unwrapUnsafeLinks(doc);
      },
    });
  } catch (cause) {
    throw new Error(unreadable(bytes), { cause });
  }
  const title = escapeHtml(docxTitle(paragraphs));
  const html =
    '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
    (title ? `<meta name="ArticleTitle" content="${title}">` : '') +
    `<title>${title}</title></head>\n` +
    `<body>${converted.value}</body></html>\n`;
  return { html, warnings: converted.messages.map((m) => m.message) };
}

/** One sentence a user can act on; mammoth's and JSZip's own messages are for developers. */
function unreadable(bytes: Uint8Array): string {
  switch (sniffOfficeFile(bytes)) {
    case 'legacy-doc':
      return 'not a readable Word .docx file: this is an older Word .doc or WPS .wps file; save it as .docx first';
    case 'pdf':
      return 'not a readable Word .docx file: this is a PDF';
    default:
      return 'not a readable Word .docx file: it is damaged or not a Word document';
  }
}

// mammoth copies a link's target as it is, javascript: included: such a link keeps only its text.
function isSafeHref(href: string): boolean {
  // An allow-list: whatever a browser might read as a scheme (java\tscript: too) must be one of these.
  const scheme = /^([^/?#]*?):/.exec(href)?.[1];
  return scheme === undefined || /^(?:https?|mailto)$/i.test(scheme);
}

function unwrapUnsafeLinks(node: DocxNode): DocxNode {
  if (!node.children) return node;
  node.children = node.children.flatMap((kid) => {
    unwrapUnsafeLinks(kid);
    const unsafe = kid.type === 'hyperlink' && !kid.anchor && !isSafeHref(kid.href ?? '');
    return unsafe ? (kid.children ?? []) : [kid];
  });
  return node;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
