import { auditFilterOf, auditQueryFrom } from '../../src/audit/audit.form';
import { auditPage } from '../../src/audit/audit.view';
import { tokenFrom } from '../../src/users/account.form';
import { accountPage } from '../../src/users/account.view';
import { signInFrom, signInRefusal } from '../../src/auth/sign-in.form';
import { signInPage } from '../../src/auth/sign-in.view';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import type { BoardPaperEntity } from '../../src/reports/board-paper.entity';
import { previewPage, updateWorkbookPage } from '../../src/reports/excel/update-workbooks.view';
import { paperFrom } from '../../src/reports/papers.form';
import type { StoredPaper } from '../../src/reports/papers.service';
import { paperStart, papersPage } from '../../src/reports/papers.view';
import type { AccessTokenEntity } from '../../src/auth/access-token.entity';

describe('the sign-in and account pages', () => {
  it('asks for what is missing before any password is checked', async () => {
    expect(await signInFrom({ email: '  ann@halton.example ', password: ' pass ' })).toEqual({
      value: { email: 'ann@halton.example', password: ' pass ' },
      errors: {},
    });
    expect((await signInFrom({})).errors).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
    expect(signInPage('/plans', '', {}, true).notice).toBe('You have signed out.');
  });

  it('answers a refused sign-in with its status, and when to try again', () => {
    const tooMany = new DomainError(ErrorCode.TooManyRequests, 'Wait', { retryAfterSeconds: 60 });
    expect(signInRefusal(tooMany)).toEqual({ status: 429, retryAfter: 60, message: 'Wait' });
    expect(signInRefusal(new DomainError(ErrorCode.Forbidden, 'Deactivated'))).toMatchObject({ status: 403 });
    expect(signInRefusal(new DomainError(ErrorCode.Unauthenticated, 'Wrong'))).toMatchObject({ status: 401 });
    expect(signInRefusal(new Error('boom'))).toBeNull();
  });

  it('checks a token’s name and lifetime with the API’s rules, in the page’s words', async () => {
    expect(await tokenFrom({ name: ' Dashboard ', expiresInDays: '90' })).toEqual({
      value: { name: 'Dashboard', expiresInDays: 90 },
      errors: {},
    });
    expect((await tokenFrom({ name: '', expiresInDays: '7000' })).errors).toEqual({
      name: 'Enter a name for the token, up to 100 characters',
      expiresInDays: 'Choose how long the token lasts',
    });
  });

  it('shows each token’s status, and a new token only on the answer that made it', () => {
    const now = new Date();
    const token = {
      id: 't',
      name: 'Dashboard',
      prefix: 'itk_ab',
      createdAt: now,
      expiresAt: new Date(now.getTime() - 1000),
      lastUsedAt: null,
      revokedAt: null,
    } as unknown as AccessTokenEntity;
    const user = { displayName: 'Ann', email: 'ann@halton.example', role: 'clerk' as const, partnerOrganisation: null };
    const sut = accountPage(user, 'Halton', [token], { newToken: { name: 'Dashboard', value: 'secret' } });
    expect(sut.tokens[0].status).toBe('expired');
    expect(sut.user).toMatchObject({ authorityName: 'Halton', partnerName: null });
    expect(sut.newToken).toEqual({ name: 'Dashboard', value: 'secret' });
    expect(accountPage(user, 'Halton', []).values).toEqual({ name: '', expiresInDays: 90 });
  });
});

describe('the audit trail page', () => {
  const USER = '3f0c1f7e-9a59-4c2b-8f33-3f7f7bb3c0a1';

  it('asks only for what the filter gives, and names dates that are not real', async () => {
    const query = {
      'from-day': '1',
      'from-month': '10',
      'from-year': '2008',
      'to-day': '31',
      'to-month': '2',
      'to-year': '2009',
      user: USER,
    };
    expect(auditFilterOf(query)).toEqual({
      filter: { from: '2008-10-01', user: USER },
      before: '',
      errors: { to: 'The end of the period must be a real date, like 31 12 2008' },
    });
    const { asked, errors } = await auditQueryFrom({ entity: 'plan', operation: 'explode', before: 'x' }, 50);
    expect(asked).toEqual({ entity: 'plan', operation: 'explode', before: 'x', limit: 50 });
    expect(errors).toMatchObject({ operation: 'Choose a kind of change from the list' });
  });

  it('links to older events and back to the newest, keeping the filter', () => {
    const query = { user: USER, before: 'e1' };
    const sut = auditPage(query, { events: [{ id: 'e2' }], nextBefore: 'e2' }, {}, [], ['plan']);
    expect(sut.filtered).toBe(true);
    expect(sut.newestHref).toBe(`/audit?user=${USER}`);
    expect(sut.olderHref).toBe(`/audit?user=${USER}&before=e2`);
    expect(sut.exportHref).toBe(`/api/v1/audit/export.csv?user=${USER}`);
    const refused = auditPage({ 'from-day': '40' }, null, { from: 'Not a date' }, [], []);
    expect(refused.events).toEqual([]);
    expect(refused.errorList).toEqual([{ text: 'Not a date', href: '#from-day' }]);
  });
});

describe('the board papers page', () => {
  const paper = (id: string, inputs: Record<string, unknown>, extra: Partial<BoardPaperEntity> = {}) =>
    ({
      paper: {
        id,
        inputs,
        subject: String(inputs.subject ?? ''),
        houseStyle: 'cabinet',
        replacesId: null,
        status: 'public',
        docxSha256: null,
        generatedAt: new Date('2009-10-20T10:00:00Z'),
        generatedBy: { displayName: 'Ann Clerk' },
        ...extra,
      },
      meeting: { committee: String(inputs.committee ?? ''), meetingDate: '2009-10-29' },
    }) as unknown as StoredPaper;
  const defaults = { committee: 'Executive Board', reportingOfficer: 'Strategic Director' };
  const plan = { id: 'p', reference: 'JAR-2008', title: 'The plan' };

  it('reads the form as the API’s request, naming dates that are not real', async () => {
    const form = {
      committee: 'Executive Board',
      'meetingDate-day': '31',
      'meetingDate-month': '2',
      'meetingDate-year': '2009',
      reportingOfficer: 'Director',
      subject: 'Progress',
      recommendations: 'the report be noted\n\n  progress be welcomed ',
      keyDecision: 'yes',
      'implications-legal': 'None',
    };
    const { value, errors } = await paperFrom(form);
    expect(value).toMatchObject({
      recommendations: ['the report be noted', 'progress be welcomed'],
      keyDecision: true,
      implications: { legal: 'None' },
    });
    expect(errors.meetingDate).toBe('The date of the meeting must be a real date, like 29 10 2009');
  });

  it('starts a correction from every answer of the paper it corrects', () => {
    const first = paper('a', {
      committee: 'Scrutiny',
      subject: 'Progress',
      agendaItem: '7',
      recommendations: ['noted'],
    });
    const history = [first];
    const state = { form: null, corrects: 'a', errors: {} };
    const start = paperStart(history, defaults, state);
    expect(start.corrected?.paper.id).toBe('a');
    const sut = papersPage('clerk', plan, history, defaults, start, start.corrected!.paper, state);
    expect(sut.values).toMatchObject({
      replacesId: 'a',
      committee: 'Scrutiny',
      agendaItem: '7',
      recommendations: 'noted',
    });
    expect(sut.mayPrint).toBe(true);
    expect(sut.history[0]).toMatchObject({ houseStyle: 'Cabinet', printedBy: 'Ann Clerk' });
  });

  it('starts a new paper from the council’s usual committee, and does not let a scrutineer print', () => {
    const state = { form: null, errors: {} };
    const start = paperStart([], defaults, state);
    expect(start).toEqual({ corrected: null, committee: 'Executive Board' });
    const sut = papersPage('scrutiny', plan, [], defaults, start, null, state);
    expect(sut.values).toMatchObject({
      committee: 'Executive Board',
      reportingOfficer: 'Strategic Director',
      recommendations: 'the report be noted',
    });
    expect(sut.mayPrint).toBe(false);
  });
});

describe('the update workbook pages', () => {
  const plan = { id: 'p', reference: 'JAR-2008', title: 'The plan' };
  const upload = {
    id: 'u',
    planId: 'p',
    fileName: 'update.xlsx',
    period: '2009-10',
    madeAt: new Date(),
    createdAt: new Date(),
    appliedAt: null,
    uploadedById: 'me',
    preview: { counts: { changes: 2 } },
  } as never;

  it('puts the CSRF token in the multipart form’s address, and a refusal by its control', () => {
    const sut = updateWorkbookPage(plan, [upload], 'a+b', { file: 'Not a workbook' });
    expect(sut.uploadAction).toBe('/plans/p/update-workbook?_csrf=a%2Bb');
    expect(sut.uploads[0].counts).toEqual({ changes: 2 });
    expect(sut.errorList).toEqual([{ text: 'Not a workbook', href: '#file' }]);
    const preview = previewPage(plan, upload, 'me', false, { x: 'Already applied' });
    expect(preview.upload.mine).toBe(true);
    expect(preview.errors).toEqual({ apply: 'Already applied' });
  });
});
