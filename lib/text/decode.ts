/**
 * Bytes to text the way a browser would: BOM, then the charset the page declares (GBK and
 * GB2312 pages are common on gov.cn), then UTF-8, then GB18030 when UTF-8 does not fit.
 */
export function sniffCharset(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (headerCharset && isKnown(headerCharset)) return normalise(headerCharset);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared && isKnown(declared)) return normalise(declared);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function normalise(label: string): string {
  const l = label.toLowerCase();
  // Pages that say gb2312 are written by tools that emit GBK; GB18030 decodes both.
  return l === 'gb2312' || l === 'gbk' ? 'gb18030' : l;
}

function isKnown(label: string): boolean {
  try {
    new TextDecoder(normalise(label));
    return true;
  } catch {
    return false;
  }
}

export function decode(bytes: Uint8Array, headerCharset?: string | null): string {
  return new TextDecoder(sniffCharset(bytes, headerCharset)).decode(bytes);
}
