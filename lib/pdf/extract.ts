import { PDF_LIMITS, type PdfItem, type PdfPage } from './types';

/**
 * The slice of PDF.js this module needs. Typed here rather than imported so that lib/ stays free
 * of the library: the extension and the CLI each load their own build of it.
 */
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}
interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}

interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}

export class PdfReadError extends Error {
  constructor(
    readonly reason: 'scanned' | 'too-large' | 'unreadable' | 'encrypted',
    message: string,
  ) {
    super(message);
  }
}

/** Applies the viewport matrix [a b c d e f] to a point. */
function apply(m: number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

function toItem(raw: RawItem, view: number[]): PdfItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const text = raw.str;
  if (!text.trim()) return null;
  const t = raw.transform as number[];
  if (t.length < 6 || t.some((n) => !Number.isFinite(n))) return null;
  const [x, y] = apply(view, t[4]!, t[5]!);
  const size = Math.hypot(t[2]!, t[3]!) * Math.hypot(view[0]!, view[1]!);
  // Text laid at an angle (stamps, watermarks) is not part of the report's tables or prose.
  if (Math.abs(t[1]!) > Math.abs(t[0]!) * 0.05) return null;
  const width = typeof raw.width === 'number' && Number.isFinite(raw.width) ? raw.width * Math.hypot(view[0]!, view[1]!) : text.length * size;
  return { text, x, y, w: width, size: size > 0 ? size : 10 };
}

/** Reads every page's text items. Rejects scans (no text layer) and oversize files with a reason. */
export async function extractPages(doc: PdfDocumentLike): Promise<PdfPage[]> {
  if (doc.numPages > PDF_LIMITS.maxPages) {
    throw new PdfReadError('too-large', `the PDF has ${doc.numPages} pages; a report has at most ${PDF_LIMITS.maxPages}`);
  }
  const pages: PdfPage[] = [];
  let total = 0;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const raw of content.items) {
      const item = toItem(raw as RawItem, viewport.transform);
      if (!item) continue;
      items.push(item);
      chars += item.text.trim().length;
    }
    total += items.length;
    if (total > PDF_LIMITS.maxItems) throw new PdfReadError('too-large', `the PDF has more than ${PDF_LIMITS.maxItems} pieces of text`);
    pages.push({ number: n, width: viewport.width, height: viewport.height, items });
    page.cleanup?.();
  }
  if (chars < PDF_LIMITS.minTextChars) {
    throw new PdfReadError('scanned', 'the PDF has no text layer (a scan or images of pages); it cannot be read without OCR');
  }
  return pages;
}
