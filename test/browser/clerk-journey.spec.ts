/**
 * A committee clerk's journey through the pages, in real Chromium: import the Halton Joint Area
 * Review paper, check the draft beside the text it was read from, correct and confirm it, create
 * the plan from the breakdown's proposal, then print a board paper and download it. The PDF is
 * read back with poppler, as a clerk would check it before it goes on the agenda.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { launchBrowser, listen, screenshot, signedInPage } from '../support/web-browser';
import { DraftCorrectionPage, DraftReviewPage, ImportPage, PlanProposalPage } from './pages/import.page';
import { PapersPage } from './pages/papers.page';

const FIXTURE = join(__dirname, '..', 'fixtures', 'halton-jar-executive-board-2008.txt');

const GRADES = [
  ['Safeguarding', 'Outstanding'],
  ['Children in Care', 'Good'],
  ['Learning Difficulties and Disabilities', 'Good'],
  ['Service Management', 'Good'],
  ['Capacity to Improve', 'Outstanding'],
  ['Health', 'Adequate'],
  ['Youth Support', 'Good'],
];

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clerk-paper-')), 'paper.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe(`a clerk imports an inspection and prints its paper through the pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  /** The example already holds this very paper, so the journey imports a re-issued copy of it. */
  let reissued: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    sut = await startTestApp('clerk-journey', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    page = await signedInPage(browser, baseUrl, ROLE_EMAILS.clerk);
    reissued = join(mkdtempSync(join(tmpdir(), 'clerk-journey-')), 'halton-jar-executive-board-2008-reissued.txt');
    writeFileSync(reissued, `${readFileSync(FIXTURE, 'utf8')}\nRe-issued for the Executive Board.\n`);
  });

  afterAll(async () => {
    await sut?.close();
    await browser?.close();
  });

  it('refuses the paper the example already imported, saying so beside the file field', async () => {
    const upload = new ImportPage(page, baseUrl);
    expect(await upload.open()).toBe(200);
    await upload.upload(FIXTURE);
    expect(await page.title()).toBe('Error: Import an inspection – Improvement Tracker');
    expect(await upload.fileError()).toContain('This report has already been imported for your authority.');
  });

  it('imports, checks, corrects and confirms the report, then creates the plan and prints its paper', async () => {
    const upload = new ImportPage(page, baseUrl);
    await upload.open();
    await upload.upload(reissued);
    expect(page.url()).toMatch(/\/import\/drafts\/[0-9a-f-]{36}$/);

    const review = new DraftReviewPage(page);
    expect(await review.judgements()).toEqual(GRADES.map(([area, grade]) => `${area}: ${grade}`));
    expect((await review.recommendations()).length).toBeGreaterThanOrEqual(5);
    // Every grade's line in the text is marked, and labelled where its item starts.
    expect((await review.markedLines('judgement')).length).toBeGreaterThanOrEqual(GRADES.length);
    expect((await review.markedLines('recommendation')).length).toBeGreaterThan(0);
    expect(await review.sourceLabels()).toContain('Judgement 1: Safeguarding');
    expect(await review.sideBySide()).toBe(true);
    await screenshot(page, 'import-review');

    await review.correct();
    const correction = new DraftCorrectionPage(page);
    await correction.setTitle('Joint Area Review: Halton (re-issued)');
    await correction.save();
    expect(await review.banner()).toContain('Your corrections have been saved.');
    expect(await page.$eval('.app-draft-details', (list) => list.textContent)).toContain(
      'Joint Area Review: Halton (re-issued)',
    );

    await review.confirm();
    expect(page.url()).toMatch(/\/import\/inspections\/[0-9a-f-]{36}\/plan$/);
    const proposal = new PlanProposalPage(page);
    await proposal.startOn('2008-10-01');
    const actions = await proposal.actions();
    expect(actions.length).toBeGreaterThanOrEqual(5);
    // Halton's compound health recommendation is split, each part with the reason and its indicator.
    const breastfeeding = actions.findIndex((heading) => /breastfeeding/i.test(heading));
    expect(breastfeeding).toBeGreaterThanOrEqual(0);
    expect((await proposal.reasons(breastfeeding)).join(' ')).toMatch(/breastfeeding.*NI 53/);
    expect(await proposal.indicators(breastfeeding)).toContain('NI 53');

    await proposal.setOwner(0, 'Helen Ashworth');
    await proposal.setDueDate(0, '2009-06-30');
    await proposal.create('HALTON-JAR-2008-R');
    expect(page.url()).toMatch(/\/plans\/[0-9a-f-]{36}\/papers\?created=1$/);

    const papers = new PapersPage(page, baseUrl);
    expect(await papers.banner()).toContain('The improvement plan HALTON-JAR-2008-R has been created.');
    expect(await papers.history()).toEqual([]);
    await papers.print({
      committee: 'Executive Board',
      meetingDate: '2009-01-15',
      agendaItem: '7',
      reportingOfficer: 'Strategic Director – Children & Young People',
      subject: 'Joint Area Review: the improvement plan',
      asOf: '2008-12-31',
      recommendations: 'the report be noted\nthe improvement plan be endorsed',
      financial: 'The actions are met from existing budgets.',
    });
    expect(await papers.banner()).toContain('The board paper for Executive Board on 15 January 2009 has been printed.');
    const [paper] = await papers.history();
    expect(paper).toMatchObject({
      meeting: 'Executive Board, 15 January 2009, item 7',
      subject: 'Joint Area Review: the improvement plan',
      status: 'Public',
    });

    const pdf = await papers.download(paper.href);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    for (const [area, grade] of GRADES) expect(text).toContain(`${area} ${grade}`);
    expect(text).toContain('The actions are met from existing budgets.');
    expect(text).toContain('15 January 2009');
  });
});
