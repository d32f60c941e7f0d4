import { createHash } from 'node:crypto';
import { SetupService } from '../../src/authorities/setup.service';
import { tokenFor } from '../support/auth';
import { csrfFrom } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const ADMIN = { name: 'Jo Bloggs', email: 'jo.bloggs@halton.gov.uk', password: 'quiet-river-morning-42' };
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describe(`setting up a council from nothing (${databaseMode} database)`, () => {
  let sut: TestApp;
  let link: string;
  beforeAll(async () => {
    sut = await startTestApp('first-run', { exampleData: 'none' });
    link = (await sut.app.get(SetupService).linkOfferedAtStart()) as string;
  });
  afterAll(() => sut.close());

  const count = async (table: string): Promise<number> =>
    (await sut.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;

  const setUp = async (agent: ReturnType<TestApp['browser']>, token: string, fields: Record<string, string>) => {
    const page = await agent.get(`/setup?token=${encodeURIComponent(link)}`).expect(200);
    return agent
      .post('/setup')
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        token,
        onsCode: 'E06000006',
        adminName: ADMIN.name,
        adminEmail: ADMIN.email,
        password: ADMIN.password,
        houseStyle: 'cabinet',
        ...fields,
      });
  };

  it('makes a link at start while there is no council, keeping only its hash', async () => {
    expect(link).toMatch(/^setup_[A-Za-z0-9_-]{43}$/);
    const rows = await sut.dataSource.query(`SELECT token_hash, expires_at, used_at FROM setup_token`);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(link).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(link);
    const hours = (new Date(rows[0].expires_at).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(rows[0].used_at).toBeNull();
  });

  it('asks for the council from the list of English councils, the administrator and the house style', async () => {
    const page = await sut.http().get(`/setup?token=${link}`).expect(200);
    expect(page.text).toContain('<option value="E06000006">Halton (E06000006, North West)</option>');
    expect(page.text).toContain('<option value="E08000012">Liverpool (E08000012, North West)</option>');
    // An abolished council is not offered.
    expect(page.text).not.toContain('value="E10000021"');
    for (const name of ['adminName', 'adminEmail', 'password', 'houseStyle', 'token']) {
      expect(page.text).toContain(`name="${name}"`);
    }
  });

  it.each([
    ['no link', '', /This set-up link is not valid/],
    ['a link that is not one of ours', 'setup_not-a-real-token', /This set-up link is not valid/],
  ])('refuses %s with a sentence', async (_why, token, message) => {
    const page = await sut.http().get(`/setup?token=${token}`).expect(403);
    expect(page.text).toMatch(message);
  });

  it('refuses an expired link, on the page and on sending the form, writing nothing', async () => {
    const expired = await sut.app.get(SetupService).newLinkToken(new Date(Date.now() - 25 * 3600_000));
    expect((await sut.http().get(`/setup?token=${expired}`).expect(403)).text).toMatch(
      /This set-up link expired at .*Restart the app for a new one/,
    );
    const refused = await setUp(sut.browser(), expired, {});
    expect(refused.status).toBe(403);
    expect(refused.text).toMatch(/This set-up link expired/);
    expect(await count('authority')).toBe(0);
    expect(await count('app_user')).toBe(0);
  });

  it.each([
    [
      'an unknown ONS code',
      { onsCode: 'E06999999' },
      'There is no English council with children’s services whose ONS code is E06999999.',
    ],
    [
      'an abolished council',
      { onsCode: 'E10000021' },
      'Northamptonshire was abolished on 2021-04-01: choose North Northamptonshire and West Northamptonshire instead.',
    ],
    ['no council', { onsCode: '' }, 'Choose your council.'],
    [
      'a weak password',
      { password: 'password1234' },
      'The password is too common: choose one that would be hard to guess.',
    ],
    ['no name', { adminName: '' }, 'Enter the administrator’s full name.'],
    ['a malformed email', { adminEmail: 'jo at halton' }, 'Enter an email address like name@council.gov.uk.'],
    ['an unknown house style', { houseStyle: 'glossy' }, 'Choose a house style: executive-board or cabinet.'],
  ])('refuses %s with its sentence beside the field, and writes nothing', async (_why, fields, message) => {
    const refused = await setUp(sut.browser(), link, fields);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('There is a problem');
    expect(refused.text).toContain(message);
    expect(await count('authority')).toBe(0);
    expect(await count('app_user')).toBe(0);
    expect(
      (await sut.dataSource.query(`SELECT count(*)::int AS n FROM setup_token WHERE used_at IS NOT NULL`))[0].n,
    ).toBe(0);
  });

  it('sets up the council and its administrator in one audited change, and signs the administrator in', async () => {
    const agent = sut.browser();
    const done = await setUp(agent, link, {});
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/admin/settings?welcome=1');
    const settings = await agent.get('/admin/settings?welcome=1').expect(200);
    expect(settings.text).toContain('Your council is set up and you are signed in as its administrator.');
    expect(settings.text).toContain('E06000006');
    expect(settings.text).toContain('North West');
    expect(settings.text).toContain('Cabinet (sections and summary');

    const [authority] = await sut.dataSource.query(`SELECT id, name, region, house_style FROM authority`);
    expect(authority).toMatchObject({ name: 'Halton', region: 'North West', house_style: 'cabinet' });
    const [admin] = await sut.dataSource.query(`SELECT email, display_name, role, authority_id FROM app_user`);
    expect(admin).toEqual({ email: ADMIN.email, display_name: ADMIN.name, role: 'admin', authority_id: authority.id });
    const events = await sut.dataSource.query(
      `SELECT entity, operation, actor_label, authority_id FROM audit_event WHERE entity <> 'indicator' ORDER BY id`,
    );
    expect(events.map((event: { entity: string }) => event.entity)).toEqual(['authority', 'app_user']);
    for (const event of events) {
      expect(event).toMatchObject({
        operation: 'insert',
        actor_label: 'system: set-up link',
        authority_id: authority.id,
      });
    }
    expect(await sut.dataSource.query(`SELECT used_at FROM setup_token WHERE used_at IS NOT NULL`)).toHaveLength(1);
  });

  it('is gone once a council exists: the used link, another link and a second attempt all find nothing', async () => {
    const another = await sut.app.get(SetupService).newLinkToken();
    for (const token of [link, another]) {
      expect((await sut.http().get(`/setup?token=${token}`).expect(404)).text).toContain('Page not found');
      const agent = sut.browser();
      const signIn = await agent.get('/sign-in').expect(200);
      await agent
        .post('/setup')
        .type('form')
        .send({
          _csrf: csrfFrom(signIn.text),
          token,
          onsCode: 'E08000012',
          adminName: 'A',
          adminEmail: 'a@liverpool.gov.uk',
          password: ADMIN.password,
          houseStyle: 'cabinet',
        })
        .expect(404);
    }
    expect(await count('authority')).toBe(1);
    expect(await sut.app.get(SetupService).linkOfferedAtStart()).toBeNull();
  });

  describe('the council’s settings', () => {
    let bearer: string;
    let authorityId: string;
    beforeAll(async () => {
      bearer = `Bearer ${await tokenFor(sut, ADMIN.email, ADMIN.password)}`;
      authorityId = (await sut.dataSource.query(`SELECT id FROM authority`))[0].id;
    });

    it('changes the name, house style, reporting frequency and front-sheet defaults through the API, audited', async () => {
      const changed = await sut
        .http()
        .patch(`/api/v1/authorities/${authorityId}`)
        .set('Authorization', bearer)
        .send({
          name: 'Halton Borough Council',
          houseStyle: 'executive-board',
          reportingFrequency: 'monthly',
          committees: ['Executive Board', ' Children and Young People PPB ', 'executive board'],
          reportingOfficers: ['Gerald Meehan, Strategic Director'],
        })
        .expect(200);
      expect(changed.body).toMatchObject({
        name: 'Halton Borough Council',
        onsCode: 'E06000006',
        houseStyle: 'executive-board',
        reportingFrequency: 'monthly',
        committees: ['Executive Board', 'Children and Young People PPB'],
        reportingOfficers: ['Gerald Meehan, Strategic Director'],
        logo: null,
      });
      const [event] = await sut.dataSource.query(
        `SELECT before, after, actor_label FROM audit_event WHERE entity = 'authority' AND operation = 'update' ORDER BY id DESC LIMIT 1`,
      );
      expect(event.before).toMatchObject({ name: 'Halton', reportingFrequency: 'quarterly' });
      expect(event.after).toMatchObject({ name: 'Halton Borough Council', reportingFrequency: 'monthly' });
      expect(event.actor_label).toBe(`${ADMIN.name} <${ADMIN.email}>`);
    });

    it.each([
      [{ houseStyle: 'glossy' }, /houseStyle must be one of executive-board, cabinet/],
      [{ reportingFrequency: 'weekly' }, /reportingFrequency must be one of quarterly, monthly/],
      [{ name: '' }, /name must not be empty/],
      [{ committees: Array.from({ length: 21 }, (_, i) => `Committee ${i}`) }, /at most 20 committees/],
      [{ onsCode: 'E08000012' }, /property onsCode should not exist/],
    ])('refuses %j with a sentence and changes nothing', async (body, message) => {
      const before = await sut.dataSource.query(`SELECT * FROM authority`);
      const refused = await sut
        .http()
        .patch(`/api/v1/authorities/${authorityId}`)
        .set('Authorization', bearer)
        .send(body)
        .expect(400);
      expect(JSON.stringify(refused.body)).toMatch(message);
      expect(await sut.dataSource.query(`SELECT * FROM authority`)).toEqual(before);
    });

    it('keeps a PNG or JPEG logo, told by its bytes, and refuses another kind or one too large', async () => {
      const put = (bytes: Buffer, name: string) =>
        sut
          .http()
          .put(`/api/v1/authorities/${authorityId}/logo`)
          .set('Authorization', bearer)
          .attach('file', bytes, name);
      const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]);
      expect((await put(gif, 'logo.png').expect(415)).body.message).toBe('The logo must be a PNG or JPEG image.');
      const large = Buffer.concat([PNG, Buffer.alloc(600 * 1024)]);
      expect((await put(large, 'logo.png').expect(413)).body.message).toMatch(
        /^The logo must be at most 512 KB; this one is 601 KB\.$/,
      );
      expect((await sut.dataSource.query(`SELECT logo_media_type FROM authority`))[0].logo_media_type).toBeNull();

      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
      const saved = await put(jpeg, 'logo.bin').expect(200);
      expect(saved.body.logo).toEqual({ mediaType: 'image/jpeg', href: `/api/v1/authorities/${authorityId}/logo` });
      const got = await sut.http().get(saved.body.logo.href).set('Authorization', bearer).buffer(true).expect(200);
      expect(got.headers['content-type']).toBe('image/jpeg');
      expect(Buffer.compare(got.body as Buffer, jpeg)).toBe(0);
      const [event] = await sut.dataSource.query(
        `SELECT after FROM audit_event WHERE entity = 'authority' ORDER BY id DESC LIMIT 1`,
      );
      expect(event.after).toMatchObject({ logo: { bytes: jpeg.length }, logoMediaType: 'image/jpeg' });

      expect(
        (await sut.http().delete(`/api/v1/authorities/${authorityId}/logo`).set('Authorization', bearer).expect(200))
          .body.logo,
      ).toBeNull();
      await sut.http().get(`/api/v1/authorities/${authorityId}/logo`).set('Authorization', bearer).expect(404);
    });

    it('shows every setting on one page, changes them by form, and puts refusals in the error summary', async () => {
      const agent = sut.browser();
      const signIn = await agent.get('/sign-in');
      await agent
        .post('/sign-in')
        .type('form')
        .send({ _csrf: csrfFrom(signIn.text), email: ADMIN.email, password: ADMIN.password })
        .expect(303);

      const edit = await agent.get('/admin/settings/edit').expect(200);
      expect(edit.text).toContain('Executive Board\nChildren and Young People PPB');
      const blank = await agent
        .post('/admin/settings/edit')
        .type('form')
        .send({
          _csrf: csrfFrom(edit.text),
          name: ' ',
          houseStyle: 'cabinet',
          reportingFrequency: 'quarterly',
          committees: '',
          reportingOfficers: '',
        })
        .expect(400);
      expect(blank.text).toContain('There is a problem');
      expect(blank.text).toContain('href="#name"');
      expect(blank.text).toContain('Enter the council’s name, at most 200 characters');
      await agent
        .post('/admin/settings/edit')
        .type('form')
        .send({
          _csrf: csrfFrom(edit.text),
          name: 'Halton Borough Council',
          houseStyle: 'cabinet',
          reportingFrequency: 'quarterly',
          committees: 'Executive Board\r\n\r\nCabinet',
          reportingOfficers: 'Gerald Meehan',
        })
        .expect(303)
        .expect('Location', '/admin/settings?done=saved');

      const settings = await agent.get('/admin/settings?done=saved').expect(200);
      expect(settings.text).toContain('The council’s settings have been saved.');
      expect(settings.text).toContain('Executive Board (the usual one)');
      expect(settings.text).toContain('href="/admin/thresholds"');
      expect(settings.text).toContain('href="/admin/theme-leads"');
      const csrf = csrfFrom(settings.text);
      const notAnImage = await agent
        .post(`/admin/settings/logo?_csrf=${encodeURIComponent(csrf)}`)
        .attach('logo', Buffer.from('%PDF-1.7'), 'logo.png')
        .expect(415);
      expect(notAnImage.text).toContain('href="#logo"');
      expect(notAnImage.text).toContain('The logo must be a PNG or JPEG image.');
      await agent
        .post(`/admin/settings/logo?_csrf=${encodeURIComponent(csrf)}`)
        .attach('logo', PNG, 'logo.png')
        .expect(303)
        .expect('Location', '/admin/settings?done=logo');
      const withLogo = await agent.get('/admin/settings?done=logo').expect(200);
      expect(withLogo.text).toContain(
        '<img class="app-council-logo" src="/admin/settings/logo" alt="Halton Borough Council logo">',
      );
      expect((await agent.get('/admin/settings/logo').expect(200)).headers['content-type']).toBe('image/png');
    });

    it('is for administrators only', async () => {
      await sut
        .http()
        .post('/api/v1/users')
        .set('Authorization', bearer)
        .send({
          email: 'clerk@halton.gov.uk',
          displayName: 'A Clerk',
          role: 'clerk',
          password: 'another-fine-password',
        })
        .expect(201);
      const clerk = `Bearer ${await tokenFor(sut, 'clerk@halton.gov.uk', 'another-fine-password')}`;
      await sut
        .http()
        .patch(`/api/v1/authorities/${authorityId}`)
        .set('Authorization', clerk)
        .send({ name: 'X' })
        .expect(403);
      await sut.http().delete(`/api/v1/authorities/${authorityId}/logo`).set('Authorization', clerk).expect(403);
    });
  });
});
