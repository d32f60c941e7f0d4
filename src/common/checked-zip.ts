/**
 * Opening a zip someone uploaded (a workbook, a Word document) without trusting it. The central
 * directory is read first, and the file is refused before anything is inflated when it holds too
 * many parts, a part it should not have, parts that overlap, or declares more bytes (in all, or in
 * one part) or a higher compression ratio than such a file ever has. A part is then inflated a
 * chunk at a time, within the budget its reader sets, and refused as soon as it grows past the
 * size it declared, since declared sizes can lie. Nothing here trusts the local headers' sizes.
 *
 * The ratio rule is Apache POI's (ZipSecureFile): at most 100 to 1, for parts over 100 KB.
 */
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipRules {
  /** What the file should be, for the sentences: "workbook", "Word document". */
  what: string;
  maxEntries: number;
  /** The most all the parts together may declare, inflated. */
  maxTotalBytes: number;
  /** Which part names the file may hold. */
  allowedName: (name: string) => boolean;
}

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
  dataOffset: number;
}

/**
 * A refusal, with the sentence to show. A `damaged` file is one that cannot be read (a caller may
 * say so in its own words); a `refused` one could be read but must not be.
 */
export class ZipRefusal extends Error {
  constructor(
    message: string,
    readonly kind: 'damaged' | 'refused',
  ) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

export const MAX_RATIO = 100;
const RATIO_GRACE_BYTES = 100 * 1024;
/** Inflated bytes handed on at a time: a part is never held whole unless its reader keeps it. */
const CHUNK_BYTES = 64 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;

/** A part name that is a plain relative path: no "..", no leading slash, no backslash, no control character. */
const PLAIN_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[\x20-\x5b\x5d-\x7e]{1,255}$/;

export class CheckedZip {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly rules: ZipRules,
    entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
  }

  /** Reads and checks the central directory; inflates nothing. Throws `ZipRefusal`. */
  static open(bytes: Uint8Array, rules: ZipRules): CheckedZip {
    const refuse = (reason: string) => new ZipRefusal(`This file was not opened: ${reason}.`, 'refused');
    const damaged = (detail: string) =>
      new ZipRefusal(
        `This file was not opened: it is not a readable ${rules.what}, or it is damaged or incomplete (${detail}).`,
        'damaged',
      );
    const entries = readDirectory(bytes, rules, refuse, damaged);

    let total = 0;
    const names = new Set<string>();
    for (const entry of entries) {
      // Folders (an empty entry named "xl/") are listed by some writers; they hold nothing.
      const folder = entry.name.endsWith('/') && entry.size === 0;
      if (!PLAIN_PATH.test(entry.name) || (!folder && !rules.allowedName(entry.name))) {
        throw refuse(`it holds "${printable(entry.name)}", which is not part of a ${rules.what}`);
      }
      if (names.has(entry.name)) throw damaged(`"${entry.name}" is in it twice`);
      names.add(entry.name);
      if (entry.encrypted) throw refuse(`it is encrypted. Save the ${rules.what} without a password and try again`);
      if (entry.method !== 0 && entry.method !== 8) throw damaged(`"${entry.name}" is compressed in an unknown way`);
      if (entry.method === 0 && entry.size !== entry.compressedSize) throw damaged(`"${entry.name}" has two sizes`);
      total += entry.size;
      if (total > rules.maxTotalBytes) {
        throw refuse(
          `it would expand to more than ${megabytes(rules.maxTotalBytes)}, and a ${rules.what} never takes as much`,
        );
      }
      if (entry.size > RATIO_GRACE_BYTES && entry.size > entry.compressedSize * MAX_RATIO) {
        const ratio = entry.compressedSize ? Math.round(entry.size / entry.compressedSize) : Infinity;
        throw refuse(
          `its part "${entry.name}" is compressed ${ratio.toLocaleString('en-GB')} to 1, which no real ${rules.what} is`,
        );
      }
    }
    // Each part's bytes must end before the next part begins: overlapping parts are how a small
    // file can claim many times its size.
    const ordered = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
    for (let i = 1; i < ordered.length; i++) {
      if (ordered[i - 1].dataOffset + ordered[i - 1].compressedSize > ordered[i].headerOffset) {
        throw damaged(`"${ordered[i - 1].name}" and "${ordered[i].name}" overlap`);
      }
    }
    return new CheckedZip(bytes, rules, entries);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * Inflates one part, giving its bytes to `onData` a chunk at a time (other requests run between
   * chunks); refused when it declares more than `maxBytes`, and as soon as it grows past what it
   * declares. `onData` may throw to stop early: nothing more is inflated.
   */
  async stream(name: string, maxBytes: number, onData: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.budgeted(name, maxBytes);
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const check = new PartCheck(entry, this.rules.what);
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += CHUNK_BYTES) {
        onData(check.take(data.subarray(at, at + CHUNK_BYTES)));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      await new Promise<void>((resolve, reject) => {
        const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
        const stop = (error: unknown) => {
          inflater.destroy();
          reject(error);
        };
        inflater.on('data', (chunk: Buffer) => {
          try {
            onData(check.take(chunk));
          } catch (error) {
            stop(error);
          }
        });
        inflater.on('error', () => stop(check.damaged('cannot be inflated')));
        inflater.on('end', resolve);
        inflater.end(data);
      });
    }
    check.finish();
  }

  /** One whole part, inflated under `maxBytes` in one go (for callers that cannot wait). */
  readSync(name: string, maxBytes: number): Uint8Array {
    const entry = this.budgeted(name, maxBytes);
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const check = new PartCheck(entry, this.rules.what);
    let out: Uint8Array = data;
    if (entry.method === 8) {
      try {
        // Inflates in chunks and stops at the first byte past what the part declares.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw check.tooLarge();
        throw check.damaged('cannot be inflated');
      }
    }
    check.take(out);
    check.finish();
    return out;
  }

  private budgeted(name: string, maxBytes: number): ZipEntry {
    const entry = this.byName.get(name);
    if (!entry) throw new ZipRefusal(`This ${this.rules.what} has no "${name}".`, 'damaged');
    if (entry.size > maxBytes) {
      throw new ZipRefusal(
        `This file was not opened: its part "${name}" would expand to more than ${megabytes(maxBytes)}, and a ${this.rules.what} never takes as much.`,
        'refused',
      );
    }
    return entry;
  }
}

/** What one part inflates to, checked against its declared size and checksum as it comes. */
class PartCheck {
  private produced = 0;
  private crc = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly what: string,
  ) {}

  take<T extends Uint8Array>(chunk: T): T {
    this.produced += chunk.length;
    if (this.produced > this.entry.size) throw this.tooLarge();
    this.crc = crc32(chunk, this.crc);
    return chunk;
  }

  finish(): void {
    if (this.produced !== this.entry.size || this.crc >>> 0 !== this.entry.crc32) {
      throw this.damaged('is incomplete or altered');
    }
  }

  tooLarge(): ZipRefusal {
    return new ZipRefusal(
      `This file was not opened: its part "${this.entry.name}" expands to more than the size it declares, so it is damaged or made to overload the server.`,
      'refused',
    );
  }

  damaged(what: string): ZipRefusal {
    return new ZipRefusal(`This ${this.what} is damaged: its part "${this.entry.name}" ${what}.`, 'damaged');
  }
}

/** The names in a zip's central directory, or null when there is none to read; nothing is inflated. */
export function zipEntryNames(bytes: Uint8Array, maxEntries = 65_535): string[] | null {
  try {
    const rules: ZipRules = { what: 'zip archive', maxEntries, maxTotalBytes: Infinity, allowedName: () => true };
    const refuse = (reason: string) => new ZipRefusal(reason, 'damaged');
    return readDirectory(bytes, rules, refuse, refuse).map((entry) => entry.name);
  } catch (error) {
    if (error instanceof ZipRefusal) return null;
    throw error;
  }
}

function readDirectory(
  bytes: Uint8Array,
  rules: ZipRules,
  refuse: (reason: string) => ZipRefusal,
  damaged: (detail: string) => ZipRefusal,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a size is out of range');
    return Number(value);
  };
  const within = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('no directory at its end');
  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  let directoryEnd = eocd;
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (!within(locator, 20) || u32(locator) !== ZIP64_LOCATOR) throw damaged('its large-file directory is missing');
    const record = u64(locator + 8);
    if (!within(record, 56) || u32(record) !== ZIP64_EOCD) throw damaged('its large-file directory is missing');
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
    directoryEnd = record;
  }
  if (count > rules.maxEntries) {
    throw refuse(
      `it holds ${count.toLocaleString('en-GB')} parts, and a ${rules.what} has at most ${rules.maxEntries.toLocaleString('en-GB')}`,
    );
  }
  if (directoryOffset + directorySize > directoryEnd) throw damaged('its directory runs past its end');

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (!within(at, 46) || u32(at) !== CENTRAL) throw damaged('its directory is cut short');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (!within(at + 46, nameLength + extraLength + commentLength)) throw damaged('its directory is cut short');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? new TextDecoder('utf-8').decode(nameBytes) : latin1(nameBytes);
    let size = u32(at + 24);
    let compressedSize = u32(at + 20);
    let headerOffset = u32(at + 42);
    // ZIP64: the fields that do not fit are in an extra field, in this order.
    const extraStart = at + 46 + nameLength;
    for (let extra = extraStart; extra + 4 <= extraStart + extraLength;) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          if (field + 8 > extra + 4 + length) throw damaged('a large-file size is missing');
          const value = u64(field);
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (headerOffset === 0xffffffff) headerOffset = next();
      }
      extra += 4 + length;
    }
    if (!within(headerOffset, 30) || u32(headerOffset) !== LOCAL) throw damaged(`"${printable(name)}" is missing`);
    const dataOffset = headerOffset + 30 + u16(headerOffset + 26) + u16(headerOffset + 28);
    const localName = bytes.subarray(headerOffset + 30, headerOffset + 30 + u16(headerOffset + 26));
    if (!sameBytes(localName, nameBytes)) throw damaged(`"${printable(name)}" is named two ways`);
    if (dataOffset + compressedSize > directoryOffset) throw damaged(`"${printable(name)}" runs into the directory`);
    entries.push({
      name,
      method: u16(at + 10),
      encrypted: (flags & 0x1) !== 0,
      crc32: u32(at + 16),
      compressedSize,
      size,
      headerOffset,
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A name as it may be quoted in a sentence: control characters shown as "?", at most 80 characters. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
