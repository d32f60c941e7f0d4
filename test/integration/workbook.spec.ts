/**
 * The committee workbook for the Halton example, read back with exceljs as Excel would: sheets,
 * typed cells, coloured RAG words, filters, frozen headers, print set-up and properties, and text
 * that looks like a formula kept as text.
 */
import ExcelJS from 'exceljs';
import { excelArgb } from '../../src/presentation/palette';
import { RAG_LOOKS } from '../../src/presentation/rag';
import { strFromU8, unzipSync } from 'fflate';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`the committee workbook (${databaseMode} database)`, () => {
  let sut: TestApp;
  let scrutiny: string;
  let clerk: string;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('workbook', { exampleData: 'halton' });
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', scrutiny).expect(200)).body[0].id;
  });
  afterAll(() => sut.close());

  const downloadBytes = async (asOf = '2009-10-20') => {
    const response = await sut
      .http()
      .get(`/api/v1/plans/${planId}/workbook?asOf=${asOf}`)
      .set('Authorization', scrutiny)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(`halton-jar-2008-as-at-${asOf}.xlsx`);
    return response.body as Buffer;
  };

  const download = async (asOf = '2009-10-20') => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadBytes(asOf)) as unknown as ExcelJS.Buffer);
    return workbook;
  };

  const rowOf = (sheet: ExcelJS.Worksheet, reference: string): ExcelJS.Row => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === reference) found = row;
    });
    if (!found) throw new Error(`No row ${reference}`);
    return found;
  };

  it('has its six sheets, and How we compare, typed cells and coloured RAG words', async () => {
    const workbook = await download();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Actions',
      'Actions (print)',
      'Indicators',
      'Updates',
      'Judgements',
      'How we compare',
    ]);
    const actions = workbook.getWorksheet('Actions') as ExcelJS.Worksheet;
    expect((actions.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ref.',
      'Recommendation',
      'Kind',
      'Judgement area',
      'Every Child Matters outcome',
      'Action',
      'Owner',
      'Lead partner',
      'Start',
      'Due',
      '% complete',
      'RAG',
      'Reason',
      'Direction',
      'Latest update',
      'Update posted',
    ]);
    expect(actions.rowCount).toBe(17);
    const o1 = rowOf(actions, 'O1');
    expect(o1.getCell(3).value).toBe('Outcome');
    expect(o1.getCell(10).value).toEqual(new Date('2010-03-31T00:00:00Z'));
    expect(o1.getCell(11).value).toBe(0.6);
    expect(o1.getCell(11).numFmt).toBe('0%');
    expect(o1.getCell(12).value).toBe('Amber');
    expect(o1.getCell(13).value).toBe('The owner reports amber.');
    expect(rowOf(actions, 'O4').getCell(12).value).toBe('Red');
    const rules = (
      actions as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            type: string;
            formulae: string[];
            style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    expect(rules[0].ref).toBe('L2:L17');
    // Each RAG's word takes that RAG's colours, as src/presentation defines them: a rule on the
    // cell's value, which Excel and LibreOffice both evaluate.
    for (const look of Object.values(RAG_LOOKS).filter((look) => look.word !== 'Not rated')) {
      const rule = rules[0].rules.find((candidate) => candidate.formulae.join() === `"${look.word}"`);
      expect(rule).toMatchObject({
        type: 'cellIs',
        operator: 'equal',
        style: {
          fill: { bgColor: { argb: excelArgb(look.background) } },
          font: { color: { argb: excelArgb(look.text) } },
        },
      });
    }

    const indicators = workbook.getWorksheet('Indicators') as ExcelJS.Worksheet;
    const header = (indicators.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual([
      'Code',
      'Indicator',
      'Action',
      'Polarity',
      'Baseline',
      'Target',
      'Latest',
      'RAG',
      'Direction',
    ]);
    expect(header).toEqual(expect.arrayContaining(['2008-09 Q3', '2009-10 Q2']));
    const neet = rowOf(indicators, 'NI 117');
    expect(neet.getCell(7).value).toBe(10.6);
    expect(neet.getCell(8).value).toBe('Red');
    expect(neet.getCell(header.indexOf('2009-10 Q1') + 1).value).toBe(9.8);

    expect((workbook.getWorksheet('Judgements') as ExcelJS.Worksheet).rowCount).toBe(8);
    expect((workbook.getWorksheet('Updates') as ExcelJS.Worksheet).rowCount).toBeGreaterThan(50);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const [image] = summary.getImages();
    expect(image).toBeDefined();
    const media = (workbook as unknown as { model: { media: { type: string; extension: string; buffer: Buffer }[] } })
      .model.media[Number(image.imageId)];
    expect(media.extension).toBe('png');
    expect(media.buffer.subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps copies in the product’s words with drop-downs on the Kind, RAG and Direction columns', async () => {
    const workbook = await download();
    const actions = workbook.getWorksheet('Actions') as ExcelJS.Worksheet;
    const validations = (actions as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const listIn = (column: string) =>
      Object.entries(validations).find(([address]) => address.replace(/\d+$/, '').endsWith(column))?.[1];
    expect(listIn('C')).toMatchObject({ type: 'list', formulae: ['"Outcome,Process"'] });
    expect(listIn('L')?.formulae[0]).toContain('Red,Amber,Green');
    expect(listIn('N')).toMatchObject({ type: 'list', formulae: ['"Improving,No change,Worsening"'] });
    expect(listIn('L')).toMatchObject({ showErrorMessage: true, errorStyle: 'stop' });
  });

  it('is set up to filter, scroll and print', async () => {
    const bytes = await downloadBytes();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const actions = workbook.getWorksheet('Actions') as ExcelJS.Worksheet;
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actions.autoFilter).toBeTruthy();
    expect(actions.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 8,
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '1:1',
      printArea: 'A1:P17',
    });
    // Rows of wrapped text are as tall as their text, so that nothing is printed over the next row.
    expect(actions.getRow(1).height).toBeGreaterThan(15);
    const heights = Array.from({ length: 16 }, (_, index) => actions.getRow(index + 2).height ?? 15);
    expect(Math.min(...heights)).toBeGreaterThan(15);

    // A committee's print: fewer columns on A4, by judgement area, each area from a new page.
    const print = workbook.getWorksheet('Actions (print)') as ExcelJS.Worksheet;
    expect((print.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ref.',
      'Action',
      'Owner',
      'Due',
      '% complete',
      'RAG',
      'Reason',
      'Latest update',
    ]);
    expect(print.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
    expect(print.pageSetup.printArea).toMatch(/^A1:H\d+$/);
    const headings: number[] = [];
    print.eachRow((row) => {
      if (row.getCell(1).font?.size === 12) headings.push(row.number);
    });
    expect(headings.length).toBeGreaterThan(1);
    // A manual page break after the last row of each area but the last ("above" the next heading).
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet3.xml']);
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"[^>]* man="1"/g)].map((match) => Number(match[1]));
    expect(breaks).toEqual(headings.slice(1).map((row) => row - 1));

    expect(actions.headerFooter.oddFooter).toContain('Page &P of &N');
    expect(workbook.title).toBe('Joint Area Review improvement plan 2008–2010: progress as at 2009-10-20');
    const me = await sut.http().get('/api/v1/auth/me').set('Authorization', scrutiny).expect(200);
    expect(workbook.creator).toBe(me.body.displayName);
    expect(workbook.created).toBeInstanceOf(Date);
  });

  it('keeps an action title that looks like a formula as text', async () => {
    const plan = await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
    const action = plan.body.actions.find((line: { reference: string }) => line.reference === 'P8');
    const title = '=HYPERLINK("http://example.invalid","click")';
    await sut
      .http()
      .patch(`/api/v1/actions/${action.id}`)
      .set('Authorization', clerk)
      .send({ version: action.version, title })
      .expect(200);
    const bytes = await downloadBytes();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cell = rowOf(workbook.getWorksheet('Actions') as ExcelJS.Worksheet, 'P8').getCell(6);
    expect(cell.value).toBe(title);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();

    // Its cell format carries Excel's quote prefix, so that editing the cell keeps it text; others do not.
    const parts = unzipSync(bytes);
    const xml = (name: string) => strFromU8(parts[name]);
    const formats = [
      ...xml('xl/styles.xml')
        .split('<cellXfs')[1]
        .matchAll(/<xf [^>]*>/g),
    ].map((match) => match[0]);
    const styleOf = (reference: string) => {
      const found = new RegExp(`<c r="${reference}"[^>]*? s="(\\d+)"`).exec(xml('xl/worksheets/sheet2.xml'));
      return formats[Number(found?.[1])];
    };
    const row = cell.row;
    expect(styleOf(`F${row}`)).toContain('quotePrefix="1"');
    expect(styleOf(`F${row}`)).toContain('numFmtId="49"');
    expect(styleOf(`F${row + 1}`)).not.toContain('quotePrefix');
  });

  it('refuses another authority, and a date in the future', async () => {
    await sut.http().get(`/api/v1/plans/${planId}/workbook?asOf=2999-01-01`).set('Authorization', scrutiny).expect(400);
    await sut
      .http()
      .get('/api/v1/plans/00000000-0000-4000-8000-000000000000/workbook')
      .set('Authorization', scrutiny)
      .expect(404);
  });
});
