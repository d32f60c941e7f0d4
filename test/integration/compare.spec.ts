/**
 * "How we compare" for the Halton example, read from the shipped national outcomes: the API and
 * the page for every reader, and the clerk's refresh of the national outcomes from a newer file,
 * refused whole with a sentence when a column is missing or a grade is not a known word, audited,
 * shared through the database and kept across a restart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NationalPictureService } from '../../src/benchmarking/national-picture.service';
import { SHIPPED_DATASET } from '../../src/benchmarking/shipped-dataset';
import { runWithContext } from '../../src/common/request-context';
import { DomainError } from '../../src/common/domain-error';
import ExcelJS from 'exceljs';
import { ImprovementPlanEntity } from '../../src/plans/improvement-plan.entity';
import { StatusService } from '../../src/rag/status.service';
import { boardPaperDocx } from '../../src/reports/docx/board-paper-docx';
import { paperHtml } from '../../src/reports/paper-html';
import { ReportBuilder } from '../../src/reports/report-builder';
import { blankPaperInputs } from '../../src/reports/report-model';
import { ROLE_EMAILS, loadOtherton, tokenFor } from '../support/auth';
import { docxParts } from '../support/office-documents';
import { signInThroughPage } from '../support/browser-session';
import { type TestApp, type TestDatabase, createTestDatabase, databaseMode, startTestApp } from '../support/test-app';

const SHIPPED_OUTCOMES = readFileSync(
  join(__dirname, '..', '..', SHIPPED_DATASET.folder, SHIPPED_DATASET.outcomes.file),
  'utf8',
);
/** Halton's inspection of July 2024 as a newer file would give it had it been judged good throughout, a year on. */
const HALTON_2025 =
  "80471,halton,https://files.ofsted.gov.uk/v1/file/1,children's services inspection - 01 august 2025.pdf,01/08/25,standard,A Inspector,09/06/2025,20/06/2025,good,good,good,good,good,1";

describe(`how we compare (${databaseMode} database)`, () => {
  let database: TestDatabase;
  let sut: TestApp;
  let scrutiny: string;

  beforeAll(async () => {
    database = await createTestDatabase('compare');
    sut = await startTestApp('compare', { exampleData: 'halton' }, database);
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
  });
  afterAll(() => sut.close());

  const importRows = async () =>
    Number((await sut.dataSource.query('SELECT count(*)::int AS n FROM national_outcomes_import'))[0].n);
  const importAs = (text: string, fileName: string, asAt?: string) =>
    runWithContext({ requestId: null, caller: null, systemActor: 'system: test' }, () =>
      sut.app.get(NationalPictureService).importOutcomes(Buffer.from(text), fileName, asAt),
    );
  const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it("gives Halton's latest judgements beside its ten statistical neighbours', with the source and as-at month", async () => {
    const { body } = await sut.http().get('/api/v1/compare').set('Authorization', scrutiny).expect(200);
    expect(body.dataset).toMatchObject({
      version: 'shipped',
      inspections: 497,
      source: { asAt: '2026-11', asAtText: 'November 2026', licence: { name: 'Open Government Licence v3.0' } },
      refresh: null,
    });
    expect(body.council.council).toMatchObject({ onsCode: 'E06000006', name: 'Halton', region: 'North West' });
    expect(body.council.latest).toMatchObject({
      publishedOn: '2024-07-12',
      judgements: {
        overall_effectiveness: 'inadequate',
        leadership: 'inadequate',
        help_and_protection: 'inadequate',
        children_in_care: 'inadequate',
        care_leavers: 'inadequate',
      },
    });
    // From April 2020 (requires improvement) to July 2024 (inadequate): 4 years and 2 months.
    expect(body.council.changeSincePrevious).toMatchObject({
      fromPublishedOn: '2020-04-15',
      toPublishedOn: '2024-07-12',
      basis: 'overall_effectiveness',
      direction: 'declined',
      interval: { months: 50 },
    });
    expect(body.history.map((entry: { inspection: { publishedOn: string } }) => entry.inspection.publishedOn)).toEqual([
      '2024-07-12',
      '2020-04-15',
      '2015-02-03',
    ]);
    expect(body.neighbours).toHaveLength(10);
    expect(body.neighbours[0]).toMatchObject({ rank: 1, council: { onsCode: 'E08000013', name: 'St. Helens' } });
    const moved = Object.values(body.neighbourMovement as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(moved).toBe(10);
    expect(body.region.area).toBe('North West');
    expect(body.england.area).toBe('England');
    const overall = body.england.judgements[0];
    expect(overall.key).toBe('overall_effectiveness');
    expect(overall.graded).toBe(
      overall.counts.outstanding +
        overall.counts.good +
        overall.counts.requires_improvement +
        overall.counts.inadequate,
    );
  });

  it('shows every reader the page, linked from the navigation: tables, a chart with its text alternative, the source credited', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.scrutiny);
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('href="/compare"');
    const page = await agent.get('/compare').expect(200);
    expect(page.text).toContain('<h1 class="govuk-heading-l">How we compare</h1>');
    expect(page.text).toContain('Figures as at November 2026');
    expect(page.text).toContain('https://github.com/JT-39/ofsted-ilacs-scrape-tool');
    expect(page.text).toContain('Open Government Licence v3.0');
    const neighbours = page.text.slice(
      page.text.indexOf('id="neighbours-table"'),
      page.text.indexOf('</table>', page.text.indexOf('id="neighbours-table"')),
    );
    expect(neighbours).toContain('Halton (us)');
    expect(neighbours).toContain('12 July 2024');
    expect(neighbours).toContain('Inadequate');
    expect(neighbours).toContain('Declined, in 4 years and 2 months');
    expect(neighbours).toContain('1. St. Helens');
    expect(page.text).toMatch(
      /<img class="app-chart" src="data:image\/png;base64,[^"]+" alt="Stacked bar chart of the share of councils at each grade[^"]*Overall effectiveness, North West/,
    );
    expect(page.text).toContain('id="distribution-table"');
    expect(page.text).toContain('id="history-table"');
    expect(page.text).toContain('Not judged (before this judgement existed)');
  });

  const haltonModel = async (houseStyle: 'executive-board' | 'cabinet') => {
    const plan = await sut.dataSource
      .getRepository(ImprovementPlanEntity)
      .findOneByOrFail({ reference: 'HALTON-JAR-2008' });
    const manager = sut.dataSource.manager;
    const { status, thresholds } = await sut.app
      .get(StatusService)
      .planStatus({ authorityId: plan.authorityId }, plan.id, '2009-10-20', manager);
    const paper = {
      ...blankPaperInputs('Progress on the improvement plan', '2009-10-29'),
      committee: 'Executive Board',
      houseStyle,
    };
    return sut.app
      .get(ReportBuilder)
      .build(manager, plan.authorityId, plan, paper, '2009-10-20', status, thresholds, 'summary');
  };
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/\s+/g, ' ');

  it.each([
    ['executive-board', /7\.0<\/span> HOW WE COMPARE<\/h2>/, /APPENDIX: THE IMPROVEMENT PLAN/],
    ['cabinet', /<h3>2\.5 How we compare<\/h3>/, /Section 3/],
  ] as const)(
    'puts "How we compare" in the %s board paper: the same tables, the chart with its text alternative, the source',
    async (houseStyle, heading, after) => {
      const html = paperHtml(await haltonModel(houseStyle));
      expect(html).toMatch(heading);
      const start = html.search(heading);
      const section = html.slice(start, start + html.slice(start).search(after));
      const words = text(section);
      expect(words).toContain(
        "Halton's latest inspection was published on 12 July 2024 (overall effectiveness: inadequate); since the inspection before: declined, in 4 years and 2 months.",
      );
      expect(words).toMatch(/At their latest inspection, \d+ of its 10 statistical neighbours improved/);
      expect(words).toContain(
        'St. Helens improved in 3 years and 10 months, from its inspection of 4 November 2019 to that of 4 September 2023',
      );
      expect(words).toContain('Latest judgements: Halton and its statistical neighbours');
      expect(words).toContain(
        'Halton (us) 12 July 2024 Inadequate Inadequate Inadequate Inadequate Inadequate Declined, in 4 years and 2 months',
      );
      expect(words).toContain(
        '1. St. Helens 4 September 2023 Good Good Good Requires improvement Good Improved, in 3 years and 10 months',
      );
      expect(words).toContain('Councils at each grade at their latest inspection, in North West and England');
      expect(words).toContain("Halton's published inspections, newest first");
      expect(section).toMatch(
        /<img src="data:image\/png;base64,[^"]+" alt="Stacked bar chart of the share of councils at each grade[^"]+">/,
      );
      expect(words).toContain('Grades at the latest inspection in North West and England');
      expect(words).toContain('as at November 2026, gathered from Ofsted');
      expect(words).toContain('Contains public sector information licensed under the Open Government Licence v3.0.');
    },
  );

  it('puts the same section in the Word paper, in both house styles', async () => {
    for (const houseStyle of ['executive-board', 'cabinet'] as const) {
      const model = await haltonModel(houseStyle);
      const document = docxParts(await boardPaperDocx(model, new Date('2026-12-01T10:00:00Z')))['word/document.xml'];
      const words = text(document);
      expect(words).toContain(houseStyle === 'executive-board' ? 'HOW WE COMPARE' : 'How we compare');
      expect(words).toContain("Halton's latest inspection was published on 12 July 2024");
      expect(words).toContain('1. St. Helens');
      expect(words).toContain('Open Government Licence v3.0');
      expect(document).toMatch(/descr="Stacked bar chart of the share of councils at each grade/);
    }
  });

  it('adds a "How we compare" sheet to the committee workbook, with the chart and its text alternative', async () => {
    const clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    const planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const response = await sut
      .http()
      .get(`/api/v1/plans/${planId}/workbook?asOf=2009-10-20`)
      .set('Authorization', clerk)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('How we compare');
    const sheet = workbook.getWorksheet('How we compare')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (first: string) => rows.find((row) => row[0] === first);
    expect(rows[0][0]).toBe('How we compare: Halton');
    expect(String(rows[1][0])).toMatch(/^Halton's latest inspection was published on 12 July 2024/);
    const us = find('Halton (us)')!;
    expect((us[1] as Date).toISOString().slice(0, 10)).toBe('2024-07-12');
    expect(us.slice(2)).toEqual([
      'Inadequate',
      'Inadequate',
      'Inadequate',
      'Inadequate',
      'Inadequate',
      'Declined, in 4 years and 2 months',
    ]);
    expect(find('1. St. Helens')).toBeDefined();
    expect(find('10. Sefton')).toBeDefined();
    const england = rows.find(
      (row) => row[0] === 'Overall effectiveness' && row[1] === 'England' && Number.isInteger(row[2]),
    )!;
    const api = (await sut.http().get('/api/v1/compare').set('Authorization', scrutiny).expect(200)).body;
    const overall = api.england.judgements[0];
    expect(england.slice(2)).toEqual([
      overall.counts.outstanding,
      overall.counts.good,
      overall.counts.requires_improvement,
      overall.counts.inadequate,
      overall.graded,
    ]);
    expect(rows.some((row) => String(row[0]).startsWith('The chart beside this table: Stacked bar chart'))).toBe(true);
    expect(rows.some((row) => String(row[0]).includes('Open Government Licence v3.0'))).toBe(true);
    expect(sheet.getImages()).toHaveLength(1);
  });

  it('says so, instead of comparing, for an authority no council in the national data matches', async () => {
    await loadOtherton(sut);
    const other = `Bearer ${await tokenFor(sut, 'scrutiny@otherton.example')}`;
    const { body } = await sut.http().get('/api/v1/compare').set('Authorization', other).expect(404);
    expect(body.message).toBe(
      'No English council in the national inspection outcomes is named "Otherton Borough Council" or has the ONS code E06099999, so there is nothing to compare with.',
    );
    const agent = sut.browser();
    await signInThroughPage(agent, 'scrutiny@otherton.example');
    const page = await agent.get('/compare').expect(200);
    expect(page.text).toContain('nothing to compare with');
    expect(page.text).toContain('Figures as at November 2026');
  });

  it('refuses an outcomes file with a missing column or an unknown grade, with a sentence, writing nothing', async () => {
    const [header, ...rows] = SHIPPED_OUTCOMES.split('\n');
    const withoutCareLeavers = [
      header.replace(',care_leavers_grade', ''),
      ...rows.map((row) => row.replace(/,[^,]*,(\d+)$/, ',$1')),
    ].join('\n');
    const missing = await refusal(importAs(withoutCareLeavers, 'outcomes-2026-12.csv', '2026-12'));
    expect(missing.code).toBe('unprocessable');
    expect(missing.message).toBe(
      'outcomes-2026-12.csv was not imported. The outcomes file has no column "care_leavers_grade"; its first line must name it.',
    );

    const badGrade = SHIPPED_OUTCOMES.replace(
      '12/07/24,standard,Lisa Summers,13/05/2024,24/05/2024,inadequate,',
      '12/07/24,standard,Lisa Summers,13/05/2024,24/05/2024,excellent,',
    );
    const unknown = await refusal(importAs(badGrade, 'outcomes-2026-12.csv', '2026-12'));
    expect(unknown.message).toMatch(
      /^outcomes-2026-12\.csv was not imported\. Line \d+ of the outcomes file, column "overall_effectiveness_grade", has "excellent", which is not a grade: the file may use outstanding, good, requires improvement, inadequate,/,
    );

    const older = await refusal(importAs(SHIPPED_OUTCOMES, 'outcomes-2026-10.csv', '2026-10'));
    expect(older.message).toBe(
      'The national outcomes in use are as at November 2026; a refresh must be as at that month or later, not 2026-10.',
    );
    expect(await importRows()).toBe(0);
    const { body } = await sut.http().get('/api/v1/compare').set('Authorization', scrutiny).expect(200);
    expect(body.dataset.version).toBe('shipped');
  });

  it('refreshes the national picture from a newer file, audited, used at once and kept across a restart', async () => {
    const dataset = await importAs(
      `${SHIPPED_OUTCOMES.trimEnd()}\n${HALTON_2025}\n`,
      'outcomes-2026-12.csv',
      '2026-12',
    );
    expect(dataset).toMatchObject({ inspections: 498, source: { asAt: '2026-12', asAtText: 'December 2026' } });
    expect(await importRows()).toBe(1);
    const [audit] = await sut.dataSource.query(
      `SELECT actor_label AS "actor", operation, after FROM audit_event WHERE entity = 'national_outcomes_import'`,
    );
    expect(audit).toMatchObject({
      actor: 'system: test',
      operation: 'insert',
      after: {
        asAt: '2026-12',
        fileName: 'outcomes-2026-12.csv',
        inspectionCount: 498,
        content: { bytes: expect.any(Number) },
      },
    });

    const check = async () => {
      const { body } = await sut.http().get('/api/v1/compare').set('Authorization', scrutiny).expect(200);
      expect(body.dataset).toMatchObject({ version: dataset.version, source: { asAtText: 'December 2026' } });
      expect(body.dataset.refresh).toMatchObject({ fileName: 'outcomes-2026-12.csv' });
      expect(body.council.latest).toMatchObject({
        publishedOn: '2025-08-01',
        judgements: { overall_effectiveness: 'good' },
      });
      expect(body.council.changeSincePrevious).toMatchObject({ direction: 'improved', interval: { months: 12 } });
    };
    await check();
    // An import is a record: the app's role may add one, never change or remove it.
    await expect(sut.dataSource.query(`UPDATE national_outcomes_import SET as_at = '2030-01'`)).rejects.toThrow(
      /permission denied for table national_outcomes_import/,
    );
    await expect(sut.dataSource.query('DELETE FROM national_outcomes_import')).rejects.toThrow(
      /permission denied for table national_outcomes_import/,
    );

    await sut.stop();
    sut = await startTestApp('compare', { exampleData: 'halton', exampleDataRequested: false }, database);
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    await check();
  });
});
