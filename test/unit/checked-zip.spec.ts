/**
 * An uploaded zip is checked before anything is inflated, and inflated against a budget: every kind
 * of zip bomb is refused with a sentence, quickly and without inflating it; honest zips read whole.
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { CheckedZip, MAX_RATIO, type ZipRules, ZipRefusal, zipEntryNames } from '../../src/common/checked-zip';
import { importInspection } from '../../src/inspections/ingest/parse-inspection';
import { deflatedFill, entry, wordBombs, zipOf } from '../support/zip-bombs';
import { renderDocx } from './ingest/render-documents';

const MB = 1024 * 1024;
const RULES: ZipRules = {
  what: 'workbook',
  maxEntries: 10,
  maxTotalBytes: 64 * MB,
  allowedName: (name) => /^(?:xl\/[\w./-]+|\[Content_Types\]\.xml)$/.test(name),
};

/** The refusal `work` throws, or fails. */
async function refusal(work: () => unknown): Promise<ZipRefusal> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ZipRefusal) return error;
    throw error;
  }
  throw new Error('Expected a refusal.');
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** An entry stored as it is (no compression): quick to make in thousands. */
const stored = (name: string, content: string | Uint8Array) => {
  const bytes = Buffer.from(content);
  return { name, method: 0, data: bytes, size: bytes.length, crc: crc32(bytes) };
};

describe('CheckedZip', () => {
  it('reads an honest zip, from fflate or written by hand, part by part', async () => {
    const content = Array.from({ length: 20_000 }, (_, i) => `<row r="${i}"><v>${(i * 7919) % 10007}</v></row>`).join(
      '',
    );
    for (const bytes of [
      Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(content) })),
      zipOf([entry('xl/workbook.xml', '<workbook/>'), entry('xl/worksheets/sheet1.xml', content)]),
    ]) {
      const sut = CheckedZip.open(bytes, RULES);
      expect(sut.names().sort()).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
      expect(text(sut.readSync('xl/workbook.xml', MB))).toBe('<workbook/>');
      const chunks: Uint8Array[] = [];
      await sut.stream('xl/worksheets/sheet1.xml', MB, (chunk) => chunks.push(chunk));
      expect(text(Buffer.concat(chunks))).toBe(content);
    }
  });

  it('refuses more parts than the file may have before reading its directory', async () => {
    const bytes = zipOf(Array.from({ length: 20_000 }, (_, i) => stored(`xl/media/image${i}.png`, '')));
    const refused = await refusal(() => CheckedZip.open(bytes, RULES));
    expect(refused.message).toBe('This file was not opened: it holds 20,000 parts, and a workbook has at most 10.');
    expect(refused.kind).toBe('refused');
    // The end record alone, claiming 20,000 parts with no directory at all: the count is what refuses it.
    const claim = await refusal(() => CheckedZip.open(bytes.subarray(bytes.length - 22), RULES));
    expect(claim.message).toBe(refused.message);
  });

  it.each([
    ['../../etc/passwd', 'it holds "../../etc/passwd", which is not part of a workbook'],
    ['/xl/workbook.xml', 'it holds "/xl/workbook.xml", which is not part of a workbook'],
    ['xl/../../x', 'it holds "xl/../../x", which is not part of a workbook'],
    ['payload.exe', 'it holds "payload.exe", which is not part of a workbook'],
    ['xl\\..\\..\\x', 'it holds "xl\\..\\..\\x", which is not part of a workbook'],
    ['xl/a\u0000b.xml', 'it holds "xl/a?b.xml", which is not part of a workbook'],
  ])('refuses a part named %j', async (name, reason) => {
    const refused = await refusal(() =>
      CheckedZip.open(zipOf([entry('xl/workbook.xml', 'x'), entry(name, 'x')]), RULES),
    );
    expect(refused.message).toBe(`This file was not opened: ${reason}.`);
  });

  it('refuses a part that declares 1 GB, and parts that declare more than the total allowed, before inflating', async () => {
    const gigabyte = deflatedFill(1024);
    const bytes = zipOf([
      { name: 'xl/worksheets/sheet1.xml', method: 8, data: gigabyte.data, size: gigabyte.size, crc: 0 },
    ]);
    expect(bytes.length).toBeLessThan(1.1 * MB);
    expect((await refusal(() => CheckedZip.open(bytes, RULES))).message).toBe(
      'This file was not opened: it would expand to more than 64 MB, and a workbook never takes as much.',
    );

    const parts = Array.from({ length: 5 }, (_, i) => ({
      ...stored(`xl/media/image${i}.png`, ''),
      method: 8,
      data: randomBytes(MB),
      size: 15 * MB,
    }));
    expect((await refusal(() => CheckedZip.open(zipOf(parts), RULES))).message).toMatch(/expand to more than 64 MB/);
  });

  it(`refuses a part compressed more than ${MAX_RATIO} to 1, but not a small one`, async () => {
    const tight = deflatedFill(10);
    const bytes = zipOf([{ name: 'xl/worksheets/sheet1.xml', method: 8, data: tight.data, size: tight.size, crc: 0 }]);
    expect((await refusal(() => CheckedZip.open(bytes, RULES))).message).toMatch(
      /^This file was not opened: its part "xl\/worksheets\/sheet1.xml" is compressed [\d,]+ to 1, which no real workbook is\.$/,
    );
    const small = new Uint8Array(90 * 1024);
    const sut = CheckedZip.open(zipOf([entry('xl/worksheets/sheet1.xml', small)]), RULES);
    expect(sut.readSync('xl/worksheets/sheet1.xml', MB)).toEqual(small);
  });

  it('stops inflating a part that grows past the size it declares, however little it declares', async () => {
    const gigabyte = deflatedFill(1024);
    const sut = CheckedZip.open(
      zipOf([{ name: 'xl/worksheets/sheet1.xml', method: 8, data: gigabyte.data, size: 64 * 1024, crc: 0 }]),
      RULES,
    );
    let received = 0;
    const refused = await refusal(() =>
      sut.stream('xl/worksheets/sheet1.xml', MB, (chunk) => {
        received += chunk.length;
      }),
    );
    expect(refused.message).toBe(
      'This file was not opened: its part "xl/worksheets/sheet1.xml" expands to more than the size it declares, so it is damaged or made to overload the server.',
    );
    expect(received).toBeLessThanOrEqual(64 * 1024);
  });

  it('refuses to inflate a part over the budget the reader sets for it', async () => {
    const sut = CheckedZip.open(zipOf([entry('xl/sharedStrings.xml', randomBytes(2 * MB))]), RULES);
    expect((await refusal(() => sut.readSync('xl/sharedStrings.xml', MB))).message).toBe(
      'This file was not opened: its part "xl/sharedStrings.xml" would expand to more than 1 MB, and a workbook never takes as much.',
    );
  });

  it('stops as soon as the reader has had enough', async () => {
    const sut = CheckedZip.open(zipOf([entry('xl/worksheets/sheet1.xml', randomBytes(MB))]), RULES);
    let chunks = 0;
    await expect(
      sut.stream('xl/worksheets/sheet1.xml', 16 * MB, () => {
        chunks += 1;
        throw new Error('enough');
      }),
    ).rejects.toThrow('enough');
    expect(chunks).toBe(1);
  });

  it('refuses parts that overlap, duplicates, encrypted parts and unknown compression', async () => {
    const inner = entry('xl/worksheets/sheet2.xml', 'inner');
    const innerZip = zipOf([inner]);
    const innerLocal = innerZip.subarray(0, 30 + inner.name.length + inner.data.length);
    const outer = {
      name: 'xl/worksheets/sheet1.xml',
      method: 0,
      data: innerLocal,
      size: innerLocal.length,
      crc: crc32(innerLocal),
    };
    const overlapping = zipOf([outer, { ...inner, at: 30 + outer.name.length }]);
    expect((await refusal(() => CheckedZip.open(overlapping, RULES))).message).toBe(
      'This file was not opened: it is not a readable workbook, or it is damaged or incomplete ("xl/worksheets/sheet1.xml" and "xl/worksheets/sheet2.xml" overlap).',
    );

    const twice = zipOf([entry('xl/workbook.xml', 'a'), entry('xl/workbook.xml', 'b')]);
    expect((await refusal(() => CheckedZip.open(twice, RULES))).message).toMatch(/"xl\/workbook.xml" is in it twice/);

    const encrypted = zipOf([entry('xl/workbook.xml', 'a')]);
    encrypted.writeUInt16LE(0x801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect((await refusal(() => CheckedZip.open(encrypted, RULES))).message).toBe(
      'This file was not opened: it is encrypted. Save the workbook without a password and try again.',
    );

    const bzip2 = zipOf([{ ...entry('xl/workbook.xml', 'a'), method: 12 }]);
    expect((await refusal(() => CheckedZip.open(bzip2, RULES))).kind).toBe('damaged');
  });

  it('calls a truncated, altered or non-zip file damaged', async () => {
    const honest = zipOf([entry('xl/workbook.xml', 'x'.repeat(10_000))]);
    const cases = [
      Buffer.from('Ref,Narrative\n1.1,Done\n'),
      honest.subarray(0, honest.length / 2),
      Buffer.concat([honest.subarray(0, 40), Buffer.from([0xff]), honest.subarray(41)]),
    ];
    for (const bytes of cases) {
      const refused = await refusal(async () => CheckedZip.open(bytes, RULES).readSync('xl/workbook.xml', MB));
      expect(refused.kind).toBe('damaged');
    }
  });

  it('reads a ZIP64 directory', () => {
    const honest = zipOf([entry('xl/workbook.xml', '<workbook/>')]);
    const end = honest.length - 22;
    const directoryOffset = honest.readUInt32LE(end + 16);
    const directorySize = honest.readUInt32LE(end + 12);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(1n, 24);
    record.writeBigUInt64LE(1n, 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(end), 8);
    const classic = Buffer.from(honest.subarray(end));
    classic.writeUInt16LE(0xffff, 8);
    classic.writeUInt16LE(0xffff, 10);
    classic.writeUInt32LE(0xffffffff, 12);
    classic.writeUInt32LE(0xffffffff, 16);
    const zip64 = Buffer.concat([honest.subarray(0, end), record, locator, classic]);
    expect(text(CheckedZip.open(zip64, RULES).readSync('xl/workbook.xml', MB))).toBe('<workbook/>');
  });

  it('lists the names in a directory without any rule, or null when there is none', () => {
    expect(zipEntryNames(zipOf([entry('word/document.xml', 'x'), entry('anything', 'y')]))).toEqual([
      'word/document.xml',
      'anything',
    ]);
    expect(zipEntryNames(Buffer.from('not a zip'))).toBeNull();
  });
});

describe('a Word document uploaded for import', () => {
  it('is refused with a sentence, whatever kind of zip bomb it is', async () => {
    const honest = await renderDocx('# Joint area review\n\nSafeguarding\tGood\n');
    expect(await importInspection(honest, 'review.docx')).toMatchObject({ ok: true });
    for (const bomb of wordBombs(honest)) {
      const result = await importInspection(bomb.bytes, 'review.docx');
      expect({ kind: bomb.kind, result }).toEqual({
        kind: bomb.kind,
        result: { ok: false, status: expect.any(Number), message: expect.stringMatching(/^This (file|Word)/) },
      });
    }
  });
});
