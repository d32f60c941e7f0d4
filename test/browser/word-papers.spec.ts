/**
 * The board paper in Word and the plan as the inspectorate receives it, for the Halton example:
 * opened in LibreOffice Writer and converted to PDF (one run for every file), then counted against
 * the PDF that Chromium printed for the same paper: the same headings in the same order, the same
 * tables and charts. The Word files' own XML is read for what Word's navigation pane and
 * accessibility checker rely on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { asOwner } from '../support/as-owner';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { signInThroughPage } from '../support/browser-session';
import {
  convertWithLibreOffice,
  countTags,
  docxParts,
  pdfHeadings,
  pdfImageCount,
  pdfInfo,
  pdfPages,
} from '../support/office-documents';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { printThroughApi } from '../support/paper-jobs';

/** The Word files and Writer's PDFs of them, kept for a person to look at. */
const ARTIFACTS = join(__dirname, '..', '..', 'test-results', 'word');

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Printed {
  paper: { id: string; href: string; docxHref: string; pdfSha256: string; docxSha256: string };
  pdf: Buffer;
  docx: Buffer;
}

const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every match of a pattern in a text. */
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? match[0]);

describe(`board papers and the plan in Word (${databaseMode} database, LibreOffice Writer)`, () => {
  let sut: TestApp;
  let clerk: string;
  let planId: string;
  let executiveBoard: Printed;
  let cabinet: Printed;
  let inspectoratePlan: Buffer;
  let converted: Record<string, Buffer>;

  const get = (path: string, accept?: string) => {
    const request = sut.http().get(path).set('Authorization', clerk).buffer(true).parse(binary);
    return accept ? request.set('Accept', accept) : request;
  };

  const print = async (overrides: Record<string, unknown>): Promise<Printed> => {
    const created = {
      body: await printThroughApi(sut, planId, clerk, {
        committee: 'Executive Board',
        meetingDate: '2009-10-29',
        agendaItem: '7',
        reportingOfficer: 'Strategic Director – Children & Young People',
        subject: 'Joint Area Review: progress on the improvement plan',
        asOf: '2009-10-20',
        recommendations: ['the report be noted', 'the actions proposed for the red items be endorsed'],
        ...overrides,
      }),
    };
    const pdf = await get(created.body.href).expect(200).expect('Content-Type', 'application/pdf');
    const docx = await get(created.body.docxHref).expect(200).expect('Content-Type', DOCX_TYPE);
    return { paper: created.body, pdf: pdf.body as Buffer, docx: docx.body as Buffer };
  };

  beforeAll(async () => {
    sut = await startTestApp('word-papers', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    executiveBoard = await print({
      houseStyle: 'executive-board',
      nextSteps: 'The recovery plans for the red actions go to the Children’s Trust Board in November.',
      implications: { financial: 'The actions are met from existing budgets.', risk: 'Care leavers stay at risk.' },
      backgroundPapers: ['Joint Area Review of Halton, Ofsted, 2008'],
    });
    cabinet = await print({ houseStyle: 'cabinet', status: 'exempt', exemptParagraph: 3 });
    inspectoratePlan = (
      await get(`/api/v1/plans/${planId}/inspectorate-plan?asOf=2009-10-20`)
        .expect(200)
        .expect('Content-Type', DOCX_TYPE)
    ).body as Buffer;
    const documents = {
      'executive-board': executiveBoard.docx,
      cabinet: cabinet.docx,
      'inspectorate-plan': inspectoratePlan,
    };
    converted = convertWithLibreOffice(documents);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, docx] of Object.entries(documents)) {
      writeFileSync(join(ARTIFACTS, `${name}.docx`), docx);
      writeFileSync(join(ARTIFACTS, `${name}.pdf`), converted[name]);
    }
  });
  afterAll(() => sut.close());

  it.each(['executive-board', 'cabinet'] as const)(
    'opens the %s paper in Writer with every section, table and chart of the PDF',
    (style) => {
      const printed = style === 'cabinet' ? cabinet : executiveBoard;
      const word = converted[style];
      // The same headings, in the same order and with the same numbers, as the paper Chromium printed.
      const headings = pdfHeadings(word);
      expect(headings).toEqual(pdfHeadings(printed.pdf));
      expect(headings.length).toBeGreaterThanOrEqual(style === 'cabinet' ? 14 : 10);
      // The PDF's front sheet is a table; Word's is lines of label and value, as councils write it.
      expect(countTags(word, 'Table')).toBe(countTags(printed.pdf, 'Table') - 1);
      expect(countTags(word, 'Table')).toBeGreaterThanOrEqual(4 + 13);
      // Both status charts and a trend chart per indicator, each a picture tagged as a figure.
      expect(pdfImageCount(word)).toBe(pdfImageCount(printed.pdf));
      expect(pdfImageCount(word)).toBeGreaterThanOrEqual(12);
      expect(countTags(word, 'Figure')).toBe(pdfImageCount(word));

      const info = pdfInfo(word);
      expect(info).toMatch(
        /Title:\s+Joint Area Review: progress on the improvement plan – Executive Board, 29 October 2009/,
      );
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = pdfPages(word);
      const text = pages.join(' ');
      if (style === 'executive-board') {
        expect(headings).toEqual(
          expect.arrayContaining([
            'H2 1.0 PURPOSE OF THE REPORT',
            'H2 7.0 HOW WE COMPARE',
            'H2 8.0 NEXT STEPS',
            'H2 9.0 IMPLICATIONS',
          ]),
        );
        expect(text).toMatch(/\(i\) the report be noted \(ii\) the actions proposed/);
        expect(text).toMatch(/REPORT TO: Executive Board/);
      } else {
        expect(headings).toEqual(expect.arrayContaining(['H2 Section 1 – Summary', 'H3 2.1 Background']));
        // Exempt: the paragraph in the header of every page, and the reason on the front.
        for (const page of pages) expect(page).toContain('Exempt: paragraph 3 of Schedule 12A');
        expect(pages[0]).toContain('financial or business affairs');
      }
      expect(text).toMatch(/O4 .*Red/);
      expect(text).toContain('The owner reports red.');
      expect(text).toMatch(/Page 1 of \d+/);
    },
  );

  it.each(['executive-board', 'cabinet'] as const)(
    'writes the %s paper with Word heading styles, repeating header rows, alt text, title and language',
    (style) => {
      const printed = style === 'cabinet' ? cabinet : executiveBoard;
      const parts = docxParts(printed.docx);
      const document = parts['word/document.xml'];
      const styles = parts['word/styles.xml'];
      for (const level of [1, 2, 3]) {
        expect(styles).toMatch(
          new RegExp(
            `w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`,
          ),
        );
      }
      expect(all(document, /<w:pStyle w:val="(Heading\d)"\/>/g).length).toBe(pdfHeadings(printed.pdf).length);
      // Every table's first row is a header row, repeated on each page, and no row splits.
      const tables = all(document, /<w:tbl>(.*?)<\/w:tbl>/g);
      expect(tables.length).toBe(countTags(printed.pdf, 'Table') - 1);
      for (const table of tables) {
        const [first, ...rest] = all(table, /<w:tr>(.*?)<\/w:tr>/g);
        expect(first).toContain('<w:tblHeader/>');
        for (const row of rest) expect(row).not.toContain('<w:tblHeader/>');
        for (const row of [first, ...rest]) expect(row).toContain('<w:cantSplit/>');
      }
      const alts = all(document, /<wp:docPr [^>]*descr="([^"]+)"/g);
      expect(alts.length).toBe(pdfImageCount(printed.pdf));
      expect(alts[0]).toMatch(/^Bar chart of actions by status: Red \d+, Amber \d+, Green \d+/);
      expect(all(document, /<wp:docPr /g).length).toBe(alts.length);
      expect(parts['docProps/core.xml']).toContain(
        '<dc:title>Joint Area Review: progress on the improvement plan – Executive Board, 29 October 2009</dc:title>',
      );
      expect(parts['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
      expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/);
      const headers = Object.entries(parts).filter(([path]) => /^word\/header\d+\.xml$/.test(path));
      expect(headers.some(([, xml]) => xml.includes('Exempt: paragraph 3 of Schedule 12A'))).toBe(style === 'cabinet');
    },
  );

  it('keeps the Word version with the paper and its hash, and gives the same bytes every time', async () => {
    const { paper, docx } = executiveBoard;
    expect(paper.docxSha256).toBe(sha256(docx));
    expect(paper.pdfSha256).toBe(sha256(executiveBoard.pdf));
    const again = await get(paper.docxHref).expect(200);
    expect(Buffer.compare(again.body as Buffer, docx)).toBe(0);
    expect(again.headers['x-content-sha256']).toBe(paper.docxSha256);
    // The record, or either file, from the paper's own address: by ?format= or by Accept.
    const byAccept = await get(`/api/v1/papers/${paper.id}`, DOCX_TYPE).expect(200).expect('Content-Type', DOCX_TYPE);
    expect(Buffer.compare(byAccept.body as Buffer, docx)).toBe(0);
    const byQuery = await get(`/api/v1/papers/${paper.id}?format=pdf`)
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    expect(Buffer.compare(byQuery.body as Buffer, executiveBoard.pdf)).toBe(0);
    const record = await sut.http().get(`/api/v1/papers/${paper.id}`).set('Authorization', clerk).expect(200);
    expect(record.body).toMatchObject({ id: paper.id, docxSha256: paper.docxSha256, docxHref: paper.docxHref });
    const wrong = await sut.http().get(`/api/v1/papers/${paper.id}?format=odt`).set('Authorization', clerk).expect(400);
    expect(wrong.body.message).toContain('format must be json, pdf or docx.');
  });

  it('offers the Word version and the plan for the inspectorate on the papers page, to every reader', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.scrutiny);
    const page = await agent.get(`/plans/${planId}/papers`).expect(200);
    for (const printed of [executiveBoard, cabinet]) {
      const href = `/plans/${planId}/papers/${printed.paper.id}/docx`;
      expect(page.text).toContain(`href="${href}"`);
      const download = await agent.get(href).buffer(true).parse(binary).expect(200).expect('Content-Type', DOCX_TYPE);
      expect(Buffer.compare(download.body as Buffer, printed.docx)).toBe(0);
    }
    expect(page.text).toContain(`href="/plans/${planId}/papers/inspectorate-plan"`);
    const plan = await agent
      .get(`/plans/${planId}/papers/inspectorate-plan`)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Type', DOCX_TYPE);
    expect(plan.headers['content-disposition']).toMatch(
      /filename="halton-jar-2008-improvement-plan-as-at-\d{4}-\d{2}-\d{2}\.docx"/,
    );
  });

  it('sets out the plan as the inspectorate receives it: each recommendation, then its actions', () => {
    const pdf = converted['inspectorate-plan'];
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    const headings = pdfHeadings(pdf);
    expect(headings.filter((line) => line.startsWith('H3 Recommendation '))).toEqual(
      Array.from({ length: 13 }, (_, i) => `H3 Recommendation ${i + 1}`),
    );
    // The judgements, and one table of actions for each recommendation.
    expect(countTags(pdf, 'Table')).toBe(1 + 13);
    const text = pdfPages(pdf).join(' ');
    expect(text).toContain('Improve health outcomes for childhood obesity, breastfeeding and reduce infant mortality.');
    for (const column of ['Lead officer and partner', 'Timescale', 'Milestones', 'How success will be measured']) {
      expect(text).toContain(column);
    }
    for (const reference of ['O1', 'O2.1', 'O2.2', 'O2.3', 'O3', 'O4', 'P1', 'P5.1', 'P5.2', 'P9']) {
      expect(text).toMatch(new RegExp(`(^| )${reference.replace('.', '\\.')} `));
    }
    expect(text).toMatch(/NI 117 16 to 18 year olds .* from [\d.]+ \(2007-08\) to [\d.]+ by 31 March 2010/);
    const parts = docxParts(inspectoratePlan);
    for (const table of all(parts['word/document.xml'], /<w:tbl>(.*?)<\/w:tbl>/g)) {
      expect(all(table, /<w:tr>(.*?)<\/w:tr>/g)[0]).toContain('<w:tblHeader/>');
    }
    expect(parts['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
  });

  it('says that a paper printed before Word versions were kept has none, and offers only its PDF', async () => {
    const { paper } = cabinet;
    // A paper as stored before this version: its PDF only.
    await asOwner(sut, 'UPDATE board_paper SET docx = NULL, docx_sha256 = NULL WHERE id = $1', [paper.id]);
    const missing = await sut.http().get(`/api/v1/papers/${paper.id}/docx`).set('Authorization', clerk).expect(404);
    expect(missing.body.message).toBe(
      'This paper was printed before papers were kept in Word as well, so it has no Word version. Print it again as a correction to have one.',
    );
    const record = await sut.http().get(`/api/v1/papers/${paper.id}`).set('Authorization', clerk).expect(200);
    expect(record.body).toMatchObject({ docxSha256: null, docxHref: null });
    await get(paper.href).expect(200).expect('Content-Type', 'application/pdf');
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.clerk);
    const page = await agent.get(`/plans/${planId}/papers`).expect(200);
    expect(page.text).toContain(`href="/plans/${planId}/papers/${paper.id}/pdf"`);
    expect(page.text).not.toContain(`href="/plans/${planId}/papers/${paper.id}/docx"`);
  });
});
