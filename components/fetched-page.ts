/** A fetched page as a document, its relative links resolving against its own address. */
export function parseFetchedPage(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}
