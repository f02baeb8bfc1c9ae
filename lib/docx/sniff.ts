/**
 * What kind of office file a download is, from its first bytes and its ZIP directory. Kept apart
 * from the converter so that a caller deciding what to do with a download does not load mammoth.
 */
export type OfficeKind = 'docx' | 'legacy-doc' | 'ofd' | 'zip' | 'pdf' | null;

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
// OLE2 compound file: Word 97–2003 .doc and WPS .wps (and .xls/.ppt, which portals rarely post).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const MAIN_PART = 'word/document.xml';
const OFD_ROOT = 'OFD.xml';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

export function sniffOfficeFile(bytes: Uint8Array): OfficeKind {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE2)) return 'legacy-doc';
  if (startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (!startsWith(bytes, ZIP_ENTRY)) return null;
  const names = centralDirectoryNames(bytes);
  // A truncated or ZIP64 archive has no directory we can read: its local headers name the parts too.
  const isDocx = names ? names.includes(MAIN_PART) : containsAscii(bytes, MAIN_PART);
  if (isDocx) return 'docx';
  // OFD, China's fixed-layout format (GB/T 33190), is a ZIP with OFD.xml at its root.
  const isOfd = names ? names.includes(OFD_ROOT) : containsAscii(bytes, OFD_ROOT);
  return isOfd ? 'ofd' : 'zip';
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entry names of a ZIP's central directory, or null when it cannot be found or read. */
function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  // The end record is the last 22 bytes, unless an archive comment (at most 65535 bytes) follows it.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (startsWith(bytes, ZIP_EMPTY, i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  const ascii = new TextDecoder('latin1');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    names.push(ascii.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return names;
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = bytes.indexOf(needle[0]!); i >= 0; i = bytes.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
