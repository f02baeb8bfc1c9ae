import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPages, PdfReadError } from '../lib/pdf/extract';
import type { PdfPage } from '../lib/pdf/types';

/** A PDF's text layer in Node (PDF.js's legacy build: no worker thread, no canvas needed). */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js takes ownership of the buffer it is given; keep the caller's intact.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new PdfReadError('encrypted', 'the PDF is protected by a password');
    throw new PdfReadError('unreadable', `the PDF could not be read (${(error as Error).message})`);
  }
  try {
    return await extractPages(doc);
  } finally {
    await doc.destroy();
  }
}
