import { randomBytes } from 'node:crypto';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { AUDIT_CSV_COLUMNS, auditCsvHeader, auditCsvLine, csvCell, csvLine } from '../../src/audit/audit-csv';
import { auditPeriod, isOrdered, londonDay } from '../../src/audit/audit-period';
import { AuditFilterDto, AuditQueryDto } from '../../src/audit/audit.dto';
import { AuditRepository } from '../../src/audit/audit.repository';
import { AuditService } from '../../src/audit/audit.service';
import { AccessTokenEntity } from '../../src/auth/access-token.entity';
import { SessionEntity } from '../../src/auth/session.entity';
import { SignInAttemptEntity } from '../../src/auth/sign-in-attempt.entity';
import { AuthorityEntity } from '../../src/authorities/authority.entity';
import { PartnerOrganisationEntity } from '../../src/authorities/partner-organisation.entity';
import { UserEntity } from '../../src/users/user.entity';
import { DomainError } from '../../src/common/domain-error';
import { type Caller, runWithContext } from '../../src/common/request-context';
import { createValidationPipe } from '../../src/common/validation';
import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { SourceDocumentEntity } from '../../src/inspections/source-document.entity';
import { ActionEntity } from '../../src/plans/action.entity';
import { MilestoneEntity } from '../../src/plans/milestone.entity';
import { loadOtherton } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const EXAMPLE_ACTOR = 'system: example data';

function callerFor(user: UserEntity, authorityName: string): Caller {
  return {
    userId: user.id,
    authorityId: user.authorityId,
    authorityName,
    role: user.role,
    email: user.email,
    displayName: user.displayName,
    via: 'session',
    credentialId: '00000000-0000-4000-8000-000000000000',
  };
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('the audit CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['1', null, 'x,y'])).toBe('1,,"x,y"\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell(`=cmd|' /C calc'!A0`)).toBe(`'=cmd|' /C calc'!A0`);
    expect(csvCell('+1+1')).toBe(`'+1+1`);
    expect(csvCell('-2+3')).toBe(`'-2+3`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('\t=1')).toBe(`'\t=1`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes the header and one line per event, before and after as JSON', () => {
    expect(auditCsvHeader()).toBe(`${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
    expect(auditCsvHeader()).toBe(
      'id,occurred_at,actor_id,actor,entity,entity_id,operation,request_id,before,after\r\n',
    );
    const line = auditCsvLine({
      id: '7',
      occurredAt: '2008-10-01T09:30:00.000Z',
      actor: { id: null, label: "=cmd|' /C calc'!A0" },
      entity: 'action',
      entityId: 'abc',
      operation: 'update',
      requestId: 'r-1',
      before: { title: 'a, "b"' },
      after: null,
    });
    expect(line).toBe(
      `7,2008-10-01T09:30:00.000Z,,'=cmd|' /C calc'!A0,action,abc,update,r-1,"{""title"":""a, \\""b\\""""}",\r\n`,
    );
  });
});

describe('the audit period', () => {
  it('takes a date as its whole day in London, across the clock changes', () => {
    expect(auditPeriod('2008-01-15', '2008-01-15')).toEqual({
      from: new Date('2008-01-15T00:00:00Z'),
      to: new Date('2008-01-16T00:00:00Z'),
    });
    expect(auditPeriod('2008-07-01', '2008-07-01')).toEqual({
      from: new Date('2008-06-30T23:00:00Z'),
      to: new Date('2008-07-01T23:00:00Z'),
    });
    expect(auditPeriod('2008-03-30', '2008-10-26')).toEqual({
      from: new Date('2008-03-30T00:00:00Z'),
      to: new Date('2008-10-27T00:00:00Z'),
    });
    expect(londonDay(new Date('2008-06-30T23:30:00Z'))).toBe('2008-07-01');
  });

  it('includes a date-time `to` and refuses `from` after `to`', () => {
    expect(auditPeriod(undefined, '2008-10-01T09:30:00Z').to).toEqual(new Date('2008-10-01T09:30:00.001Z'));
    expect(isOrdered(auditPeriod('2008-10-01T09:30:00Z', '2008-10-01T09:30:00Z'))).toBe(true);
    expect(isOrdered(auditPeriod('2008-10-01T12:00:00Z', '2008-10-01'))).toBe(true);
    expect(isOrdered(auditPeriod('2008-10-02', '2008-10-01'))).toBe(false);
    expect(isOrdered(auditPeriod('2008-10-01T09:30:01Z', '2008-10-01T09:30:00Z'))).toBe(false);
  });
});

describe('the audit query', () => {
  const pipe = createValidationPipe();
  const parse = (query: Record<string, string>, metatype: typeof AuditFilterDto = AuditQueryDto) =>
    pipe.transform(query, { type: 'query', metatype });
  const problems = async (query: Record<string, string>, metatype?: typeof AuditFilterDto) => {
    try {
      await parse(query, metatype);
    } catch (error) {
      return (error as { getResponse(): { details: unknown } }).getResponse().details;
    }
    throw new Error(`accepted ${JSON.stringify(query)}`);
  };

  it('takes the filters, a page size and a cursor', async () => {
    const query = {
      entity: 'action',
      id: 'abc',
      user: '8f2d3c1e-2b4a-4c5d-9e6f-7a8b9c0d1e2f',
      from: '2008-10-01',
      to: '2008-12-31T17:00:00+00:00',
      limit: '50',
      before: '1234',
    };
    expect(await parse(query)).toEqual({ ...query, limit: 50 });
  });

  it('refuses bad values with one clear message each', async () => {
    const dateMessage = (field: string) =>
      `${field} must be a date (2008-10-01) or a date and time with its offset (2008-10-01T09:30:00Z).`;
    expect(await problems({ limit: '0' })).toEqual([
      { field: 'limit', messages: ['limit must be a whole number from 1 to 500.'] },
    ]);
    expect(await problems({ limit: 'many' })).toEqual([
      { field: 'limit', messages: ['limit must be a whole number from 1 to 500.'] },
    ]);
    expect(await problems({ from: '2008-02-30' })).toEqual([{ field: 'from', messages: [dateMessage('from')] }]);
    expect(await problems({ to: '2008-10-01T10:00' })).toEqual([{ field: 'to', messages: [dateMessage('to')] }]);
    expect(await problems({ user: 'someone' })).toEqual([
      { field: 'user', messages: ['user must be the id of a user.'] },
    ]);
    expect(await problems({ before: '-1' })).toEqual([
      { field: 'before', messages: ['before must be the nextBefore of a previous page.'] },
    ]);
    expect(await problems({ entity: 'x'.repeat(61) })).toEqual([
      { field: 'entity', messages: ['entity must be a table name of at most 60 characters.'] },
    ]);
    expect(await problems({ limit: '10' }, AuditFilterDto)).toEqual([
      { field: 'limit', messages: ['property limit should not exist'] },
    ]);
  });
});

describe(`the audit trail (${databaseMode} database)`, () => {
  let sut: TestApp;
  let haltonId: string;
  let clerk: UserEntity;
  let caller: Caller;
  let repository: AuditRepository;
  let service: AuditService;

  const auditEvents = () => sut.dataSource.getRepository(AuditEventEntity);
  const eventsOf = (entity: string, entityId?: string) =>
    auditEvents().find({ where: { entity, ...(entityId ? { entityId } : {}) }, order: { id: 'ASC' } });
  const asClerk = <T>(requestId: string, work: () => Promise<T>) => runWithContext({ requestId, caller }, work);
  const databaseNow = async () => {
    const [row] = await sut.dataSource.query('SELECT clock_timestamp() AS now');
    return new Date(row.now);
  };

  beforeAll(async () => {
    sut = await startTestApp('audit', { exampleData: 'halton' });
    const authority = await sut.dataSource.getRepository(AuthorityEntity).findOneByOrFail({ onsCode: 'E06000006' });
    haltonId = authority.id;
    clerk = await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'clerk@halton.example' });
    caller = callerFor(clerk, authority.name);
    repository = new AuditRepository(sut.dataSource);
    service = new AuditService(repository);
  });
  afterAll(() => sut.close());

  describe('loading the example', () => {
    it('recorded one insert per action, with the row after, by the system actor', async () => {
      const events = await eventsOf('action');
      const actions = await sut.dataSource.getRepository(ActionEntity).findBy({ authorityId: haltonId });
      expect(events).toHaveLength(HALTON_EXAMPLE.actions.length);
      expect(events.map((event) => event.after?.reference).sort()).toEqual(
        HALTON_EXAMPLE.actions.map((action) => action.reference).sort(),
      );
      expect(new Set(events.map((event) => event.entityId))).toEqual(new Set(actions.map((action) => action.id)));
      for (const event of events) {
        expect(event).toMatchObject({
          operation: 'insert',
          authorityId: haltonId,
          actorId: null,
          actorLabel: EXAMPLE_ACTOR,
          requestId: null,
          before: null,
        });
        expect(event.after).toMatchObject({ id: event.entityId, authorityId: haltonId, version: 1 });
        expect(event.after?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }
    });

    it('recorded every row of a saved array, and the authority under its own id', async () => {
      expect(await eventsOf('judgement')).toHaveLength(HALTON_EXAMPLE.judgements.length);
      const milestoneCount = HALTON_EXAMPLE.actions.reduce((sum, action) => sum + action.milestones.length, 0);
      expect(await eventsOf('milestone')).toHaveLength(milestoneCount);
      const [authority] = await eventsOf('authority', haltonId);
      expect(authority).toMatchObject({ operation: 'insert', authorityId: haltonId, actorLabel: EXAMPLE_ACTOR });
      expect(authority.after).toMatchObject({ name: 'Halton Borough Council', onsCode: 'E06000006' });
    });
  });

  describe('secrets and bytes', () => {
    it('redacts password hashes and keeps only the size of a document', async () => {
      const [userInsert] = await eventsOf('app_user', clerk.id);
      expect(userInsert.after).toMatchObject({ email: 'clerk@halton.example', passwordHash: '[redacted]' });
      const [{ count }] = await sut.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE before::text LIKE '%$argon2%' OR after::text LIKE '%$argon2%'`,
      );
      expect(count).toBe(0);

      const document = await sut.dataSource
        .getRepository(SourceDocumentEntity)
        .findOneByOrFail({ authorityId: haltonId });
      const [documentInsert] = await eventsOf('source_document', document.id);
      expect(documentInsert.after?.content).toEqual({ bytes: document.byteSize });
      expect(document.byteSize).toBeGreaterThan(1000);
    });

    it('redacts token hashes and writes dates as ISO strings', async () => {
      const tokenHash = randomBytes(32).toString('hex');
      const expiresAt = new Date('2030-01-01T12:00:00Z');
      const token = await asClerk('r-token', () =>
        sut.dataSource.getRepository(AccessTokenEntity).save({
          authorityId: haltonId,
          userId: clerk.id,
          name: 'reporting script',
          tokenHash,
          prefix: tokenHash.slice(0, 8),
          expiresAt,
        }),
      );
      const [event] = await eventsOf('access_token', token.id);
      expect(event.after).toMatchObject({ tokenHash: '[redacted]', expiresAt: '2030-01-01T12:00:00.000Z' });
      expect(JSON.stringify(event.after)).not.toContain(tokenHash);
    });
  });

  describe('a change by a signed-in user', () => {
    it('records an update with the row before and after, the user and the request', async () => {
      const actions = sut.dataSource.getRepository(ActionEntity);
      const action = await actions.findOneByOrFail({ authorityId: haltonId, reference: 'O1' });
      const old = action.percentComplete;
      const next = old === 90 ? 95 : 90;
      action.percentComplete = next;
      await asClerk('r-1', () => actions.save(action));

      const updates = (await eventsOf('action', action.id)).filter((event) => event.operation === 'update');
      expect(updates).toHaveLength(1);
      const [event] = updates;
      expect(event).toMatchObject({
        authorityId: haltonId,
        actorId: clerk.id,
        actorLabel: 'Committee Services <clerk@halton.example>',
        requestId: 'r-1',
      });
      expect(event.before).toMatchObject({ percentComplete: old, reference: 'O1', version: action.version - 1 });
      expect(event.after).toMatchObject({ percentComplete: next, reference: 'O1', version: action.version });
    });

    it('records the whole row after a partial save', async () => {
      const action = await sut.dataSource
        .getRepository(ActionEntity)
        .findOneByOrFail({ authorityId: haltonId, reference: 'P1' });
      await asClerk('r-partial', () =>
        sut.dataSource.getRepository(ActionEntity).save({ id: action.id, title: 'A clearer title' }),
      );
      const [event] = await auditEvents().findBy({ requestId: 'r-partial' });
      expect(event.before).toMatchObject({ title: action.title, reference: 'P1' });
      expect(event.after).toMatchObject({
        title: 'A clearer title',
        reference: 'P1',
        ownerId: action.ownerId,
        description: action.description,
        version: action.version + 1,
      });
    });

    it('records a removal with the row before', async () => {
      const milestone = await sut.dataSource
        .getRepository(MilestoneEntity)
        .findOneOrFail({ where: { authorityId: haltonId }, order: { dueDate: 'ASC' } });
      const { id, title, dueDate } = milestone;
      await asClerk('r-2', () => sut.dataSource.getRepository(MilestoneEntity).remove(milestone));

      const events = await eventsOf('milestone', id);
      expect(events.map((event) => event.operation)).toEqual(['insert', 'delete']);
      expect(events[1]).toMatchObject({ authorityId: haltonId, actorId: clerk.id, requestId: 'r-2', after: null });
      expect(events[1].before).toMatchObject({ id, title, dueDate, authorityId: haltonId });
    });

    it('records manager.insert too, with the generated id', async () => {
      const partners = sut.dataSource.getRepository(PartnerOrganisationEntity);
      const result = await asClerk('r-insert', () =>
        partners.insert({
          authorityId: haltonId,
          name: 'Halton Youth Offending Team',
          kind: HALTON_EXAMPLE.partners[0].kind,
        }),
      );
      const id = result.identifiers[0].id as string;
      const [event] = await eventsOf('partner_organisation', id);
      expect(event).toMatchObject({ operation: 'insert', authorityId: haltonId, actorId: clerk.id });
      expect(event.after).toMatchObject({ id, name: 'Halton Youth Offending Team' });
    });

    it('leaves sessions, sign-in attempts and query-builder updates out', async () => {
      const count = await auditEvents().count();
      await asClerk('r-skip', async () => {
        await sut.dataSource.getRepository(SessionEntity).save({
          tokenHash: randomBytes(32).toString('hex'),
          userId: clerk.id,
          lastSeenAt: new Date(),
          expiresAt: new Date(Date.now() + 3_600_000),
        });
        await sut.dataSource
          .getRepository(SignInAttemptEntity)
          .insert({ email: clerk.email, ipAddress: '127.0.0.1', succeeded: true });
        // Not recordable: TypeORM does not say which rows a query-builder update changed.
        await sut.dataSource
          .getRepository(ActionEntity)
          .update({ authorityId: haltonId, reference: 'P2' }, { title: 'x' });
      });
      expect(await auditEvents().count()).toBe(count);
    });
  });

  describe('the same transaction as the change', () => {
    it('keeps no event when the change rolls back', async () => {
      const actions = sut.dataSource.getRepository(ActionEntity);
      const action = await actions.findOneByOrFail({ authorityId: haltonId, reference: 'O2.1' });
      const countBefore = await auditEvents().count();
      let countInside = 0;
      await expect(
        asClerk('r-rollback', () =>
          sut.dataSource.transaction(async (manager) => {
            action.percentComplete = action.percentComplete === 10 ? 20 : 10;
            await manager.save(action);
            countInside = await manager.count(AuditEventEntity);
            throw new Error('rolled back on purpose');
          }),
        ),
      ).rejects.toThrow('rolled back on purpose');

      expect(countInside).toBe(countBefore + 1);
      expect(await auditEvents().count()).toBe(countBefore);
      expect(await auditEvents().countBy({ requestId: 'r-rollback' })).toBe(0);
      const reloaded = await actions.findOneByOrFail({ id: action.id });
      expect(reloaded.version).toBe(action.version - 1);
    });
  });

  describe('reading the trail', () => {
    let othertonId: string;
    let startOfTests: Date;

    beforeAll(async () => {
      startOfTests = (await auditEvents().findOneByOrFail({ requestId: 'r-token' })).occurredAt;
      othertonId = await loadOtherton(sut);
    });

    it("never returns another authority's events", async () => {
      const halton = await repository.list(haltonId, { limit: 10_000 });
      const otherton = await repository.list(othertonId, { limit: 10_000 });
      expect(halton.length).toBeGreaterThan(100);
      expect(otherton.length).toBeGreaterThan(100);
      expect(halton.every((event) => event.authorityId === haltonId)).toBe(true);
      expect(otherton.every((event) => event.authorityId === othertonId)).toBe(true);
      expect(otherton.every((event) => event.actorLabel === 'test: second authority')).toBe(true);
      const othertonAction = otherton.find((event) => event.entity === 'action');
      expect(await repository.list(haltonId, { entityId: othertonAction?.entityId, limit: 10 })).toEqual([]);
    });

    it('lists newest first and pages by id', async () => {
      const all = await repository.list(haltonId, { limit: 10_000 });
      const ids = all.map((event) => BigInt(event.id));
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));

      const first = await service.list(caller, { limit: 2 });
      expect(first.events.map((event) => event.id)).toEqual([all[0].id, all[1].id]);
      expect(first.nextBefore).toBe(all[1].id);
      const second = await service.list(caller, { limit: 2, before: first.nextBefore ?? undefined });
      expect(second.events.map((event) => event.id)).toEqual([all[2].id, all[3].id]);

      const last = await service.list(caller, { limit: 500, before: all[all.length - 3].id });
      expect(last.events).toHaveLength(2);
      expect(last.nextBefore).toBeNull();
    });

    it('filters by entity, id, actor and time', async () => {
      const action = await sut.dataSource
        .getRepository(ActionEntity)
        .findOneByOrFail({ authorityId: haltonId, reference: 'O1' });
      const byEntity = await repository.list(haltonId, { entity: 'milestone', limit: 10_000 });
      expect(byEntity.length).toBeGreaterThan(0);
      expect(byEntity.every((event) => event.entity === 'milestone')).toBe(true);

      const byId = await repository.list(haltonId, { entity: 'action', entityId: action.id, limit: 10 });
      expect(byId.map((event) => event.operation)).toEqual(['update', 'insert']);

      const byActor = await repository.list(haltonId, { actorId: clerk.id, limit: 10_000 });
      expect(new Set(byActor.map((event) => event.requestId))).toEqual(
        new Set(['r-token', 'r-1', 'r-partial', 'r-2', 'r-insert']),
      );

      const beforeTests = await repository.list(haltonId, { to: startOfTests, limit: 10_000 });
      expect(beforeTests.length).toBeGreaterThan(100);
      expect(beforeTests.every((event) => event.actorLabel === EXAMPLE_ACTOR)).toBe(true);
      const fromTests = await repository.list(haltonId, { from: startOfTests, limit: 10_000 });
      expect(fromTests.map((event) => event.requestId)).toContain('r-1');
      expect(fromTests.map((event) => event.requestId)).not.toContain(null);

      const later = new Date((await databaseNow()).getTime() + 60_000);
      expect(await repository.list(haltonId, { from: later, limit: 10 })).toEqual([]);
    });

    it('gives events as DTOs and refuses `from` after `to`', async () => {
      const page = await service.list(caller, { id: (await eventsOf('judgement'))[0].entityId, limit: 1 });
      expect(page.events[0]).toEqual({
        id: expect.any(String),
        occurredAt: expect.stringMatching(/Z$/),
        actor: { id: null, label: EXAMPLE_ACTOR },
        entity: 'judgement',
        entityId: expect.any(String),
        operation: 'insert',
        before: null,
        after: expect.objectContaining({ authorityId: haltonId }),
        requestId: null,
      });
      await expect(service.list(caller, { from: '2008-10-02', to: '2008-10-01' })).rejects.toThrow(DomainError);
      expect(() => service.exportCsv(caller, { from: '2008-10-02', to: '2008-10-01' })).toThrow(
        'from must not be after to.',
      );
    });

    it('exports every matching event as CSV, in batches', async () => {
      const all = await repository.list(haltonId, { limit: 10_000 });
      const batches: number[] = [];
      for await (const batch of repository.batches(haltonId, {}, 100)) batches.push(batch.length);
      expect(batches.reduce((sum, size) => sum + size, 0)).toBe(all.length);
      expect(batches.slice(0, -1).every((size) => size === 100)).toBe(true);

      const csv = service.exportCsv(caller, { entity: 'action' }, new Date('2008-06-30T23:30:00Z'));
      expect(csv.fileName).toBe('audit-halton-borough-council-2008-07-01.csv');
      const text = await collect(csv.chunks);
      expect(text.startsWith(`\uFEFF${auditCsvHeader()}`)).toBe(true);
      const expectedLines = all.filter((event) => event.entity === 'action').length + 1;
      expect(text.split('\r\n')).toHaveLength(expectedLines + 1);
      expect(text).toContain(`,Committee Services <clerk@halton.example>,action,`);
      expect(text).not.toContain(othertonId);
    });
  });
});
