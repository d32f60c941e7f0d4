/**
 * Zips written byte by byte, so that they can say what they like about themselves: honest ones,
 * and the zip bombs an attacker would upload instead of a workbook or a Word document. A bomb of
 * 1 GB takes about 1 MB and is made in milliseconds: 1 MB of one byte, deflated once with a sync
 * flush, is a block that can be repeated as often as wanted.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The bytes as they go into the file. */
  data: Uint8Array;
  /** What the entry declares it inflates to (true or not). */
  size: number;
  crc: number;
}

const MB = 1024 * 1024;

/** An honest entry: deflated, with its true size and checksum. */
export function entry(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, method: 8, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * Deflated bytes that inflate to `prefix`, then `megabytes` MB of `fill`, then `suffix`; with the
 * size they inflate to. Their checksum is not worked out (it would mean inflating them).
 */
export function deflatedFill(megabytes: number, fill = 0, prefix = '', suffix = ''): { data: Buffer; size: number } {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const block = deflateRawSync(Buffer.alloc(MB, fill), flush);
  const parts = [deflateRawSync(Buffer.from(prefix), flush)];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(deflateRawSync(Buffer.from(suffix)));
  return { data: Buffer.concat(parts), size: Buffer.byteLength(prefix) + megabytes * MB + Buffer.byteLength(suffix) };
}

/**
 * A zip of `entries` in order. An entry with `at` has no bytes of its own: its directory record
 * points at offset `at`, inside another entry's (overlapping parts).
 */
export function zipOf(entries: (RawEntry & { at?: number })[]): Buffer {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const item of entries) {
    if (item.at !== undefined) {
      offsets.push(item.at);
      continue;
    }
    const name = Buffer.from(item.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x800, 6);
    header.writeUInt16LE(item.method, 8);
    header.writeUInt32LE(item.crc >>> 0, 14);
    header.writeUInt32LE(item.data.length, 18);
    header.writeUInt32LE(Math.min(item.size, 0xffffffff), 22);
    header.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    locals.push(header, name, Buffer.from(item.data));
    offset += header.length + name.length + item.data.length;
  }
  const central: Buffer[] = [];
  for (const [index, item] of entries.entries()) {
    const name = Buffer.from(item.name, 'utf8');
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(item.method, 10);
    record.writeUInt32LE(item.crc >>> 0, 16);
    record.writeUInt32LE(item.data.length, 20);
    record.writeUInt32LE(Math.min(item.size, 0xffffffff), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offsets[index], 42);
    central.push(record, name);
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

/** The entries of an honest zip (such as a workbook exceljs wrote), to rebuild it with changes. */
export function entriesOf(zip: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => entry(name, bytes));
}

/** A workbook's entries with one part replaced (or added). */
export function replacing(entries: RawEntry[], replacement: RawEntry): RawEntry[] {
  const found = entries.some((item) => item.name === replacement.name);
  return found
    ? entries.map((item) => (item.name === replacement.name ? replacement : item))
    : [...entries, replacement];
}

export interface Bomb {
  kind: string;
  bytes: Buffer;
}

/** A worksheet of `rows` rows of one number each (or of nothing), as Excel writes it. */
export function sheetXml(rows: number, options: { empty?: boolean } = {}): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(options.empty ? '<row/>' : `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`;
}

/**
 * The zip bombs that fit any Office file, each built on the parts of `honest` with the part `part`
 * swapped out; `folder` is where the file keeps its own parts (xl, word); `text` wraps 400 MB of
 * the letter A as the part's XML would hold text.
 */
export function officeBombs(honest: Uint8Array, part: string, folder: string, text: [string, string]): Bomb[] {
  const parts = entriesOf(honest);
  const zeros = deflatedFill(1024);
  const letters = deflatedFill(400, 0x41, ...text);
  const swapped = (data: Uint8Array, size: number) =>
    zipOf(replacing(parts, { name: part, method: 8, data, size, crc: 0 }));
  return [
    { kind: 'a 1 GB part, declared', bytes: swapped(zeros.data, zeros.size) },
    { kind: 'a 1 GB part that declares 1 KB', bytes: swapped(zeros.data, 1024) },
    { kind: '400 MB of text', bytes: swapped(letters.data, letters.size) },
    { kind: '400 MB of text that declares 64 KB', bytes: swapped(letters.data, 64 * 1024) },
    {
      kind: '50 parts on the same 1 GB',
      bytes: zipOf([
        { name: `${folder}/media/image0.png`, method: 8, data: zeros.data, size: 1024, crc: 0 },
        ...Array.from({ length: 49 }, (_, i) => ({
          name: `${folder}/media/image${i + 1}.png`,
          method: 8,
          data: zeros.data,
          size: 1024,
          crc: 0,
          at: 0,
        })),
      ]),
    },
    {
      kind: '10,000 parts',
      bytes: zipOf(
        Array.from({ length: 10_000 }, (_, i) => ({
          name: `${folder}/media/image${i}.png`,
          method: 0,
          data: new Uint8Array(0),
          size: 0,
          crc: 0,
        })),
      ),
    },
    { kind: 'a part no Office file has', bytes: zipOf([...parts, entry('../../etc/cron.d/job', 'x')]) },
  ];
}

/** Every kind of zip bomb for a workbook, `sheet` (such as xl/worksheets/sheet2.xml) being attacked. */
export function workbookBombs(workbook: Uint8Array, sheet: string): Bomb[] {
  const parts = entriesOf(workbook);
  const million = Buffer.from(sheetXml(1_000_000, { empty: true }));
  return [
    ...officeBombs(workbook, sheet, 'xl', [
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
      '</t></is></c></row></sheetData></worksheet>',
    ]),
    { kind: 'a sheet of 1,000,000 rows', bytes: zipOf(replacing(parts, entry(sheet, million))) },
    { kind: 'a sheet of 100,000 rows', bytes: zipOf(replacing(parts, entry(sheet, Buffer.from(sheetXml(100_000))))) },
  ];
}

/** Every kind of zip bomb for a Word document. */
export function wordBombs(docx: Uint8Array): Bomb[] {
  return officeBombs(docx, 'word/document.xml', 'word', [
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
    '</w:t></w:r></w:p></w:body></w:document>',
  ]);
}
