/**
 * Reading an uploaded workbook as it inflates: cells read as the text Excel shows, a sheet with too
 * many rows is refused at the first row too many (nothing after it is read), and a cell longer than
 * Excel allows is refused.
 */
import ExcelJS from 'exceljs';
import { ZipRefusal } from '../../src/common/checked-zip';
import { WorkbookRefusal, XlsxWorkbook } from '../../src/reports/excel/xlsx-reader';
import { entry, entriesOf, replacing, sheetXml, workbookBombs, zipOf } from '../support/zip-bombs';

const LIMITS = { maxRows: 20_000, maxColumns: 20 };

async function written(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of two sheets, "Data" (sheet1) and "Hidden" (sheet2), for the bombs to replace. */
const plain = () =>
  written((workbook) => {
    workbook.addWorksheet('Data').addRow(['Header']);
    workbook.addWorksheet('Hidden', { state: 'veryHidden' }).addRow(['Format', 'x']);
  });

async function refusalOf(work: () => Promise<unknown>): Promise<Error> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ZipRefusal || error instanceof WorkbookRefusal) return error;
    throw error;
  }
  throw new Error('Expected a refusal.');
}

describe('XlsxWorkbook', () => {
  it('reads each kind of cell as Excel shows it, on every sheet, hidden or not', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet('Actions');
      sheet.addRow(['  Narrative with spaces  ', 72.5, 0.1 + 0.2, true, new Date('2009-10-01T00:00:00Z')]);
      sheet.getCell('F1').value = { richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }] };
      sheet.getCell('G1').value = { formula: '1+1', result: 2 };
      sheet.getCell('H1').value = { formula: 'A1&"!"', result: 'done!' };
      sheet.getCell('I1').value = { error: '#N/A' };
      sheet.getCell('J1').value = { text: 'a link', hyperlink: 'https://example.org' };
      sheet.getCell('K1').value = "'=SUM(A1)";
      sheet.getCell('A3').value = 'after a blank row';
      workbook.addWorksheet('About', { state: 'veryHidden' }).addRow(['Format', 'x']);
    });
    const sut = await XlsxWorkbook.open(bytes);
    expect(sut.sheetNames()).toEqual(['Actions', 'About']);
    const actions = (await sut.sheet('Actions', LIMITS))!;
    expect(Array.from({ length: 11 }, (_, i) => actions.text(1, i + 1))).toEqual([
      'Narrative with spaces',
      '72.5',
      '0.30000000000000004',
      'true',
      '2009-10-01',
      'Rich text',
      '2',
      'done!',
      '',
      'a link',
      "'=SUM(A1)",
    ]);
    expect(actions.rowNumbers()).toEqual([1, 3]);
    expect((await sut.sheet('About', LIMITS))!.text(1, 2)).toBe('x');
    expect(await sut.sheet('Missing', LIMITS)).toBeNull();
  });

  it('reads what other writers write: inline strings, prefixed names, phonetic runs, 1904 dates', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = zipOf([
      entry('[Content_Types].xml', '<Types/>'),
      entry(
        'xl/workbook.xml',
        `<x:workbook xmlns:x="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Sheet One" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
      entry(
        'xl/_rels/workbook.xml.rels',
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/one.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
      entry(
        'xl/sharedStrings.xml',
        `<sst xmlns="${main}"><si><r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t xml:space="preserve">a &amp; b </t></si></sst>`,
      ),
      entry(
        'xl/styles.xml',
        `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
      ),
      entry(
        'xl/worksheets/one.xml',
        `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c r="D1" s="1"><x:v>0</x:v></x:c><x:c r="E1" s="2"><x:v>0.5</x:v></x:c><x:c r="F1" t="b"><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>next</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    ]);
    const sheet = (await (await XlsxWorkbook.open(bytes)).sheet('Sheet One', LIMITS))!;
    expect(Array.from({ length: 7 }, (_, i) => sheet.text(1, i + 1))).toEqual([
      '漢字',
      'a & b',
      'inline',
      '1904-01-01',
      '0.5',
      'false',
      'next',
    ]);
  });

  it('refuses a sheet at its first row too many, reading nothing after it', async () => {
    // What follows the 20,001st row is not XML at all: reading it would be refused for that instead.
    const rows = sheetXml(20_002).replace('</sheetData></worksheet>', '<<<not xml');
    const bytes = zipOf(replacing(entriesOf(await plain()), entry('xl/worksheets/sheet1.xml', rows)));
    const sut = await XlsxWorkbook.open(bytes);
    expect((await refusalOf(() => sut.sheet('Data', LIMITS))).message).toBe(
      'The Data sheet has more than 20,000 rows, far more than an update workbook has.',
    );
    // One row with a number far down counts as far down.
    const far = '<worksheet><sheetData><row r="1048576"><c><v>1</v></c></row></sheetData></worksheet>';
    const farBytes = zipOf(replacing(entriesOf(await plain()), entry('xl/worksheets/sheet1.xml', far)));
    expect((await refusalOf(async () => (await XlsxWorkbook.open(farBytes)).sheet('Data', LIMITS))).message).toMatch(
      /more than 20,000 rows/,
    );
  });

  it('refuses a cell longer than Excel allows, shared or inline', async () => {
    const long = 'a'.repeat(40_000);
    const inline = await written((workbook) => {
      workbook.addWorksheet('Data').addRow(['Header']);
    });
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`;
    const bytes = zipOf(replacing(entriesOf(inline), entry('xl/worksheets/sheet1.xml', sheet)));
    expect((await refusalOf(async () => (await XlsxWorkbook.open(bytes)).sheet('Data', LIMITS))).message).toBe(
      'A cell of the Data sheet holds more than the 32,767 characters Excel allows in a cell.',
    );
    const shared = await written((workbook) => {
      workbook.addWorksheet('Data').addRow([long]);
    });
    expect((await refusalOf(() => XlsxWorkbook.open(shared))).message).toMatch(/more than the 32,767 characters/);
  });

  it('refuses a sheet that is not well-formed XML', async () => {
    const bytes = zipOf(replacing(entriesOf(await plain()), entry('xl/worksheets/sheet1.xml', '<worksheet><row>')));
    expect((await refusalOf(async () => (await XlsxWorkbook.open(bytes)).sheet('Data', LIMITS))).message).toBe(
      'This workbook is damaged: its part "xl/worksheets/sheet1.xml" is not well-formed.',
    );
  });

  it('refuses every kind of zip bomb, with a sentence', async () => {
    for (const bomb of workbookBombs(await plain(), 'xl/worksheets/sheet1.xml')) {
      const refused = await refusalOf(async () => (await XlsxWorkbook.open(bomb.bytes)).sheet('Data', LIMITS));
      expect({ kind: bomb.kind, message: refused.message }).toEqual({
        kind: bomb.kind,
        message: expect.stringMatching(/^(This file was not opened|The Data sheet has more than)/),
      });
    }
  });
});
