import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sniffOfficeFile } from '../../lib/docx/to-html';
import { packDocx, paragraph } from './make-docx';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

async function zipOf(files: Record<string, string>, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', comment });
}

describe('sniffOfficeFile', () => {
  it('knows a .docx by its main part', async () => {
    expect(sniffOfficeFile(await packDocx(paragraph('x')))).toBe('docx');
  });

  it('finds the directory behind an archive comment', async () => {
    const docx = await zipOf({ 'word/document.xml': '<w:document/>' }, 'c'.repeat(3000));
    expect(sniffOfficeFile(docx)).toBe('docx');
  });

  it('reads the local headers of a .docx cut short before its directory', async () => {
    const docx = await zipOf({ 'word/document.xml': '<w:document/>', 'padding.bin': 'p'.repeat(5000) });
    expect(sniffOfficeFile(docx.subarray(0, 200))).toBe('docx');
  });

  it('tells other ZIPs apart, even one naming word/document.xml outside its directory', async () => {
    expect(sniffOfficeFile(await zipOf({ 'xl/workbook.xml': '<workbook/>' }))).toBe('zip');
    expect(sniffOfficeFile(await zipOf({ 'notes.txt': 'see word/document.xml' }))).toBe('zip');
    expect(sniffOfficeFile(await zipOf({ 'old/word/document.xml': '' }))).toBe('zip');
    expect(sniffOfficeFile(bytes(0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)))).toBe('zip');
  });

  it('knows an OFD file (a ZIP with OFD.xml at its root) so it can say it is not read yet', async () => {
    expect(sniffOfficeFile(await zipOf({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '' }))).toBe('ofd');
    expect(sniffOfficeFile(await zipOf({ 'Doc_0/OFD.xml.bak': '' }))).toBe('zip');
  });

  it('knows PDF and the OLE2 container of .doc and .wps', () => {
    expect(sniffOfficeFile(ascii('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffOfficeFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toBe('legacy-doc');
  });

  it('says null to everything else', () => {
    expect(sniffOfficeFile(new Uint8Array(0))).toBeNull();
    expect(sniffOfficeFile(ascii('<!DOCTYPE html><html>'))).toBeNull();
    expect(sniffOfficeFile(ascii('PK'))).toBeNull();
    expect(sniffOfficeFile(bytes(0xd0, 0xcf, 0x11, 0xe0))).toBeNull();
  });
});
