import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPages, PdfReadError } from '../lib/pdf/extract';
import { PDF_LIMITS, type PdfPage } from '../lib/pdf/types';
import { ReadFailure } from './failure';

// The character maps Chinese PDFs name for fonts without a Unicode table of their own.
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';

/**
 * A PDF's text layer in Node (PDF.js's legacy build: no worker thread, no canvas needed). A PDF
 * that cannot be read is a ReadFailure with a reason code; lib/pdf's own English sentences are
 * for the extension and are not shown here.
 */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js takes ownership of the buffer it is given; keep the caller's intact.
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: CMAPS,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ReadFailure({ code: 'pdf-encrypted' });
    if (name === 'InvalidPDFException') throw new ReadFailure({ code: 'pdf-damaged' });
    throw new ReadFailure({ code: 'pdf-unreadable', detail: (error as Error).message });
  }
  try {
    return await extractPages(doc);
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    if (error.reason === 'scanned') throw new ReadFailure({ code: 'pdf-scanned' });
    if (error.reason === 'encrypted') throw new ReadFailure({ code: 'pdf-encrypted' });
    if (error.reason === 'too-large') {
      throw new ReadFailure(
        doc.numPages > PDF_LIMITS.maxPages
          ? { code: 'pdf-too-many-pages', pages: doc.numPages, max: PDF_LIMITS.maxPages }
          : { code: 'pdf-too-much-text', max: PDF_LIMITS.maxItems },
      );
    }
    throw new ReadFailure({ code: 'pdf-unreadable', detail: error.message });
  } finally {
    await doc.destroy();
  }
}
