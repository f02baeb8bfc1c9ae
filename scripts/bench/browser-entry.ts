// Bundled for the bench: the same lib the content script runs, exposed to page.evaluate.
import { auditDocument } from '../../lib/audit';
import { worthAuditing } from '../../lib/page/detect';

(globalThis as unknown as { gouji: unknown }).gouji = {
  auditDocument,
  /** The content script's own first look (entrypoints/content.ts). */
  skip(doc: Document): boolean {
    return !worthAuditing(doc, doc.defaultView!.location.href);
  },
};
