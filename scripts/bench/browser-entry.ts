// Bundled for the bench: the same lib the content script runs, exposed to page.evaluate.
import { auditDocument } from '../../lib/audit';
import { mightBeReport } from '../../lib/page/detect';

const HINT = /信息公开|政务公开|年报|年度报告|gknb|xxgk|ndbg/i;

(globalThis as unknown as { gouji: unknown }).gouji = {
  auditDocument,
  /** Exactly the content script's first look on a page (entrypoints/content.ts). */
  skip(doc: Document): boolean {
    const hinted = HINT.test(doc.defaultView!.location.href + doc.title);
    return !hinted && !mightBeReport(doc);
  },
};
