import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPages, PdfReadError } from '../lib/pdf/extract';
import type { PdfPage } from '../lib/pdf/types';

// The character maps Chinese PDFs name for fonts without a Unicode table of their own.
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';

/** A PDF's text layer in Node (PDF.js's legacy build: no worker thread, no canvas needed). */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js takes ownership of the buffer it is given; keep the caller's intact.
  const task = getDocument({ data: bytes.slice(), cMapUrl: CMAPS, cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
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
