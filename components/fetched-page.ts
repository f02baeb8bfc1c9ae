/**
 * A fetched page as a document, its relative links resolving against its own address. Inline
 * event handlers (onclick= …) are dropped first: nothing runs them in a parsed document, but
 * Chromium still reports each one against the panel's script-src 'self' policy, filling the
 * extension's error list on a batch over a portal.
 */
export function parseFetchedPage(html: string, url: string): Document {
  const inert = html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}
