/**
 * Which kind of file an upload is, decided from its bytes (never from its name): PDF, Word .docx,
 * the documented JSON shape, or text (plain or Markdown; UTF-8 with or without a BOM, UTF-16 with a
 * BOM, else Windows-1252). Anything else is refused with a sentence a clerk understands.
 */
import { zipEntryNames } from '../../common/checked-zip';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DetectedFormat =
  | { format: 'pdf' }
  | { format: 'docx' }
  | { format: 'json'; text: string }
  | { format: 'text'; text: string; encoding: TextEncodingName }
  | { format: 'unsupported'; message: string };

export const UNSUPPORTED_MESSAGE = 'This file is not a PDF, Word document, text or JSON file.';
export const WEB_PAGE_MESSAGE =
  'This file is a web page, not the report: the page that links to the report was saved instead of the report itself. Open the report from that page (its link ends in .pdf) and upload the file it gives you.';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Formats we recognise only to refuse them by name: the clerk then knows what to do instead. */
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

export function detectFormat(bytes: Buffer): DetectedFormat {
  // A BOM or blank lines before the header (left by some mail gateways) are tolerated.
  const pdfAt = bytes.subarray(0, 1024).indexOf(PDF_MAGIC);
  if (pdfAt === 0 || (pdfAt > 0 && /^(\uFEFF|\s)*$/.test(bytes.subarray(0, pdfAt).toString('utf8')))) {
    return { format: 'pdf' };
  }

  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    return zipHoldsWordDocument(bytes)
      ? { format: 'docx' }
      : {
          format: 'unsupported',
          message: `${UNSUPPORTED_MESSAGE} It is a zip archive but not a Word (.docx) document.`,
        };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      format: 'unsupported',
      message: `${UNSUPPORTED_MESSAGE} It looks like an older Word (.doc) or Excel file: save it as .docx or PDF and upload that.`,
    };
  }
  for (const known of KNOWN_BINARIES) {
    if (startsWith(bytes, Buffer.from(known.magic))) {
      return { format: 'unsupported', message: `${UNSUPPORTED_MESSAGE} It looks like ${known.what}.` };
    }
  }

  const decoded = decodeText(bytes);
  if (!decoded) return { format: 'unsupported', message: UNSUPPORTED_MESSAGE };
  if (isWebPage(decoded.text)) return { format: 'unsupported', message: WEB_PAGE_MESSAGE };
  const trimmed = decoded.text.trim();
  if (
    (trimmed.startsWith('{') && trimmed.endsWith('}')) ||
    (trimmed.startsWith('[') && trimmed.endsWith(']') && /^\[\s*[[{"\]]/.test(trimmed))
  ) {
    return { format: 'json', text: decoded.text };
  }
  return { format: 'text', text: decoded.text, encoding: decoded.encoding };
}

/**
 * Text from bytes, or null when the bytes are not text. UTF-8 is tried strictly first (a BOM is
 * dropped); then UTF-16 when it carries a BOM; then Windows-1252, the encoding of most older council
 * papers saved as "plain text" on Windows — but only when the bytes carry no control characters
 * that text never has.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncodingName } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes.subarray(2), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes.subarray(2), 'utf-16be');
  }
  if (looksBinary(bytes)) return null;
  const body = startsWith(bytes, Buffer.from([0xef, 0xbb, 0xbf])) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252: their presence means binary.
    for (const byte of body)
      if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return null;
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Bytes 0x80–0x9F of Windows-1252 (Node's TextDecoder reads this label as Latin-1 there). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}

function decodeUtf16(
  body: Buffer,
  encoding: 'utf-16le' | 'utf-16be',
): { text: string; encoding: TextEncodingName } | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(body);
    return controlCharacterShare(text) > 0.01 ? null : { text, encoding };
  } catch {
    return null;
  }
}

/** NUL, or more than 1 % of bytes that are control characters other than tab, newlines and form feed. */
export function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) {
      controls++;
    }
  }
  return controls > Math.max(2, bytes.length * 0.01);
}

function controlCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
  }
  return controls / text.length;
}

/** An HTML document: a doctype or an `<html>` root at the start, or its `<head>` and `<body>` near it. */
function isWebPage(text: string): boolean {
  const start = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    /^<!doctype html\b/.test(start) ||
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/.test(start) ||
    (/<head[\s>]/.test(start) && /<(?:body|meta|title|script)[\s>]/.test(start))
  );
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/** A .docx is a zip whose directory lists word/document.xml; nothing is decompressed to find out. */
function zipHoldsWordDocument(bytes: Buffer): boolean {
  const names = zipEntryNames(bytes);
  // A damaged central directory: fall back to looking for the entry name in the local headers.
  if (!names) return bytes.indexOf('word/document.xml', 0, 'latin1') >= 0;
  return names.includes('word/document.xml');
}
