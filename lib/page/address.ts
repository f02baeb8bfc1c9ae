/**
 * A saved page's own address. A page saved from a portal keeps where it came from in one of a
 * few places — <base href>, <meta name="Url"> (TRS and other gov CMSes), og:url, the canonical
 * link, the "saved from url" mark browsers write, an address printed in the page — and its
 * relative links (attachments, the reports of a listing) resolve against it, not against the
 * file it was saved to.
 */

const HTTP = /^https?:\/\/[^\s/"'<>]+/i;

function absolute(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!HTTP.test(v)) return null;
  try {
    return new URL(v).href;
  } catch {
    return null;
  }
}

function metaValue(doc: Document, attr: 'name' | 'property', name: string): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    if ((m.getAttribute(attr) ?? '').toLowerCase() === name.toLowerCase()) return m.getAttribute('content');
  }
  return null;
}

function canonical(doc: Document): string | null {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) return l.getAttribute('href');
  }
  return null;
}

function baseHref(doc: Document): string | null {
  const bases = doc.getElementsByTagName('base');
  return bases.length ? bases[0]!.getAttribute('href') : null;
}

// Printed by the CMS or the browser: 本页网址：https://… / 原文链接：https://… / <!-- saved from url=(0061)https://… -->
const PRINTED = /(?:本页(?:网址|地址|链接)|原文(?:链接|地址|网址)|页面地址|文章地址|网址)\s*[:：]\s*(https?:\/\/[^\s"'<>，。；、）)]+)/;
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i;

/** The page's own address, as it records it; null when it records none. */
export function pageAddress(doc: Document, html?: string): string | null {
  const found =
    absolute(baseHref(doc)) ??
    absolute(metaValue(doc, 'name', 'Url')) ??
    absolute(metaValue(doc, 'property', 'og:url')) ??
    absolute(canonical(doc)) ??
    absolute(html ? SAVED_FROM.exec(html.slice(0, 4096))?.[1] : null) ??
    absolute(PRINTED.exec(doc.body?.textContent ?? '')?.[1]);
  return found;
}

/** Whether an address is where a page was read from rather than where it lives: a file, or no address. */
export function isLocalAddress(url: string | null | undefined): boolean {
  return !url || !/^https?:/i.test(url) || /^https?:\/\/localhost(?:[:/]|$)/i.test(url);
}

/** The address a page's relative links resolve against: its own when it was read from a file. */
export function linkBase(doc: Document, given?: string): string {
  const current = given ?? doc.baseURI ?? doc.URL;
  if (!isLocalAddress(current)) return current;
  return pageAddress(doc) ?? current;
}
