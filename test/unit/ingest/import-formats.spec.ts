/**
 * Formats are told from the bytes, never the name; a file that cannot be read is a 4xx with a
 * sentence a clerk understands; the documented JSON shape is validated field by field.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { detectFormat } from '../../../src/inspections/ingest/detect-format';
import { extractDocxText } from '../../../src/inspections/ingest/extract-docx';
import { MAX_UPLOAD_BYTES } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection } from '../../../src/inspections/ingest/parse-inspection';
import { removePageFurniture } from '../../../src/inspections/ingest/page-furniture';
import { renderDocx, renderPdf } from './render-documents';

const HALTON_TABLE = 'Joint Area Review in Halton\n\nSafeguarding\tOutstanding\n';

describe('detectFormat', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n...'), 'pdf'],
    ['a PDF after blank lines', Buffer.from('\r\n%PDF-1.4\n...'), 'pdf'],
    ['UTF-8 text', Buffer.from('Safeguarding is outstanding.'), 'text'],
    ['UTF-8 text with a BOM', Buffer.from('\uFEFFSafeguarding is outstanding.'), 'text'],
    ['UTF-16 text with a BOM', Buffer.from('\uFEFFSafeguarding', 'utf16le'), 'text'],
    [
      'Windows-1252 text',
      Buffer.from([
        0x43, 0x68, 0x69, 0x6c, 0x64, 0x72, 0x65, 0x6e, 0x92, 0x73, 0x20, 0x96, 0x20, 0x67, 0x6f, 0x6f, 0x64,
      ]),
      'text',
    ],
    ['JSON', Buffer.from(' {"kind":"JAR"} '), 'json'],
  ])('%s', (_, bytes, format) => {
    expect(detectFormat(bytes).format).toBe(format);
  });

  it('decodes Windows-1252 quotes and dashes', () => {
    const detected = detectFormat(
      Buffer.from([0x43, 0x61, 0x72, 0x65, 0x92, 0x73, 0x20, 0x96, 0x20, 0x67, 0x6f, 0x6f, 0x64]),
    );
    expect(detected).toMatchObject({ format: 'text', text: 'Care’s – good', encoding: 'windows-1252' });
  });

  it('a .docx is a zip holding word/document.xml; another zip is refused', () => {
    const docx = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    const xlsx = Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect(detectFormat(docx).format).toBe('docx');
    expect(detectFormat(xlsx)).toEqual({
      format: 'unsupported',
      message:
        'This file is not a PDF, Word document, text or JSON file. It is a zip archive but not a Word (.docx) document.',
    });
  });

  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a JPEG image', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])],
    ['an old Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['binary', Buffer.from([0x01, 0x02, 0x03, 0x00, 0xfe, 0x80])],
  ])('refuses %s with a clear sentence', (_, bytes) => {
    const detected = detectFormat(bytes);
    expect(detected.format).toBe('unsupported');
    expect(detected).toMatchObject({
      message: expect.stringMatching(/^This file is not a PDF, Word document, text or JSON file\./),
    });
  });
});

describe('importInspection failures', () => {
  it('400 for an empty file, 413 over 20 MB, 415 for an image', async () => {
    expect(await importInspection(Buffer.alloc(0))).toEqual({ ok: false, status: 400, message: 'The file is empty.' });
    const huge = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41);
    expect(await importInspection(huge)).toMatchObject({ ok: false, status: 413 });
    expect(await importInspection(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'report.pdf')).toEqual({
      ok: false,
      status: 415,
      message: 'This file is not a PDF, Word document, text or JSON file. It looks like a PNG image.',
    });
    expect(await importInspection(Buffer.from([0x01, 0x02, 0x00, 0x05]), 'report.pdf')).toEqual({
      ok: false,
      status: 415,
      message:
        'This file is not a PDF, Word document, text or JSON file. Its name ends in .pdf, but its contents are not a PDF.',
    });
  });

  it('422 for a damaged PDF or Word document', async () => {
    expect(await importInspection(Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n'))).toEqual({
      ok: false,
      status: 422,
      message: 'This PDF could not be read: it may be damaged or incomplete.',
    });
    const truncated = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document>'.repeat(1000)) })).subarray(
      0,
      60,
    );
    expect(await importInspection(truncated)).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/Word document/),
    });
  });

  it('415 for a web page saved with a .pdf name, saying what happened and what to upload instead', async () => {
    const page = Buffer.from(
      '<!DOCTYPE html>\n<html lang="en"><head><title>Bury - Ofsted</title></head><body><h1>Inspection of Bury local authority children’s services</h1><a href="https://files.ofsted.gov.uk/v1/file/50174207">Download the report</a></body></html>',
    );
    const result = await importInspection(page, 'bury-2021.pdf');
    expect(result).toMatchObject({ ok: false, status: 415 });
    expect(!result.ok && result.message).toMatch(/^This file is a web page saved with a \.pdf name, not the report:/);
    expect(!result.ok && result.message).toMatch(/upload the file it gives you\.$/);
    expect(
      await importInspection(Buffer.from('\uFEFF  <html><body><p>Recommendations</p></body></html>')),
    ).toMatchObject({
      ok: false,
      status: 415,
      message: expect.stringMatching(/^This file is a web page, not the report/),
    });
  });

  it('422 for a Word document whose text stops part of the way through, rather than a draft of half a report', async () => {
    const whole = await renderDocx('Recommendations\n\n- Improve care planning\n- Review the placement strategy');
    expect(await importInspection(whole)).toMatchObject({ ok: true, format: 'docx' });
    const parts = unzipSync(whole);
    const xml = strFromU8(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(xml.slice(0, xml.indexOf('Review the placement')));
    expect(await importInspection(Buffer.from(zipSync(parts)), 'report.docx')).toEqual({
      ok: false,
      status: 422,
      message:
        'This Word document is incomplete: its text stops part of the way through, as if the file was cut short when it was saved or copied. Please save it again, or upload the report as a PDF.',
    });
  });

  it('422 for text longer than any report, so that no upload keeps the server busy for long', async () => {
    const lines = Array.from({ length: 20_001 }, (_, i) => `${i}. Ensure that`).join('\n');
    expect(await importInspection(Buffer.from(lines), 'long.txt')).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/^This document holds more text than an inspection report could \(20,001 lines/),
    });
    const long = Buffer.from('Ensure that every child is seen. '.repeat(20_000));
    expect(await importInspection(long, 'long.txt')).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/\(660 thousand characters, where the longest reports hold about 140 thousand\)/),
    });
  });

  it('a PDF that is only an image (no text layer) is 422, with what to do instead', async () => {
    const blank = await renderPdf('', '');
    expect(await importInspection(blank)).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/no text to read/),
    });
  });

  it("a server without a PDF reader answers 503: the fault is the server's, not the file's", async () => {
    const pdf = await renderPdf('Joint Area Review', 'Safeguarding is outstanding.');
    const result = await importInspection(pdf, 'report.pdf', { pdf: { command: '/nonexistent/pdftotext' } });
    expect(result).toMatchObject({ ok: false, status: 503, message: expect.stringMatching(/not installed/) });
  });

  it('the name does not decide the format', async () => {
    const result = await importInspection(Buffer.from(HALTON_TABLE), 'inspection.pdf');
    expect(result).toMatchObject({ ok: true, format: 'text' });
  });
});

describe('Word extraction', () => {
  it('reads paragraphs, tabs, numbered and bulleted lists, and table rows as tab-separated cells', () => {
    const w = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
    const p = (text: string, properties = '') =>
      `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const numbering = `<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const document = w(
      p('Areas for improvement', '<w:pStyle w:val="Heading2"/>') +
        p('Ensure plans &amp; reviews', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>') +
        p('Improve supervision', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>') +
        '<w:tbl><w:tr><w:tc>' +
        p('Safeguarding') +
        '</w:tc><w:tc>' +
        p('Good') +
        '</w:tc></w:tr></w:tbl>' +
        '<w:p><w:r><w:t>A</w:t></w:r><w:r><w:tab/><w:t>B</w:t></w:r><w:r><w:delText>deleted</w:delText></w:r></w:p>',
    );
    const bytes = Buffer.from(
      zipSync({ 'word/document.xml': strToU8(document), 'word/numbering.xml': strToU8(numbering) }),
    );
    expect(extractDocxText(bytes)).toEqual({
      ok: true,
      text: '## Areas for improvement\n\n1. Ensure plans & reviews\n2. Improve supervision\n\nSafeguarding\tGood\n\nA\tB\n',
    });
  });
});

describe('page furniture', () => {
  it('drops running heads, page numbers and footers repeated on most pages, and rejoins a sentence split by a page break', () => {
    const page = (n: number, body: string) => `Sometown Council inspection report\n\n${body}\n\nPage ${n} of 3\n`;
    const text = [
      page(1, 'The council should improve the quality of'),
      page(2, 'supervision for all social workers.\n\nRecommendations'),
      page(3, '- Ensure plans are reviewed.'),
    ].join('\f');
    expect(removePageFurniture(text)).toBe(
      'The council should improve the quality of\nsupervision for all social workers.\n\nRecommendations\n\n- Ensure plans are reviewed.\n',
    );
  });

  it('leaves text without pages alone, line for line', () => {
    expect(removePageFurniture('a\n\n7\nb')).toBe('a\n\n7\nb');
  });
});

describe('the JSON shape', () => {
  const valid = {
    authority: { name: 'Halton' },
    kind: 'JAR',
    dates: { inspection: { from: '2008-03-03', to: '2008-03-14' }, published: { date: '2008-05-20' } },
    judgements: [
      { key: 'safeguarding', label: 'Safeguarding', grade: { published: 'Outstanding' }, scored: true },
      { label: 'Health', grade: { published: 'Adequate', normalised: 'adequate', level: 2 } },
    ],
    recommendations: [
      { text: 'Further embed safeguarding principles', kind: 'process', timescale: null, addressee: null },
    ],
  };
  const importJson = (value: unknown) => importInspection(Buffer.from(JSON.stringify(value)), 'draft.json');

  it('becomes a draft, filling in what can be worked out', async () => {
    const result = await importJson(valid);
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('json');
    expect(result.draft.judgements).toEqual([
      {
        key: 'safeguarding',
        label: 'Safeguarding',
        grade: { published: 'Outstanding', normalised: 'outstanding', level: 4 },
        scored: true,
        lines: null,
        source: 'json',
      },
      {
        key: 'health',
        label: 'Health',
        grade: { published: 'Adequate', normalised: 'adequate', level: 2 },
        scored: false,
        lines: null,
        source: 'json',
      },
    ]);
    expect(result.draft.dates).toEqual({
      inspection: { from: '2008-03-03', to: '2008-03-14', lines: null },
      published: { date: '2008-05-20', lines: null },
    });
    expect(result.draft.recommendations[0]).toMatchObject({
      text: 'Further embed safeguarding principles',
      kind: 'process',
    });
  });

  it.each([
    [{ ...valid, colour: 'red' }, 'Unknown field "colour"'],
    [
      { ...valid, kind: 'Ofsted' },
      '"kind" must be one of JAR, APA, LAC, SIF, LSCB, ILACS, FOCUSED, MONITORING, OTHER (got "Ofsted")',
    ],
    [{ ...valid, judgements: undefined }, 'Field "judgements" is missing.'],
    [{ ...valid, authority: { name: '' } }, '"authority.name" must be a non-empty string.'],
    [
      { ...valid, dates: { published: { date: '2008-02-30' } } },
      '"dates.published.date" is not a real date (2008-02-30).',
    ],
    [
      { ...valid, judgements: [{ label: 'Safeguarding', grade: { published: 'Splendid' } }] },
      '"judgements[0].grade.normalised" is missing',
    ],
    [
      { ...valid, judgements: [{ label: 'X', grade: { published: 'Good', normalised: 'good', level: 4 } }] },
      '"judgements[0].grade.level" must be 3',
    ],
    [
      { ...valid, recommendations: [{ text: 'x', timescale: 'soon' }] },
      '"recommendations[0].timescale" must be one of immediate',
    ],
    [
      { ...valid, recommendations: [{ text: 'x', lines: [5, 2] }] },
      '"recommendations[0].lines" must be null or [from, to]',
    ],
  ])('refuses %j with a sentence naming the field', async (value, message) => {
    const result = await importJson(value);
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.message).toContain(message);
  });

  it('refuses JSON that does not parse', async () => {
    const result = await importInspection(Buffer.from('{"kind": "JAR",}'));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/^This JSON file could not be read/),
    });
  });
});
