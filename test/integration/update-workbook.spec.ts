/**
 * The owners' update workbook round trip on the Halton example: download, fill in as an owner
 * would in Excel, upload, check the preview, apply; and every way a file or a row is refused,
 * each leaving the database as it was.
 */
import ExcelJS from 'exceljs';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

type Row = { outcome: string; reference?: string; code?: string; message: string; change: unknown };

describe(`the owners' update workbook (${databaseMode} database)`, () => {
  let sut: TestApp;
  let owner: string;
  let clerk: string;
  let ownerId: string;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('update_workbook', { exampleData: 'halton' });
    owner = `Bearer ${await tokenFor(sut, ROLE_EMAILS.owner)}`;
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    ownerId = (await sut.http().get('/api/v1/auth/me').set('Authorization', owner).expect(200)).body.userId;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
  });
  afterAll(() => sut.close());

  /** The response body as bytes. */
  const binary = (test: ReturnType<ReturnType<TestApp['http']>['get']>) =>
    test.buffer(true).parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });

  const download = async (auth: string): Promise<ExcelJS.Workbook> => {
    const response = await binary(sut.http().get(`/api/v1/plans/${planId}/update-workbook`).set('Authorization', auth))
      .expect(200)
      .expect('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="halton-jar-2008-updates-.+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    return workbook;
  };

  const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

  const upload = (auth: string, bytes: Buffer, name = 'updates.xlsx') =>
    sut.http().post(`/api/v1/plans/${planId}/update-workbook`).set('Authorization', auth).attach('file', bytes, name);

  const apply = (auth: string, href: string) => sut.http().post(href).set('Authorization', auth);

  /** Rows that a change would touch: updates, values, uploads and the audit trail. */
  const counts = async () => {
    const [row] = await sut.dataSource.query(
      `SELECT (SELECT count(*) FROM progress_update)::int AS updates, (SELECT count(*) FROM measurement)::int AS values,
              (SELECT count(*) FROM update_workbook_upload)::int AS uploads, (SELECT count(*) FROM audit_event)::int AS events`,
    );
    return row as { updates: number; values: number; uploads: number; events: number };
  };

  const actionRows = (sheet: ExcelJS.Worksheet) => {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push(row);
    });
    return rows;
  };

  const fill = (row: ExcelJS.Row, narrative: string, percent: number | null, rag: string | null) => {
    row.getCell(11).value = narrative;
    row.getCell(12).value = percent;
    row.getCell(13).value = rag;
  };

  it('gives an owner their own open actions, with locked and hidden columns and drop-downs', async () => {
    const workbook = await download(owner);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Instructions', 'visible'],
      ['Actions', 'visible'],
      ['Indicators', 'visible'],
      ['About', 'veryHidden'],
    ]);
    const actions = workbook.getWorksheet('Actions')!;
    expect(actions.getRow(1).getCell(11).value).toBe('New update: narrative');
    expect(actions.getColumn(1).hidden).toBe(true);
    expect(actions.getColumn(2).hidden).toBe(true);
    expect((actions as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);

    const rows = actionRows(actions);
    expect(rows.length).toBeGreaterThan(0);
    const owned = await sut.dataSource.query(
      `SELECT id FROM action WHERE plan_id = $1 AND owner_id = $2 AND status NOT IN ('complete', 'cancelled')`,
      [planId, ownerId],
    );
    expect(rows.map((row) => row.getCell(1).value).sort()).toEqual(owned.map((row: { id: string }) => row.id).sort());
    const first = rows[0];
    expect(first.getCell(3).protection?.locked).not.toBe(false);
    expect(first.getCell(11).protection?.locked).toBe(false);
    expect(first.getCell(6).value).toBeInstanceOf(Date);
    expect(typeof first.getCell(8).value).toBe('number');
    const validations = (actions as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const ragList = Object.entries(validations).find(([address]) => address.startsWith('M'))?.[1];
    expect(ragList).toMatchObject({ type: 'list', formulae: ['"Red,Amber,Green"'] });
    const percent = Object.entries(validations).find(([address]) => address.startsWith('L'))?.[1];
    expect(percent).toMatchObject({ type: 'whole', operator: 'between' });
  });

  it('previews and then applies an owner’s updates and values as ordinary, audited records', async () => {
    const workbook = await download(owner);
    const [row] = actionRows(workbook.getWorksheet('Actions')!);
    const actionId = String(row.getCell(1).value);
    fill(row, 'Recruitment complete; =training starts in January.', 55, 'Amber');
    const indicatorSheet = workbook.getWorksheet('Indicators')!;
    const indicatorRow = actionRows(indicatorSheet)[0];
    const indicatorId = indicatorRow ? String(indicatorRow.getCell(1).value) : null;
    if (indicatorRow) {
      indicatorRow.getCell(11).value = 71.5;
      indicatorRow.getCell(12).value = 'Provisional';
    }

    const before = await counts();
    const preview = await upload(owner, await bytesOf(workbook)).expect(201);
    expect(preview.body.appliedAt).toBeNull();
    const applied = (preview.body.actions as Row[]).filter((item) => item.outcome === 'apply');
    expect(applied).toHaveLength(1);
    expect(applied[0].change).toMatchObject({
      narrative: 'Recruitment complete; =training starts in January.',
      percentComplete: { to: 55 },
      proposedRag: 'amber',
    });
    expect(preview.body.counts.apply).toBe(indicatorRow ? 2 : 1);
    // The preview changes nothing but keeps the upload.
    const afterPreview = await counts();
    expect(afterPreview.updates).toBe(before.updates);
    expect(afterPreview.values).toBe(before.values);
    expect(afterPreview.uploads).toBe(before.uploads + 1);

    const done = await apply(owner, preview.body.applyHref).expect(200);
    expect(done.body.appliedAt).not.toBeNull();
    const [update] = await sut.dataSource.query(
      `SELECT narrative, percent_complete, proposed_rag, period, author_id FROM progress_update WHERE action_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [actionId],
    );
    expect(update).toMatchObject({
      narrative: 'Recruitment complete; =training starts in January.',
      percent_complete: 55,
      proposed_rag: 'amber',
      period: preview.body.period,
      author_id: ownerId,
    });
    const events = await sut.dataSource.query(
      `SELECT entity, operation FROM audit_event WHERE id > (SELECT max(id) - 20 FROM audit_event) ORDER BY id`,
    );
    const kinds = events.map((event: { entity: string; operation: string }) => `${event.entity}:${event.operation}`);
    expect(kinds).toContain('progress_update:insert');
    expect(kinds).toContain('action:update');
    expect(kinds).toContain('update_workbook_upload:update');
    if (indicatorId) {
      const [value] = await sut.dataSource.query(
        `SELECT value::float AS value, note FROM measurement WHERE indicator_id = $1 AND period = $2`,
        [indicatorId, String(indicatorRow.getCell(10).value)],
      );
      expect(value).toEqual({ value: 71.5, note: 'Provisional' });
      expect(kinds).toContain('measurement:insert');
    }

    // Applying twice is refused.
    const again = await counts();
    await apply(owner, preview.body.applyHref).expect(409);
    expect(await counts()).toEqual(again);
  });

  it('refuses a stale row and a row of an action that is not the uploader’s, and applies the rest', async () => {
    const clerkBook = await download(clerk);
    const rows = actionRows(clerkBook.getWorksheet('Actions')!);
    const owned = new Set(
      (await sut.dataSource.query(`SELECT id FROM action WHERE owner_id = $1`, [ownerId])).map(
        (row: { id: string }) => row.id,
      ),
    );
    const mine = rows.filter((row) => owned.has(String(row.getCell(1).value)));
    const theirs = rows.find((row) => !owned.has(String(row.getCell(1).value)))!;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const [stale, fresh] = mine;
    fill(stale, 'Written against an old copy.', 60, 'Green');
    fill(fresh, 'Panel met in November.', 30, null);
    fill(theirs, 'Not my action to update.', 90, 'Green');

    // Someone else updates the first action after the workbook was downloaded.
    await sut
      .http()
      .post(`/api/v1/actions/${stale.getCell(1).value}/updates`)
      .set('Authorization', clerk)
      .send({
        period: String(stale.getCell(10).value),
        narrative: 'Posted on the page meanwhile.',
        percentComplete: 50,
      })
      .expect(201);

    const before = await counts();
    const preview = await upload(owner, await bytesOf(clerkBook)).expect(201);
    const byId = new Map<string, Row>(
      (preview.body.actions as (Row & { actionId: string })[]).map((row) => [row.actionId, row]),
    );
    expect(byId.get(String(stale.getCell(1).value))).toMatchObject({ outcome: 'stale' });
    expect(byId.get(String(stale.getCell(1).value))!.message).toMatch(/changed after this workbook was downloaded/);
    expect(byId.get(String(theirs.getCell(1).value))).toMatchObject({ outcome: 'not_yours' });
    expect(byId.get(String(fresh.getCell(1).value))).toMatchObject({ outcome: 'apply' });
    expect(preview.body.counts).toMatchObject({ apply: 1, refused: 2 });

    await apply(owner, preview.body.applyHref).expect(200);
    const after = await counts();
    expect(after.updates).toBe(before.updates + 1);
    const [latest] = await sut.dataSource.query(
      `SELECT narrative FROM progress_update WHERE action_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [theirs.getCell(1).value],
    );
    expect(latest?.narrative).not.toBe('Not my action to update.');
  });

  it('applies nothing when an action changes between the preview and applying it', async () => {
    const workbook = await download(owner);
    const [first, second] = actionRows(workbook.getWorksheet('Actions')!);
    fill(first, 'First of two.', 20, null);
    fill(second, 'Second of two.', 20, null);
    const preview = await upload(owner, await bytesOf(workbook)).expect(201);
    expect(preview.body.counts.apply).toBe(2);
    await sut
      .http()
      .post(`/api/v1/actions/${second.getCell(1).value}/updates`)
      .set('Authorization', owner)
      .send({ period: String(second.getCell(10).value), narrative: 'In between.', percentComplete: 25 })
      .expect(201);

    const before = await counts();
    const refused = await apply(owner, preview.body.applyHref).expect(409);
    expect(refused.body.message).toMatch(/Since the preview, action .+ changed\. Nothing was applied/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a renamed sheet, an altered column, a truncated file and a file that is not a workbook, changing nothing', async () => {
    const renamed = await download(owner);
    renamed.getWorksheet('Actions')!.name = 'My actions';
    const altered = await download(owner);
    altered.getWorksheet('Indicators')!.getRow(1).getCell(11).value = 'Value';
    const good = await bytesOf(await download(owner));
    const truncated = good.subarray(0, Math.floor(good.length / 2));

    const before = await counts();
    const cases: [Buffer, RegExp][] = [
      [await bytesOf(renamed), /no "Actions" sheet \(it has "My actions": was a sheet renamed\?\)/],
      [
        await bytesOf(altered),
        /Indicators sheet's columns were changed: column 11 should be "New value" but is "Value"/,
      ],
      [truncated, /not a readable Excel workbook/],
      [Buffer.from('Ref,Narrative\n1.1,Done\n'), /not a readable Excel workbook/],
    ];
    for (const [bytes, message] of cases) {
      const response = await upload(owner, bytes).expect(422);
      expect(response.body.message).toMatch(message);
    }
    await upload(owner, Buffer.alloc(0)).expect(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses a committee workbook, and lets neither a scrutiny member nor another uploader apply', async () => {
    const committee = await binary(
      sut.http().get(`/api/v1/plans/${planId}/workbook`).set('Authorization', clerk),
    ).expect(200);
    const wrongKind = await upload(owner, committee.body as Buffer).expect(422);
    expect(wrongKind.body.message).toMatch(/not an owners' update workbook/);

    const scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    await sut.http().get(`/api/v1/plans/${planId}/update-workbook`).set('Authorization', scrutiny).expect(403);

    const workbook = await download(owner);
    fill(actionRows(workbook.getWorksheet('Actions')!)[0], 'Only I may apply this.', 10, null);
    const preview = await upload(owner, await bytesOf(workbook)).expect(201);
    const before = await counts();
    await apply(clerk, preview.body.applyHref).expect(403);
    await apply(scrutiny, preview.body.applyHref).expect(403);
    expect(await counts()).toEqual(before);
  });
});
