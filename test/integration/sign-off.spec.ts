/**
 * Sign-off of a reporting period's updates before a board paper, through HTTP on the Halton
 * example: theme leads confirm or return updates of their own themes only, a signed-off update is
 * locked and a later one is a correction with its reason, and the paper's front sheet names the
 * themes not yet signed off.
 */
import ExcelJS from 'exceljs';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { londonToday } from '../../src/domain/periods';
import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { ImprovementPlanEntity } from '../../src/plans/improvement-plan.entity';
import { StatusService } from '../../src/rag/status.service';
import { boardPaperDocx } from '../../src/reports/docx/board-paper-docx';
import { paperHtml } from '../../src/reports/paper-html';
import { periodDueOn } from '../../src/rag/rules';
import { ReportBuilder } from '../../src/reports/report-builder';
import { blankPaperInputs } from '../../src/reports/report-model';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { docxParts } from '../support/office-documents';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const PERIOD = '2009-10 Q2';
const HELEN = ROLE_EMAILS.owner; // theme lead for safeguarding and looked-after children
const JOANNE = 'joanne.whitfield@halton.example'; // theme lead for health

function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe(`sign-off of a period's updates (${databaseMode} database)`, () => {
  let sut: TestApp;
  let planId: string;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const bearer = async (email: string) => `Bearer ${(tokens[email] ??= await tokenFor(sut, email))}`;
  const base = () => `/api/v1/plans/${planId}/sign-off`;
  const status = async () =>
    (
      await sut
        .http()
        .get(base())
        .query({ period: PERIOD })
        .set('Authorization', await bearer(ROLE_EMAILS.clerk))
    ).body as {
      complete: boolean;
      themes: {
        theme: string;
        state: string;
        signedBy: string | null;
        actions: { reference: string; update: { id: string } | null }[];
      }[];
    };
  const latestUpdateOf = async (reference: string) =>
    (
      await sut
        .http()
        .get(`/api/v1/actions/${ids[reference]}/updates`)
        .set('Authorization', await bearer(ROLE_EMAILS.clerk))
        .expect(200)
    ).body[0] as { id: string; period: string; correctsUpdateId: string | null; correctionReason: string | null };
  const paperModel = async () => {
    const plan = await sut.dataSource.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: planId });
    const manager = sut.dataSource.manager;
    const { status: planStatus, thresholds } = await sut.app
      .get(StatusService)
      .planStatus({ authorityId: plan.authorityId }, plan.id, '2009-10-20', manager);
    const paper = {
      ...blankPaperInputs('Progress on the improvement plan', '2009-10-29'),
      committee: 'Executive Board',
    };
    return sut.app
      .get(ReportBuilder)
      .build(manager, plan.authorityId, plan, paper, '2009-10-20', planStatus, thresholds);
  };

  beforeAll(async () => {
    sut = await startTestApp('sign_off', { exampleData: 'halton' });
    const clerk = await bearer(ROLE_EMAILS.clerk);
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const plan = (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200)).body;
    ids = Object.fromEntries(
      plan.actions.map((action: { reference: string; id: string }) => [action.reference, action.id]),
    );
  });
  afterAll(() => sut.close());

  it('shows the clerk every theme waiting, and not an owner', async () => {
    const before = await status();
    expect(before.complete).toBe(false);
    expect(before.themes.map((theme) => theme.theme)).toEqual(
      expect.arrayContaining(['health', 'looked_after_children', 'safeguarding']),
    );
    expect(before.themes.every((theme) => theme.state === 'waiting')).toBe(true);
    await sut
      .http()
      .get(base())
      .query({ period: PERIOD })
      .set('Authorization', await bearer(HELEN))
      .expect(403);
  });

  it('prints "Data not yet signed off for" on both house styles and the Word paper before sign-off', async () => {
    const model = await paperModel();
    expect(model.signOff?.period).toBe(PERIOD);
    for (const houseStyle of ['executive-board', 'cabinet'] as const) {
      const html = words(paperHtml({ ...model, paper: { ...model.paper, houseStyle } }));
      expect(html).toMatch(/Data not yet signed off for: [^.]*Health[^.]*Looked after children[^.]*Safeguarding/);
    }
    const document = words(
      docxParts(await boardPaperDocx(model, new Date('2026-12-01T10:00:00Z')))['word/document.xml'],
    );
    expect(document).toContain('Data not yet signed off for: ');
    expect(document).toContain('Safeguarding');
  });

  it("refuses a theme lead signing off or returning another theme's updates, with 403", async () => {
    const refused = await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD, theme: 'health' })
      .expect(403);
    expect(refused.body.message).toBe(
      'Only Joanne Whitfield, the theme lead for Health, may sign off or return its updates.',
    );
    const o3 = await latestUpdateOf('O3');
    await sut
      .http()
      .post(`${base()}/returns`)
      .set('Authorization', await bearer(JOANNE))
      .send({ updateId: o3.id, comment: 'Not mine to return' })
      .expect(403);
    await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(ROLE_EMAILS.scrutiny))
      .send({ period: PERIOD, theme: 'health' })
      .expect(403);
  });

  it('refuses a sign-off with a field missing or unknown, with 400', async () => {
    await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD })
      .expect(400);
    await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD, theme: 'safeguarding', signedBy: 'someone else' })
      .expect(400);
    const notATheme = await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD, theme: 'be_healthy' })
      .expect(400);
    expect(notATheme.body.message).toContain("is not a theme of this plan's actions for 2009-10 Q2");
  });

  it('returns an update to its owner with a comment the owner sees, and holds the sign-off until a new update', async () => {
    const o3 = await latestUpdateOf('O3');
    const agent = sut.browser();
    await signInThroughPage(agent, HELEN);
    const page = await agent.get(`/plans/${planId}/sign-off`).query({ period: PERIOD }).expect(200);
    expect(page.text).toContain('Looked after children');
    expect(page.text).not.toContain('id="theme-health"');
    expect(page.text).toContain('Confirm these updates');
    expect(page.text).toMatch(/app-rag--(green|amber|red)">\s*(Green|Amber|Red)/);

    const empty = await agent
      .post(`/plans/${planId}/sign-off/returns`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), period: PERIOD, updateId: o3.id, comment: ' ' })
      .expect(400);
    expect(empty.text).toContain('govuk-error-summary');
    expect(empty.text).toContain(`<a href="#comment-${o3.id}">Enter what the owner should put right`);

    await agent
      .post(`/plans/${planId}/sign-off/returns`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        period: PERIOD,
        updateId: o3.id,
        comment: 'Give the number of care leavers in <b>work</b>.',
      })
      .expect(303)
      .expect('Location', /done=returned/);
    const events = await sut.dataSource
      .getRepository(AuditEventEntity)
      .countBy({ entity: 'update_return', operation: 'insert' } as never);
    expect(events).toBe(1);

    const actionPage = await agent.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    expect(actionPage.text).toContain('was returned by Helen Ashworth');
    expect(actionPage.text).toContain('Give the number of care leavers in &lt;b&gt;work&lt;/b&gt;.');
    const mine = await agent.get('/my-actions').expect(200);
    expect(mine.text).toContain('Updates returned to you');
    expect(mine.text).toContain(`O3, update for ${PERIOD}`);

    const held = await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD, theme: 'looked_after_children' })
      .expect(409);
    expect(held.body.message).toContain('action O3 is back with its owner');

    await sut
      .http()
      .post(`/api/v1/actions/${ids.O3}/updates`)
      .set('Authorization', await bearer(HELEN))
      .send({
        period: PERIOD,
        narrative: 'Twelve care leavers are in work or training.',
        percentComplete: 60,
        proposedRag: 'green',
      })
      .expect(201);
    const answered = await agent.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    expect(answered.text).not.toContain('was returned by Helen Ashworth');
  });

  it('signs off a theme through the page, audited, and refuses signing it off twice', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, HELEN);
    const page = await agent.get(`/plans/${planId}/sign-off`).query({ period: PERIOD }).expect(200);
    await agent
      .post(`/plans/${planId}/sign-off`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), period: PERIOD, theme: 'looked_after_children' })
      .expect(303);
    const events = await sut.dataSource
      .getRepository(AuditEventEntity)
      .countBy({ entity: 'period_sign_off', operation: 'insert' } as never);
    expect(events).toBe(1);
    const again = await agent
      .post(`/plans/${planId}/sign-off`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), period: PERIOD, theme: 'looked_after_children' })
      .expect(400);
    expect(again.text).toContain('govuk-error-summary');
    expect(again.text).toContain('Looked after children was already signed off for 2009-10 Q2 by Helen Ashworth');

    const clerk = sut.browser();
    await signInThroughPage(clerk, ROLE_EMAILS.clerk);
    const statusPage = await clerk.get(`/plans/${planId}/sign-off/status`).query({ period: PERIOD }).expect(200);
    expect(words(statusPage.text)).toMatch(/Looked after children Helen Ashworth .*Signed off by Helen Ashworth on/);
    expect(words(statusPage.text)).toMatch(/Health Joanne Whitfield .*Waiting/);
    const papers = await clerk.get(`/plans/${planId}/papers`).expect(200);
    expect(papers.text).toContain(`href="/plans/${planId}/sign-off/status"`);
  });

  it('refuses changing a signed-off update with 409, and keeps a correction with its reason', async () => {
    const signedOff = await latestUpdateOf('O3');
    const refused = await sut
      .http()
      .post(`/api/v1/actions/${ids.O3}/updates`)
      .set('Authorization', await bearer(HELEN))
      .send({ period: PERIOD, narrative: 'Quietly changed.', percentComplete: 70, proposedRag: 'green' })
      .expect(409);
    expect(refused.body.message).toMatch(
      /^The updates for 2009-10 Q2 on action O3 were signed off by Helen Ashworth on .+ and cannot be changed\. To correct one, post a correction and give its reason\.$/,
    );
    expect((await latestUpdateOf('O3')).id).toBe(signedOff.id);

    const agent = sut.browser();
    await signInThroughPage(agent, HELEN);
    const page = await agent.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      period: PERIOD,
      narrative: 'Eleven care leavers are in work or training, not twelve.',
      percentComplete: '60',
      proposedRag: 'green',
    };
    const noReason = await agent.post(`/plans/${planId}/actions/${ids.O3}/updates`).type('form').send(form).expect(409);
    expect(noReason.text).toContain(
      '<a href="#correctionReason">The updates for 2009-10 Q2 on action O3 were signed off',
    );
    await agent
      .post(`/plans/${planId}/actions/${ids.O3}/updates`)
      .type('form')
      .send({ ...form, correctionReason: 'One young person counted twice.' })
      .expect(303);

    const correction = await latestUpdateOf('O3');
    expect(correction).toMatchObject({
      correctsUpdateId: signedOff.id,
      correctionReason: 'One young person counted twice.',
    });
    const history = await agent.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    expect(words(history.text)).toContain('Corrects the update of');
    expect(words(history.text)).toContain('One young person counted twice.');

    await sut
      .http()
      .post(`${base()}/returns`)
      .set('Authorization', await bearer(HELEN))
      .send({ updateId: correction.id, comment: 'Too late to return' })
      .expect(409);
  });

  it('prints nothing about sign-off once every theme is signed off', async () => {
    for (const theme of (await status()).themes.filter((entry) => entry.state === 'waiting')) {
      const lead = HALTON_EXAMPLE.themeLeads.find((candidate) => candidate.theme === theme.theme);
      const email = lead?.userEmail ?? ROLE_EMAILS.clerk;
      await sut
        .http()
        .post(`${base()}/themes`)
        .set('Authorization', await bearer(email))
        .send({ period: PERIOD, theme: theme.theme })
        .expect(201);
    }
    expect((await status()).complete).toBe(true);
    const model = await paperModel();
    expect(model.signOff?.waiting).toEqual([]);
    for (const houseStyle of ['executive-board', 'cabinet'] as const) {
      expect(paperHtml({ ...model, paper: { ...model.paper, houseStyle } })).not.toContain('signed off');
    }
    const document = docxParts(await boardPaperDocx(model, new Date('2026-12-01T10:00:00Z')))['word/document.xml'];
    expect(document).not.toContain('signed off');
  });

  it('refuses in the update workbook a row whose period is signed off, pointing to the action page', async () => {
    const period = periodDueOn(londonToday(), 'quarterly').label;
    await sut
      .http()
      .post(`${base()}/themes`)
      .set('Authorization', await bearer(HELEN))
      .send({ period, theme: 'safeguarding' })
      .expect(201);
    const response = await sut
      .http()
      .get(`/api/v1/plans/${planId}/update-workbook`)
      .set('Authorization', await bearer(HELEN))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Actions')!;
    for (const reference of ['P2', 'P3']) {
      sheet.eachRow((row) => {
        if (row.getCell(1).value !== ids[reference]) return;
        row.getCell(11).value = `Written offline for ${reference}.`;
        row.getCell(12).value = 50;
      });
    }
    const preview = await sut
      .http()
      .post(`/api/v1/plans/${planId}/update-workbook`)
      .set('Authorization', await bearer(HELEN))
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'updates.xlsx')
      .expect(201);
    const rows = new Map(
      (preview.body.actions as { actionId: string; outcome: string; message: string }[]).map((row) => [
        row.actionId,
        row,
      ]),
    );
    expect(rows.get(ids.P2)).toMatchObject({
      outcome: 'invalid',
      message: `The updates for ${period} on action P2 have been signed off: post a correction, with its reason, on the action's page.`,
    });
    expect(rows.get(ids.P3)?.outcome).toBe('apply');
  });
});
