/**
 * A PDF's text layer, in the coordinates of the page as shown at scale 1: origin top-left,
 * y downwards, in PDF points. The same numbers place the evidence boxes on a rendered page.
 */
export interface PdfItem {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Font size (the glyphs sit between y - size and y). */
  size: number;
}

export interface PdfPage {
  /** 1-based, as PDF readers number pages. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** Where a table cell was printed: page number and box [left, top, width, height]. */
export interface PdfBox {
  page: number;
  box: [number, number, number, number];
}

export const PDF_LIMITS = {
  maxPages: 300,
  maxItems: 200_000,
  /** Fewer characters than this in the whole text layer: a scan, not a typeset report. */
  minTextChars: 40,
} as const;
