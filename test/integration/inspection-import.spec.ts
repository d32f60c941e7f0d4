import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_EMAILS, loadOtherton, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const HALTON = readFileSync(join(__dirname, '..', '..', 'src', 'example', 'halton-jar-executive-board-2008.txt'));

describe(`importing an inspection (${databaseMode} database)`, () => {
  let sut: TestApp;
  let clerk: string;

  beforeAll(async () => {
    sut = await startTestApp('import', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
  });
  afterAll(() => sut.close());

  const upload = (bytes: Buffer, name = 'report.txt', as = clerk) =>
    sut.http().post('/api/v1/inspections/drafts').set('Authorization', as).attach('file', bytes, name);
  const count = async (table: string): Promise<number> =>
    (await sut.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;

  it('reads an uploaded paper into a draft, lets the clerk correct it, and confirms it as an inspection', async () => {
    // The same paper as the example's, re-saved: different bytes, same content.
    const bytes = Buffer.concat([HALTON, Buffer.from('\n')]);
    const inspectionsBefore = await count('inspection');
    const uploaded = await upload(bytes, 'Executive Board JAR.md').expect(201);
    const draft = uploaded.body;
    expect(draft).toMatchObject({ format: 'text', fileName: 'Executive Board JAR.md', version: 1 });
    expect(draft.draft.kind).toBe('JAR');
    expect(draft.draft.judgements).toHaveLength(7);
    expect(draft.draft.recommendations).toHaveLength(13);
    expect(draft.text.split('\n')[draft.draft.judgements[0].lines[0] - 1]).toContain('Safeguarding');
    expect(await count('inspection')).toBe(inspectionsBefore);

    const judgements = draft.draft.judgements.map(
      (j: { key: string; label: string; grade: { published: string; normalised: string }; scored: boolean }) => ({
        key: j.key,
        label: j.label,
        gradePublished: j.grade.published,
        grade: j.grade.normalised,
        scored: j.scored,
      }),
    );
    judgements[5] = { ...judgements[5], summary: 'Checked against the published report.' };
    const corrected = await sut
      .http()
      .patch(`/api/v1/inspections/drafts/${draft.id}`)
      .set('Authorization', clerk)
      .send({ version: 1, title: 'Joint Area Review of Halton, 2008', publishedOn: '2008-07-25', judgements })
      .expect(200);
    expect(corrected.body.version).toBe(2);
    const stale = await sut
      .http()
      .patch(`/api/v1/inspections/drafts/${draft.id}`)
      .set('Authorization', clerk)
      .send({ version: 1, title: 'Someone else' })
      .expect(409);
    expect(stale.body.details).toEqual({ currentVersion: 2 });

    const confirmed = await sut
      .http()
      .post(`/api/v1/inspections/drafts/${draft.id}/confirm`)
      .set('Authorization', clerk)
      .send({ version: 2 })
      .expect(201);
    expect(confirmed.body).toMatchObject({
      kind: 'JAR',
      title: 'Joint Area Review of Halton, 2008',
      publishedOn: '2008-07-25',
    });
    expect(confirmed.body.judgements).toHaveLength(7);
    expect(confirmed.body.judgements[5]).toMatchObject({ areaKey: 'health', grade: 'adequate', scored: false });
    expect(confirmed.body.recommendations.filter((r: { kind: string }) => r.kind === 'outcome')).toHaveLength(4);
    const [document] = await sut.dataSource.query(
      `SELECT d.sha256, encode(sha256(d.content), 'hex') AS actual FROM inspection i
         JOIN source_document d ON d.id = i.source_document_id WHERE i.id = $1`,
      [confirmed.body.id],
    );
    expect(document.sha256).toBe(document.actual);
    await sut.http().get(`/api/v1/inspections/drafts/${draft.id}`).set('Authorization', clerk).expect(404);
    const [{ events }] = await sut.dataSource.query(
      `SELECT count(*)::int AS events FROM audit_event WHERE entity = 'inspection' AND entity_id = $1 AND operation = 'insert'`,
      [confirmed.body.id],
    );
    expect(events).toBe(1);

    const again = await upload(bytes).expect(409);
    expect(again.body.details.href).toBe(`/api/v1/inspections/${confirmed.body.id}`);
  });

  it('stores a review of a safeguarding children board published on its own as an inspection of that kind', async () => {
    const review = [
      'Somewhere',
      'Review of the effectiveness of the Local Safeguarding Children Board',
      'Review dates: 2 to 13 March 2015',
      '',
      'The Local Safeguarding Children Board requires improvement',
      '',
      'What does the LSCB need to improve?',
      'Areas for improvement',
      '',
      '1.   Ensure that the board hears the views of children and young people.',
    ].join('\n');
    const uploaded = await upload(Buffer.from(review), 'lscb-review.txt').expect(201);
    expect(uploaded.body.draft).toMatchObject({
      kind: 'LSCB',
      layout: { name: 'Review of a Local Safeguarding Children Board', judgements: ['lscb'], note: null },
      judgements: [{ key: 'lscb', grade: { normalised: 'requires_improvement' } }],
      recommendations: [{ addressee: 'the LSCB', reference: '1' }],
    });
    const confirmed = await sut
      .http()
      .post(`/api/v1/inspections/drafts/${uploaded.body.id}/confirm`)
      .set('Authorization', clerk)
      .send({ version: 1 })
      .expect(201);
    expect(confirmed.body).toMatchObject({
      kind: 'LSCB',
      judgements: [{ areaKey: 'lscb', grade: 'requires_improvement' }],
    });
  });

  it('refuses a report imported before, pointing at the inspection it became', async () => {
    const response = await upload(HALTON).expect(409);
    expect(response.body.message).toBe('This report has already been imported for your authority.');
  });

  it('refuses what it cannot read with a clear 4xx and stores nothing', async () => {
    const drafts = await count('inspection_draft');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const refused = await upload(png, 'report.pdf').expect(415);
    expect(refused.body.message).toBe(
      'This file is not a PDF, Word document, text or JSON file. It looks like a PNG image.',
    );
    const missing = await sut.http().post('/api/v1/inspections/drafts').set('Authorization', clerk).expect(400);
    expect(missing.body.message).toMatch(/Choose a file/);
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    await upload(huge).expect(413);
    expect(await count('inspection_draft')).toBe(drafts);
  });

  it('is for clerks and administrators only, and each authority sees only its own drafts', async () => {
    const owner = `Bearer ${await tokenFor(sut, ROLE_EMAILS.owner)}`;
    await upload(Buffer.from('Safeguarding\tGood\n'), 'x.txt', owner).expect(403);
    const mine = await upload(Buffer.from('Recommendations\n\n- Improve the recording of visits\n'), 'x.txt').expect(
      201,
    );
    await loadOtherton(sut);
    const otherClerk = `Bearer ${await tokenFor(sut, 'clerk@otherton.example')}`;
    await sut.http().get(`/api/v1/inspections/drafts/${mine.body.id}`).set('Authorization', otherClerk).expect(404);
    await sut
      .http()
      .post(`/api/v1/inspections/drafts/${mine.body.id}/confirm`)
      .set('Authorization', otherClerk)
      .send({ version: 1 })
      .expect(404);
    await sut.http().delete(`/api/v1/inspections/drafts/${mine.body.id}`).set('Authorization', clerk).expect(204);
  });

  it('validates corrections field by field', async () => {
    const created = await upload(Buffer.from('Areas for improvement\n\n- Improve supervision\n'), 'y.txt').expect(201);
    const response = await sut
      .http()
      .patch(`/api/v1/inspections/drafts/${created.body.id}`)
      .set('Authorization', clerk)
      .send({
        version: 1,
        kind: 'JAR2',
        publishedOn: '2008-13-01',
        judgements: [{ key: 'Bad Key', label: '', gradePublished: 'x', grade: 'brilliant', scored: 'yes' }],
      })
      .expect(400);
    const fields = response.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual([
      'judgements.0.grade',
      'judgements.0.key',
      'judgements.0.label',
      'judgements.0.scored',
      'kind',
      'publishedOn',
    ]);
  });
});
