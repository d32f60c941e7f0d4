/**
 * The committee and update workbooks for the Halton example, opened in LibreOffice Calc as a
 * council without Excel would: both printed to PDF in one run, and the PDFs read back for where
 * each word is (no row's text written over another's) and for their pixels (each RAG cell in its
 * colour). Then the update workbook's round trip: filled in, opened and saved by Calc, and the
 * file Calc wrote uploaded, previewed and applied.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Response } from 'superagent';
import { contrastRatio } from '../../src/presentation/palette';
import { RAG_LOOKS } from '../../src/presentation/rag';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import {
  CALC_XLSX,
  convertWithLibreOffice,
  type PagePixels,
  type PdfWord,
  pdfPagePixels,
  pdfPages,
  pdfWords,
} from '../support/office-documents';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

/** The workbooks and Calc's PDFs and saved copy of them, kept for a person to look at. */
const ARTIFACTS = join(__dirname, '..', '..', 'test-results', 'workbooks');

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * Pairs of words on a page whose boxes overlap: text of one row printed over another's. Words
 * that merely touch (a box's edge rounding) are not counted.
 */
function overlaps(words: PdfWord[]): [string, string][] {
  const found: [string, string][] = [];
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
      const b = sorted[j];
      const high = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      if (high > 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin) && wide > 1) found.push([a.text, b.text]);
    }
  }
  return found;
}

/** Each page drawn once. */
const drawn = new Map<string, PagePixels>();

/** The most common colour in a word's box and a little around it: the cell's fill, not the letters. */
function fillBehind(name: string, pdf: Buffer, page: number, word: PdfWord): string {
  const key = `${name} ${page}`;
  const pixels = drawn.get(key) ?? pdfPagePixels(pdf, page);
  drawn.set(key, pixels);
  const tally = new Map<string, number>();
  for (let x = word.xMin - 1; x <= word.xMax + 3; x += 0.5) {
    for (let y = word.yMin; y <= word.yMax; y += 0.5) {
      const colour = pixels.colourAt(x, y);
      tally.set(colour, (tally.get(colour) ?? 0) + 1);
    }
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** Near enough the same colour: anti-aliasing and the renderer move a channel by a few steps. */
function near(found: string, expected: string): boolean {
  return (
    contrastRatio(found, expected) < 1.1 &&
    [1, 3, 5].every((start) => {
      const channel = (hex: string) => parseInt(hex.slice(start, start + 2), 16);
      return Math.abs(channel(found) - channel(expected)) <= 24;
    })
  );
}

/**
 * The RAG words of a PDF's pages, each with its page: words under a "RAG" heading, at the heading's
 * left edge (cells are left-aligned under their heading).
 */
function ragCells(pdf: Buffer): { page: number; word: PdfWord }[] {
  const cells: { page: number; word: PdfWord }[] = [];
  pdfWords(pdf).forEach((words, index) => {
    for (const heading of words.filter((word) => word.text === 'RAG')) {
      for (const word of words) {
        if (
          word.yMin > heading.yMax &&
          Math.abs(word.xMin - heading.xMin) < 1.5 &&
          /^(Red|Amber|Green)$/.test(word.text)
        )
          cells.push({ page: index + 1, word });
      }
    }
  });
  return cells;
}

describe(`the workbooks in LibreOffice Calc (${databaseMode} database)`, () => {
  let sut: TestApp;
  let scrutiny: string;
  let owner: string;
  let planId: string;
  let committee: Buffer;
  let update: Buffer;
  let printed: Record<string, Buffer>;
  let savedByCalc: Buffer;
  let actionId: string;

  const get = (path: string, auth: string) =>
    sut.http().get(path).set('Authorization', auth).buffer(true).parse(binary).expect(200);

  /** Fills in the first action's new update as someone would type it into the cells. */
  const fillIn = (workbook: Buffer): Buffer => {
    const parts = unzipSync(new Uint8Array(workbook));
    const name = 'xl/worksheets/sheet2.xml';
    const xml = strFromU8(parts[name])
      .replace(
        /<c r="K2"( s="\d+")?\s*(\/>|><\/c>)/,
        '<c r="K2"$1 t="inlineStr"><is><t>Saved in LibreOffice: panel recruited, training booked.</t></is></c>',
      )
      .replace(/<c r="L2"( s="\d+")?\s*(\/>|><\/c>)/, '<c r="L2"$1><v>65</v></c>')
      .replace(/<c r="M2"( s="\d+")?\s*(\/>|><\/c>)/, '<c r="M2"$1 t="inlineStr"><is><t>Amber</t></is></c>');
    expect(xml).toContain('Saved in LibreOffice');
    expect(xml).toContain('<v>65</v>');
    return Buffer.from(zipSync({ ...parts, [name]: strToU8(xml) }));
  };

  beforeAll(async () => {
    sut = await startTestApp('workbooks_in_libreoffice', { exampleData: 'halton' });
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    owner = `Bearer ${await tokenFor(sut, ROLE_EMAILS.owner)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', scrutiny).expect(200)).body[0].id;
    committee = (await get(`/api/v1/plans/${planId}/workbook?asOf=2009-10-20`, scrutiny)).body as Buffer;
    update = (await get(`/api/v1/plans/${planId}/update-workbook`, owner)).body as Buffer;
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(update as unknown as ExcelJS.Buffer);
    actionId = String(downloaded.getWorksheet('Actions')!.getRow(2).getCell(1).value);

    printed = convertWithLibreOffice({ committee, update }, { from: 'xlsx', convertTo: 'pdf' });
    const filledIn = fillIn(update);
    savedByCalc = convertWithLibreOffice({ update: filledIn }, { from: 'xlsx', convertTo: CALC_XLSX }).update;
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, bytes] of Object.entries({
      'committee.xlsx': committee,
      'committee.pdf': printed.committee,
      'update.xlsx': update,
      'update.pdf': printed.update,
      'update-saved-by-calc.xlsx': savedByCalc,
    }))
      writeFileSync(join(ARTIFACTS, name), bytes);
  });
  afterAll(() => sut.close());

  it.each(['committee', 'update'])('prints the %s workbook with no row’s text over another’s', (name) => {
    const pages = pdfWords(printed[name]);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((words, index) => {
      expect({ page: index + 1, overlaps: overlaps(words) }).toEqual({ page: index + 1, overlaps: [] });
    });
  });

  it('prints every word of the longest texts: no row is cut short', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(committee as unknown as ExcelJS.Buffer);
    const text = pdfPages(printed.committee).join(' ');
    const words = new Set(text.split(' '));
    const actions = workbook.getWorksheet('Actions')!;
    let checked = 0;
    actions.eachRow((row, number) => {
      const update = row.getCell(15).value;
      if (number === 1 || typeof update !== 'string') return;
      // The last words of each latest update are there, however many lines it wrapped to.
      for (const word of update.split(/\s+/).slice(-3)) expect(words).toContain(word);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(5);
  });

  it.each(['committee', 'update'])('shows each RAG of the %s workbook in its colour', (name) => {
    const pdf = printed[name];
    const cells = ragCells(pdf);
    const words = new Set(cells.map((cell) => cell.word.text));
    if (name === 'committee') expect([...words].sort()).toEqual(['Amber', 'Green', 'Red']);
    else expect(words.size).toBeGreaterThan(0);
    for (const { page, word } of cells) {
      const look = Object.values(RAG_LOOKS).find((candidate) => candidate.word === word.text)!;
      const fill = fillBehind(name, pdf, page, word);
      expect({ rag: word.text, page, fill, matches: near(fill, look.background) }).toEqual({
        rag: word.text,
        page,
        fill,
        matches: true,
      });
    }
  });

  it('prints the actions for a committee on A4 by judgement area, each area from a new page, under the header row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(committee as unknown as ExcelJS.Buffer);
    const areas: string[] = [];
    workbook.getWorksheet('Actions (print)')!.eachRow((row) => {
      if (row.getCell(1).font?.size === 12) areas.push(String(row.getCell(1).value));
    });
    expect(areas.length).toBeGreaterThanOrEqual(4);
    const pages = pdfWords(printed.committee);
    const text = pdfPages(printed.committee);
    // The pages of Actions (print): A4 landscape, with its eight headings.
    const printPages = pages
      .map((words, index) => ({ words, text: text[index], index }))
      .filter(({ words }) => {
        const headings = words.filter((word) => word.yMin < 80).map((word) => word.text);
        return headings.includes('Reason') && headings.includes('Latest') && !headings.includes('Kind');
      });
    expect(printPages.length).toBeGreaterThanOrEqual(2);
    for (const { words } of printPages) {
      expect(Math.max(...words.map((word) => word.xMax))).toBeLessThan(842);
      const headerRow = words.filter((word) => word.text === 'Ref.');
      expect(headerRow).toHaveLength(1);
    }
    // Each area starts a page: the first line under the header row is the area's name.
    const firstLines = printPages.map(({ words }) => {
      const header = words.find((word) => word.text === 'Ref.')!;
      const below = words.filter((word) => word.yMin > header.yMax + 12);
      const top = Math.min(...below.map((word) => word.yMin));
      return below
        .filter((word) => word.yMin < top + 2)
        .sort((a, b) => a.xMin - b.xMin)
        .map((word) => word.text)
        .join(' ');
    });
    for (const area of areas) expect(firstLines).toContain(area);
  });

  it('accepts and applies an update workbook that LibreOffice Calc saved', async () => {
    const parts = unzipSync(new Uint8Array(savedByCalc));
    expect(strFromU8(parts['docProps/app.xml'])).toContain('LibreOffice');
    const preview = await sut
      .http()
      .post(`/api/v1/plans/${planId}/update-workbook`)
      .set('Authorization', owner)
      .attach('file', savedByCalc, 'updates.xlsx')
      .expect(201);
    const applied = (preview.body.actions as { outcome: string; change: unknown }[]).filter(
      (row) => row.outcome === 'apply',
    );
    expect(applied).toEqual([
      expect.objectContaining({
        change: expect.objectContaining({
          narrative: 'Saved in LibreOffice: panel recruited, training booked.',
          percentComplete: expect.objectContaining({ to: 65 }),
          proposedRag: 'amber',
        }),
      }),
    ]);
    await sut.http().post(preview.body.applyHref).set('Authorization', owner).expect(200);
    const [latest] = await sut.dataSource.query(
      `SELECT narrative, percent_complete, proposed_rag FROM progress_update WHERE action_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [actionId],
    );
    expect(latest).toEqual({
      narrative: 'Saved in LibreOffice: panel recruited, training booked.',
      percent_complete: 65,
      proposed_rag: 'amber',
    });
  });
});
