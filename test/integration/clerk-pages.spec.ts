/**
 * The clerk's and administrator's pages through HTTP, as a browser without JavaScript would use
 * them: forms refused with their errors on the page, and roles refused with the permission page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { untilPrinted } from '../support/paper-jobs';

const HALTON = readFileSync(join(__dirname, '../fixtures/halton-jar-executive-board-2008.txt'));

describe(`clerk pages (${databaseMode} database)`, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp('clerk_pages', { exampleData: 'halton' });
  });
  afterAll(() => sut.close());

  const signedIn = async (role: keyof typeof ROLE_EMAILS) => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS[role]);
    return agent;
  };

  it('refuses an upload with no file, and a report already imported, on the page itself', async () => {
    const clerk = await signedIn('clerk');
    const page = await clerk.get('/import').expect(200);
    const token = csrfFrom(page.text.replace(/action="\/import\?_csrf=([^"]+)"/, 'name="_csrf" value="$1"'));

    const empty = await clerk
      .post(`/import?_csrf=${encodeURIComponent(token)}`)
      .field('x', '1')
      .expect(400);
    expect(empty.text).toContain('There is a problem');
    expect(empty.text).toContain('href="#file"');
    expect(empty.text).toMatch(/<title>Error: Import an inspection/);

    const again = await clerk
      .post(`/import?_csrf=${encodeURIComponent(token)}`)
      .attach('file', HALTON, 'halton.txt')
      .expect(409);
    expect(again.text).toContain('This report has already been imported for your authority.');

    await clerk.post('/import').attach('file', HALTON, 'halton.txt').expect(403);
  });

  it('takes a report from upload to a plan, refusing wrong fields on the way', async () => {
    const clerk = await signedIn('clerk');
    const token = csrfFrom((await clerk.get('/account').expect(200)).text);
    const upload = await clerk
      .post(`/import?_csrf=${encodeURIComponent(token)}`)
      .attach('file', Buffer.concat([HALTON, Buffer.from('\nReissued.\n')]), 'halton-reissued.txt')
      .expect(303);
    const draftPath = upload.headers.location as string;
    expect(draftPath).toMatch(/^\/import\/drafts\/[0-9a-f-]{36}$/);

    const review = await clerk.get(draftPath).expect(200);
    expect(review.text).toContain('Safeguarding');
    expect(review.text).toContain('id="line-1"');
    expect(review.text).toContain('app-source__line--judgement');

    const correct = await clerk.get(`${draftPath}/correct`).expect(200);
    const wrongDate = await clerk
      .post(`${draftPath}/correct`)
      .type('form')
      .send({
        _csrf: csrfFrom(correct.text),
        version: '1',
        title: 'Joint Area Review: Halton',
        inspectorate: 'Ofsted',
        kind: 'JAR',
        'publishedOn-day': '31',
        'publishedOn-month': '2',
        'publishedOn-year': '2008',
        'judgements-0-label': 'Safeguarding',
        'judgements-0-gradePublished': 'Outstanding',
        'judgements-0-grade': 'outstanding',
        'judgements-0-scored': 'yes',
      })
      .expect(400);
    expect(wrongDate.text).toContain('href="#publishedOn-day"');
    expect(wrongDate.text).toContain('The publication date must be a real date');

    // Remove the second recommendation, add one the import missed, and leave the fourth blank.
    const fields = formFields(correct.text);
    const blank = await clerk
      .post(`${draftPath}/correct`)
      .type('form')
      .send({
        ...fields,
        'recommendations-1-remove': 'yes',
        'recommendations-3-text': '',
        'recommendations-new-text': 'Improve the timeliness of initial assessments.',
        'recommendations-new-kind': 'process',
      })
      .expect(400);
    expect(blank.text).toContain('href="#recommendations-3-text"');
    const corrected = await clerk
      .post(`${draftPath}/correct`)
      .type('form')
      .send({
        ...fields,
        'recommendations-1-remove': 'yes',
        'recommendations-new-text': 'Improve the timeliness of initial assessments.',
        'recommendations-new-kind': 'process',
      })
      .expect(303);
    expect(corrected.headers.location).toBe(`${draftPath}?saved=1`);
    const reviewed = await clerk.get(draftPath).expect(200);
    expect(reviewed.text).toContain('Improve the timeliness of initial assessments.');
    expect(reviewed.text).toContain('Recommendations (13)');

    const confirm = await clerk
      .post(`${draftPath}/confirm`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), version: '2' })
      .expect(303);
    const planPath = confirm.headers.location as string;
    expect(planPath).toMatch(/^\/import\/inspections\/[0-9a-f-]{36}\/plan$/);

    const proposal = await clerk.get(`${planPath}?startDate=2008-10-01`).expect(200);
    expect(proposal.text).toContain('Why these suggestions');
    expect(proposal.text).toContain('NI 53');

    const form = formFields(proposal.text);
    const taken = await clerk
      .post(planPath)
      .type('form')
      .send({ ...form, reference: 'HALTON-JAR-2008' })
      .expect(409);
    expect(taken.text).toContain('There is already a plan with the reference HALTON-JAR-2008.');
    expect(taken.text).toContain('href="#reference"');

    const created = await clerk
      .post(planPath)
      .type('form')
      .send({ ...form, reference: 'HALTON-JAR-2008-B' })
      .expect(303);
    expect(created.headers.location).toMatch(/^\/plans\/[0-9a-f-]{36}\/papers\?created=1$/);
  });

  it('reads a published PDF into a draft shown beside its text', async () => {
    const clerk = await signedIn('clerk');
    const token = csrfFrom((await clerk.get('/account').expect(200)).text);
    const pdf = readFileSync(join(__dirname, '../fixtures/inspections/haringey-2018-ilacs-inspection.pdf'));
    const upload = await clerk
      .post(`/import?_csrf=${encodeURIComponent(token)}`)
      .attach('file', pdf, 'haringey-2018-ilacs-inspection.pdf')
      .expect(303);
    const review = await clerk.get(upload.headers.location as string).expect(200);
    expect(review.text).toContain('Requires improvement');
    expect(review.text).toContain('<span id="item-layout">ILACS 2018–22</span>');
    expect(review.text).toContain('app-source__line--judgement');
    expect(review.text).toContain('The report names');
  });

  it('prints a board paper from the form without JavaScript, refusing a form with missing fields', async () => {
    const clerk = await signedIn('clerk');
    const plans = await clerk.get('/api/v1/plans').expect(200);
    const planId = (plans.body as { id: string; reference: string }[]).find(
      (plan) => plan.reference === 'HALTON-JAR-2008',
    )?.id;
    const admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    const [authority] = (await sut.http().get('/api/v1/authorities').set('Authorization', admin).expect(200)).body;
    await sut
      .http()
      .patch(`/api/v1/authorities/${authority.id}`)
      .set('Authorization', admin)
      .send({ committees: ['Executive Board Sub-Committee', 'Cabinet'], reportingOfficers: ['Gerald Meehan'] })
      .expect(200);
    const page = await clerk.get(`/plans/${planId}/papers`).expect(200);
    expect(page.text).toContain('Owners’ update workbook');
    // The plan's first paper starts with the council's usual committee and officer.
    expect(page.text).toMatch(/<input[^>]* id="committee"[^>]* value="Executive Board Sub-Committee"/);
    expect(page.text).toMatch(/<input[^>]* id="reportingOfficer"[^>]* value="Gerald Meehan"/);

    const refused = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), committee: '', status: 'exempt', recommendations: '' })
      .expect(400);
    for (const id of ['committee', 'meetingDate-day', 'reportingOfficer', 'subject', 'exemptParagraph']) {
      expect(refused.text).toContain(`href="#${id}"`);
    }

    const printed = await clerk
      .post(`/plans/${planId}/papers`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        committee: 'Executive Board',
        'meetingDate-day': '29',
        'meetingDate-month': '10',
        'meetingDate-year': '2009',
        reportingOfficer: 'Strategic Director – Children & Young People',
        subject: 'Joint Area Review: progress',
        'asOf-day': '20',
        'asOf-month': '10',
        'asOf-year': '2009',
        status: 'public',
        recommendations: 'the report be noted\nthe plan be endorsed',
      })
      .expect(303);
    // The paper is queued: the printing page links to its files once it is stored.
    await untilPrinted(clerk, printed.headers.location as string);
    const after = await clerk.get(printed.headers.location as string).expect(200);
    const pdfPath = /href="(\/plans\/[^"]+\/pdf)"/.exec(after.text)?.[1] as string;
    const pdf = await clerk
      .get(pdfPath)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const workbook = await clerk
      .get(`/plans/${planId}/papers/workbook?workbookAsOf-day=20&workbookAsOf-month=10&workbookAsOf-year=2009`)
      .expect(200);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    await clerk
      .get(`/plans/${planId}/papers/workbook?workbookAsOf-day=31&workbookAsOf-month=2&workbookAsOf-year=2009`)
      .expect(400);
  });

  it('filters the audit trail with a GET form and pages through it', async () => {
    const admin = await signedIn('admin');
    const page = await admin.get('/audit').expect(200);
    expect(page.text).toContain('Audit trail');
    expect(page.text).toContain('Older changes');

    const users = await admin.get('/api/v1/users').expect(200);
    const scrutinyId = (users.body as { id: string; email: string }[]).find(
      (user) => user.email === ROLE_EMAILS.scrutiny,
    )?.id;
    const older = /href="(\/audit\?before=\d+)"/.exec(page.text.replace(/&amp;/g, '&'))?.[1] as string;
    const second = await admin.get(older).expect(200);
    expect(second.text).toContain('Back to the newest changes');

    const inserts = await admin.get('/audit?entity=action&operation=insert').expect(200);
    expect(inserts.text).toContain('Added');
    const csv = /href="(\/api\/v1\/audit\/export\.csv[^"]*)"/.exec(inserts.text)?.[1] as string;
    const exported = await admin.get(csv.replace(/&amp;/g, '&')).expect(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(
      exported.text
        .split('\n')
        .slice(1, -1)
        .every((line) => line.includes(',action,')),
    ).toBe(true);
    expect(inserts.text).not.toMatch(/<td class="govuk-table__cell">Changed<\/td>/);
    // A scrutiny member changes nothing, so nothing is theirs.
    const byScrutiny = await admin.get(`/audit?user=${scrutinyId}&operation=update`).expect(200);
    expect(byScrutiny.text).toContain('No changes match these filters.');

    const wrong = await admin
      .get('/audit?from-day=2&from-month=1&from-year=2009&to-day=1&to-month=1&to-year=2009')
      .expect(400);
    expect(wrong.text).toContain('href="#to-day"');
    const notADate = await admin.get('/audit?from-day=31&from-month=2&from-year=2009').expect(400);
    expect(notADate.text).toContain('The start of the period must be a real date');

    const api = await admin.get('/api/v1/audit?operation=delete&entity=action').expect(200);
    expect(api.body.events).toEqual([]);
  });

  it('lets an administrator add, change and deactivate users, refusing what the API refuses', async () => {
    const admin = await signedIn('admin');
    const form = await admin.get('/admin/users/new').expect(200);
    const _csrf = csrfFrom(form.text);

    const blank = await admin.post('/admin/users').type('form').send({ _csrf, role: 'owner' }).expect(400);
    for (const id of ['displayName', 'email', 'password']) expect(blank.text).toContain(`href="#${id}"`);
    const weak = await admin
      .post('/admin/users')
      .type('form')
      .send({ _csrf, displayName: 'Sam Page', email: 'sam.page@halton.example', role: 'owner', password: 'password' })
      .expect(400);
    expect(weak.text).toContain('href="#password"');

    await admin
      .post('/admin/users')
      .type('form')
      .send({
        _csrf,
        displayName: 'Sam Page',
        email: 'sam.page@halton.example',
        role: 'owner',
        password: 'a long and unusual passphrase 42',
      })
      .expect(303)
      .expect('Location', '/admin/users?done=added');
    const list = await admin.get('/admin/users?done=added').expect(200);
    expect(list.text).toContain('Sam Page');
    const samId = /href="\/admin\/users\/([0-9a-f-]{36})">Sam Page/.exec(list.text)?.[1] as string;

    await admin
      .post(`/admin/users/${samId}`)
      .type('form')
      .send({ _csrf, displayName: 'Sam Page', role: 'scrutiny', partnerOrganisationId: '' })
      .expect(303);
    await admin.post(`/admin/users/${samId}/active`).type('form').send({ _csrf, active: 'no' }).expect(303);
    const sam = await admin.get(`/api/v1/users/${samId}`).expect(200);
    expect(sam.body).toMatchObject({ role: 'scrutiny', active: false });

    const self = /href="\/admin\/users\/([0-9a-f-]{36})">Gareth Pennington/.exec(list.text)?.[1] as string;
    const refused = await admin
      .post(`/admin/users/${self}/active`)
      .type('form')
      .send({ _csrf, active: 'no' })
      .expect(409);
    expect(refused.text).toContain('You cannot disable your own account or change your own role.');
  });

  it('lets an administrator set the thresholds and add a local indicator', async () => {
    const admin = await signedIn('admin');
    const page = await admin.get('/admin/thresholds').expect(200);
    const _csrf = csrfFrom(page.text);
    const wrong = await admin
      .post('/admin/thresholds')
      .type('form')
      .send({ _csrf, milestoneSlipLimitDays: 'thirty', progressLagLimitPoints: '25', amberTolerancePercent: '5' })
      .expect(400);
    expect(wrong.text).toContain('href="#milestoneSlipLimitDays"');
    await admin
      .post('/admin/thresholds')
      .type('form')
      .send({ _csrf, milestoneSlipLimitDays: '45', progressLagLimitPoints: '20', amberTolerancePercent: '7.5' })
      .expect(303);
    expect((await admin.get('/admin/thresholds').expect(200)).text).toContain('value="45"');

    const clash = await admin
      .post('/admin/indicators')
      .type('form')
      .send({
        _csrf,
        code: 'NI 53',
        title: 'Breastfeeding again',
        unit: 'percentage',
        polarity: 'higher_is_better',
        frequency: 'quarterly',
      })
      .expect(409);
    expect(clash.text).toContain('href="#code"');
    await admin
      .post('/admin/indicators')
      .type('form')
      .send({
        _csrf,
        code: 'HBC L09',
        title: 'Care leavers in settled homes',
        unit: 'percentage',
        polarity: 'higher_is_better',
        frequency: 'quarterly',
      })
      .expect(303);
    expect((await admin.get('/admin/indicators').expect(200)).text).toContain('HBC L09');
    expect((await admin.get('/admin/partners').expect(200)).text).toContain('Halton and St Helens PCT');
    expect((await admin.get('/admin/theme-leads').expect(200)).text).toContain('Be healthy');
  });

  it.each([
    ['owner', '/import'],
    ['scrutiny', '/import'],
    ['owner', '/audit'],
    ['scrutiny', '/audit'],
    ['clerk', '/admin'],
    ['owner', '/admin/users'],
  ] as const)('shows %s the permission page for %s', async (role, path) => {
    const agent = await signedIn(role);
    const page = await agent.get(path).expect(403);
    expect(page.text).toContain('You do not have permission to see this page');
  });
});

/** The fields of the page's last POST form as a browser would send them untouched (files aside). */
function formFields(html: string): Record<string, string> {
  const forms = html.match(/<form method="post"[\s\S]*?<\/form>/g) ?? [];
  const form = forms[forms.length - 1] ?? '';
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
    const choice = /type="(checkbox|radio)"/.test(tag);
    if (name && (!choice || /\schecked\b/.test(tag))) fields[name] = decode(value);
  }
  for (const [, name, value] of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    fields[name] = decode(value.trim());
  }
  for (const [, name, body] of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    fields[name] = decode(/<option value="([^"]*)" selected/.exec(body)?.[1] ?? '');
  }
  return fields;
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
