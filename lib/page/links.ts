import { linkBase } from './address';
import { titleNamesReport } from './detect';
import { squash } from '../text/normalize';

export interface ReportLink {
  href: string;
  title: string;
}

/**
 * Links to annual reports on a page (a portal's listing of reports, or any page linking them):
 * anchors whose text or title names a report. Attachments (PDF, Word) are left to the pages that
 * carry them. Each address once, in page order.
 */
export function reportLinks(doc: Document, base: string, max = 500): ReportLink[] {
  // A page read from a file resolves against the address it records (lib/page/address.ts).
  base = linkBase(doc, base);
  const out: ReportLink[] = [];
  const seen = new Set<string>();
  const anchors = doc.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && out.length < max; i++) {
    const a = anchors[i]!;
    const raw = a.getAttribute('href');
    if (!raw || /^(?:javascript|mailto|tel):/i.test(raw) || raw.startsWith('#')) continue;
    const title = squash(a.getAttribute('title') || a.textContent || '');
    if (!titleNamesReport(title)) continue;
    let href: string;
    try {
      href = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (/\.(?:pdf|docx?|wps|xlsx?|zip|rar|ofd)(?:$|[?#])/i.test(href) || seen.has(href)) continue;
    seen.add(href);
    out.push({ href, title });
  }
  return out;
}

/** Whether two addresses are on the same site (the extension's batch audit stays on it). */
export function sameSite(a: string, b: string): boolean {
  try {
    const ha = new URL(a).hostname.split('.').slice(-3).join('.');
    const hb = new URL(b).hostname.split('.').slice(-3).join('.');
    return ha === hb;
  } catch {
    return false;
  }
}
