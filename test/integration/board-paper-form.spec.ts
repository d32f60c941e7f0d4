/**
 * The board paper's front sheet through the papers page, as a browser without JavaScript uses it:
 * the form asks for the front sheet and starts from the committee's last answers, a paper is
 * corrected by a new one that names it, the list says who printed each, and a paper prints no
 * empty line or placeholder.
 */
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { UserEntity } from '../../src/users/user.entity';
import { ImprovementPlanEntity } from '../../src/plans/improvement-plan.entity';
import { StatusService } from '../../src/rag/status.service';
import { BoardPaperEntity } from '../../src/reports/board-paper.entity';
import { boardPaperDocx } from '../../src/reports/docx/board-paper-docx';
import { paperHtml } from '../../src/reports/paper-html';
import { PapersService } from '../../src/reports/papers.service';
import { ReportBuilder } from '../../src/reports/report-builder';
import { blankPaperInputs, type PaperInputs } from '../../src/reports/report-model';
import { ROLE_EMAILS } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { docxParts } from '../support/office-documents';
import { untilPrinted } from '../support/paper-jobs';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const inputValue = (html: string, id: string) =>
  new RegExp(`<input[^>]* id="${id}"[^>]* value="([^"]*)"`).exec(html)?.[1] ??
  (new RegExp(`<input[^>]* id="${id}"`).test(html) ? '' : undefined);
const textareaValue = (html: string, id: string) =>
  new RegExp(`<textarea[^>]* id="${id}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1]?.trim();
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe(`board paper front sheet and corrections (${databaseMode} database)`, () => {
  let sut: TestApp;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('board_paper_form', { exampleData: 'halton' });
    planId = (
      await sut.dataSource.getRepository(ImprovementPlanEntity).findOneByOrFail({ reference: 'HALTON-JAR-2008' })
    ).id;
  });
  afterAll(() => sut.close());

  const signedInClerk = async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.clerk);
    return agent;
  };

  const frontSheet = {
    committee: 'Executive Board',
    'meetingDate-day': '29',
    'meetingDate-month': '10',
    'meetingDate-year': '2009',
    agendaItem: '7',
    reportingOfficer: 'Strategic Director – Children & Young People',
    subject: 'Joint Area Review: progress',
    portfolioHolder: 'Councillor Ann Gerrard, Children and Young People',
    contactOfficer: 'Nicola Goodwin, 0151 471 7390',
    keyDecision: 'yes',
    wards: 'All wards',
    backgroundPapers: 'Joint Area Review of Halton, 2008\nImprovement plan, March 2009',
    'asOf-day': '20',
    'asOf-month': '10',
    'asOf-year': '2009',
    status: 'public',
    recommendations: 'the report be noted',
  };

  it('asks for the front sheet, remembers the answers per committee, corrects a paper and says who printed each', async () => {
    const clerk = await signedInClerk();
    const first = await clerk.get(`/plans/${planId}/papers`).expect(200);
    for (const id of ['portfolioHolder', 'contactOfficer', 'wards']) expect(inputValue(first.text, id)).toBe('');
    expect(first.text).toMatch(/<input[^>]* id="keyDecision-2"[^>]* value="no" checked/);

    // A key decision must be yes or no; nothing is printed.
    const refused = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({ _csrf: csrfFrom(first.text), ...frontSheet, keyDecision: 'perhaps' })
      .expect(400);
    expect(refused.text).toContain('href="#keyDecision"');
    expect(refused.text).toContain('Choose whether the paper is a key decision');
    expect(await sut.dataSource.getRepository(BoardPaperEntity).countBy({ planId })).toBe(0);

    // Printing is queued: the form leads to a page that follows the paper until it is stored.
    const queued = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({ _csrf: csrfFrom(first.text), ...frontSheet })
      .expect(303);
    expect(queued.headers.location).toMatch(new RegExp(`^/plans/${planId}/papers/printing/[0-9a-f-]{36}$`));
    const printing = await clerk.get(queued.headers.location).expect(200);
    expect(printing.text).toMatch(/<p class="govuk-body-l" id="paper-status" role="status">/);
    expect(printing.text).toMatch(/Waiting to be printed|Drawing the charts|Printing the PDF|printed and stored/);
    await untilPrinted(clerk, queued.headers.location);
    const printed = await clerk.get(queued.headers.location).expect(200);
    expect(printed.text).not.toContain('http-equiv="refresh"');
    expect(words(printed.text)).toContain('The paper has been printed and stored.');
    const original = await sut.dataSource.getRepository(BoardPaperEntity).findOneByOrFail({ planId });
    expect(original.inputs).toMatchObject({
      portfolioHolder: frontSheet.portfolioHolder,
      contactOfficer: frontSheet.contactOfficer,
      keyDecision: true,
      wards: 'All wards',
      backgroundPapers: ['Joint Area Review of Halton, 2008', 'Improvement plan, March 2009'],
      agendaItem: '7',
      replacesPaperOf: null,
    });

    // The next paper for the same committee starts with its answers; the meeting's own details do not carry over.
    const next = await clerk.get(`/plans/${planId}/papers`).expect(200);
    expect(inputValue(next.text, 'committee')).toBe('Executive Board');
    expect(inputValue(next.text, 'portfolioHolder')).toBe(frontSheet.portfolioHolder);
    expect(inputValue(next.text, 'contactOfficer')).toBe(frontSheet.contactOfficer);
    expect(inputValue(next.text, 'wards')).toBe('All wards');
    expect(next.text).toMatch(/<input[^>]* id="keyDecision"[^>]* value="yes" checked/);
    expect(textareaValue(next.text, 'backgroundPapers')).toBe(
      'Joint Area Review of Halton, 2008\nImprovement plan, March 2009',
    );
    expect(inputValue(next.text, 'agendaItem')).toBe('');
    expect(inputValue(next.text, 'meetingDate-day')).toBe('');
    // Another committee has its own answers: none yet.
    const cabinet = await clerk.get(`/plans/${planId}/papers?committee=Cabinet`).expect(200);
    expect(inputValue(cabinet.text, 'committee')).toBe('Cabinet');
    expect(inputValue(cabinet.text, 'portfolioHolder')).toBe('');
    expect(inputValue(cabinet.text, 'wards')).toBe('');

    // The list says who printed the paper.
    const clerkName = (await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ email: ROLE_EMAILS.clerk }))
      .displayName;
    expect(words(next.text)).toContain(`by ${clerkName}`);

    // A corrected version starts from every answer of the paper it corrects.
    expect(next.text).toContain(`href="/plans/${planId}/papers?corrects=${original.id}#print-heading"`);
    const correcting = await clerk.get(`/plans/${planId}/papers?corrects=${original.id}`).expect(200);
    expect(correcting.text).toContain('Print a corrected version');
    expect(correcting.text).toContain(`name="replacesId" value="${original.id}"`);
    expect(inputValue(correcting.text, 'agendaItem')).toBe('7');
    expect(inputValue(correcting.text, 'meetingDate-day')).toBe('29');
    const correcting303 = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({
        _csrf: csrfFrom(correcting.text),
        ...frontSheet,
        replacesId: original.id,
        recommendations: 'the report be noted\nthe corrected figures be noted',
      })
      .expect(303);
    await untilPrinted(clerk, correcting303.headers.location);
    const correction = await sut.dataSource
      .getRepository(BoardPaperEntity)
      .findOneByOrFail({ replacesId: original.id });
    expect(correction.generatedById).not.toBeNull();
    expect(typeof correction.inputs.replacesPaperOf).toBe('string');
    const audited = await sut.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ entityId: correction.id, operation: 'insert' });
    expect(audited).toHaveLength(1);

    const listed = words((await clerk.get(`/plans/${planId}/papers`).expect(200)).text);
    expect(listed).toMatch(/Replaced Replaced by the corrected paper printed \d{1,2} \w+ \d{4}/);
    expect(listed).toMatch(/Replaces the paper printed \d{1,2} \w+ \d{4}/);

    // A paper already replaced is not corrected again: the newest version is.
    const again = await clerk.get(`/plans/${planId}/papers`).expect(200);
    expect(again.text).not.toContain(`corrects=${original.id}`);
    const twice = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({ _csrf: csrfFrom(again.text), ...frontSheet, replacesId: original.id })
      .expect(400);
    expect(twice.text).toContain('already been replaced by a corrected version');
    expect(await sut.dataSource.getRepository(BoardPaperEntity).countBy({ planId })).toBe(2);

    // Two clerks correcting the same paper at once: one correction is printed, the other refused.
    const plan = await sut.dataSource.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: planId });
    const caller = { authorityId: plan.authorityId, userId: null };
    const request = {
      committee: 'Executive Board',
      meetingDate: '2009-10-29',
      reportingOfficer: 'Gerald Meehan',
      subject: 'Joint Area Review: progress',
      asOf: '2009-10-20',
      replacesId: correction.id,
    };
    const outcomes = await Promise.allSettled([
      sut.app.get(PapersService).create(caller, planId, request),
      sut.app.get(PapersService).create(caller, planId, request),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await sut.dataSource.getRepository(BoardPaperEntity).countBy({ replacesId: correction.id })).toBe(1);
  });

  const model = async (inputs: Partial<PaperInputs>, houseStyle: 'executive-board' | 'cabinet') => {
    const plan = await sut.dataSource.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: planId });
    const manager = sut.dataSource.manager;
    const { status, thresholds } = await sut.app
      .get(StatusService)
      .planStatus({ authorityId: plan.authorityId }, plan.id, '2009-10-20', manager);
    const paper: PaperInputs = {
      ...blankPaperInputs('Progress on the improvement plan', '2009-10-29'),
      committee: 'Executive Board',
      reportingOfficer: 'Gerald Meehan',
      houseStyle,
      ...inputs,
    };
    return sut.app.get(ReportBuilder).build(manager, plan.authorityId, plan, paper, '2009-10-20', status, thresholds);
  };

  it.each(['executive-board', 'cabinet'] as const)(
    'prints no empty line, heading or placeholder on a %s paper with only what is required',
    async (houseStyle) => {
      const bare = await model({}, houseStyle);
      const html = paperHtml(bare).replace(/data:[^"]+/g, '');
      // "Not recorded" stays where a table reports a council's grade the national data lacks; the
      // clerk's answers have no placeholder.
      expect(html.match(/.{0,80}(Not named|Not given|undefined|null).{0,40}/g)).toBeNull();
      expect(html).not.toMatch(/<td>\s*<\/td>/);
      expect(html).not.toMatch(/<(h[1-6])[^>]*>[^<]*<\/\1>\s*<\/section>/);
      expect(html).not.toMatch(
        /Portfolio|PORTFOLIO|Wards|WARDS|BACKGROUND PAPERS|Background papers|AGENDA ITEM|Agenda item/,
      );
      expect(html).not.toContain('This paper replaces');
      const document = words(
        docxParts(await boardPaperDocx(bare, new Date('2026-12-01T10:00:00Z')))['word/document.xml'],
      );
      expect(document).not.toMatch(/Not named|undefined|null/);
      expect(document).not.toMatch(/Portfolio|PORTFOLIO|Wards|WARDS|BACKGROUND PAPERS|Background papers/);

      const full = await model(
        {
          portfolioHolder: 'Councillor Ann Gerrard',
          contactOfficer: 'Nicola Goodwin',
          keyDecision: true,
          wards: 'All wards',
          backgroundPapers: ['Joint Area Review of Halton, 2008'],
          agendaItem: '7',
          replacesPaperOf: '2009-10-21',
        },
        houseStyle,
      );
      for (const text of [
        words(paperHtml(full)),
        words(docxParts(await boardPaperDocx(full, new Date('2026-12-01T10:00:00Z')))['word/document.xml']),
      ]) {
        expect(text).toContain('Councillor Ann Gerrard');
        expect(text).toContain('Nicola Goodwin');
        expect(text).toMatch(/Key Decision: Yes|KEY DECISION: Yes/);
        expect(text).toMatch(/Wards affected: All wards|WARDS AFFECTED: All wards/);
        expect(text).toContain('Joint Area Review of Halton, 2008');
        expect(text).toContain('This paper replaces the paper of 21 October 2009.');
      }
    },
  );
});
