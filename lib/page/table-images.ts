import { linkBase } from './address';

/** An image of the page that may hold the report's table (pasted as a picture). */
export interface TableImage {
  src: string;
  alt: string;
}

/** Site furniture, not content: logos, icons, QR codes, share buttons, banners, spacers. */
const FURNITURE = /logo|icon|ico_|qrcode|ewm|erweima|share|banner|btn|button|arrow|spacer|blank\.gif|wza|jiucuo|dzjg|conac|police|beian/i;
/** Smaller than this on either side (declared or laid out): not a table one could read. */
const MIN_SIDE = 200;
const MAX_IMAGES = 20;

function side(img: Element, name: 'width' | 'height'): number | null {
  // Laid out in a browser; from the attributes in the CLI's DOM, which does no layout.
  const natural = (img as HTMLImageElement)[name === 'width' ? 'naturalWidth' : 'naturalHeight'];
  if (typeof natural === 'number' && natural > 0) return natural;
  const declared = Number.parseInt(img.getAttribute(name) ?? '', 10);
  return Number.isFinite(declared) && declared > 0 ? declared : null;
}

/**
 * The page's content images, in document order: where a report's table is missing from the page's
 * text, these are what OCR can read it from. Read through `getElementsByTagName` (no selector
 * engine in the CLI's DOM); data: URLs are kept (pasted images), addresses resolved.
 */
export function findTableImages(doc: Document, base = linkBase(doc)): TableImage[] {
  const out: TableImage[] = [];
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length && out.length < MAX_IMAGES; i++) {
    const img = images[i]!;
    const raw = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    if (!raw || FURNITURE.test(raw) || FURNITURE.test(img.getAttribute('class') ?? '')) continue;
    const w = side(img, 'width');
    const h = side(img, 'height');
    if ((w !== null && w < MIN_SIDE) || (h !== null && h < MIN_SIDE)) continue;
    let src: string;
    try {
      src = raw.startsWith('data:') ? raw : new URL(raw, base).href;
    } catch {
      continue;
    }
    if (!out.some((x) => x.src === src)) out.push({ src, alt: (img.getAttribute('alt') ?? '').trim() });
  }
  return out;
}
