import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { NotificationEntity } from '../../src/notifications/notification.entity';
import { JOB_QUEUE, type JobQueue, type JobStatus } from '../../src/jobs/job-queue';
import { SEND_REMINDERS_JOB } from '../../src/notifications/reminder-jobs';
import { RemindersService } from '../../src/notifications/reminders.service';
import { signInThroughPage } from '../support/browser-session';
import { type TestSmtpServer, startSmtpServer } from '../support/smtp-server';
import { type TestApp, type TestDatabase, createTestDatabase, databaseMode, startTestApp } from '../support/test-app';

/**
 * The Halton example's owners posted updates up to 2009-10 Q2. "Today" is set by the day the
 * reminders run for: 2009-10 Q3 closed on 31 December 2009, 1 January 2010 was a bank holiday, so
 * its missing updates are five working days late on Friday 8 January and ten on Friday 15 January.
 */
const FIVE_LATE = '2010-01-08';
const TEN_LATE = '2010-01-15';
/** Five working days before 2009-10 Q4 closes on 31 March 2010. */
const BEFORE_Q4_CLOSES = '2010-03-24';

/** The first file of a run to ask for the Halton example makes its seed: on a busy machine, minutes on PGlite. */
const SEED_TIMEOUT = 300_000;

const PLAN = HALTON_EXAMPLE.plan.reference;
const OPEN = HALTON_EXAMPLE.actions.filter((action) => !['complete', 'cancelled'].includes(action.status));
const LEADS = new Map(HALTON_EXAMPLE.themeLeads.map((lead) => [lead.theme, lead.userEmail]));

function leadOf(action: (typeof OPEN)[number]): string | null {
  return (
    (action.judgementAreaKey && LEADS.get(action.judgementAreaKey)) ||
    (action.ecmOutcome && LEADS.get(action.ecmOutcome)) ||
    null
  );
}

/** Email → the references of the open actions each is told about on a day five working days late. */
function expectedOnFiveLate(): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const add = (email: string | null | undefined, reference: string) => {
    if (!email) return;
    expected.set(email, [...(expected.get(email) ?? []), reference]);
  };
  for (const action of OPEN) {
    add(action.ownerEmail, action.reference);
    add(leadOf(action), action.reference);
  }
  return expected;
}

function smtpConfig(smtp: TestSmtpServer) {
  return {
    exampleData: 'halton' as const,
    mail: { transport: 'smtp' as const, url: smtp.url, from: 'Improvement Tracker <tracker@halton.example>' },
    publicUrl: 'https://tracker.halton.example',
  };
}

describe(`reminders and escalations by SMTP (${databaseMode} database)`, () => {
  let smtp: TestSmtpServer;
  let database: TestDatabase;
  let sut: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createTestDatabase('reminders', 'halton');
    sut = await startTestApp('reminders', smtpConfig(smtp), database);
  }, SEED_TIMEOUT);
  afterAll(async () => {
    await sut?.close();
    await smtp?.close();
  });

  const runFor = (day: string, app = sut) => app.app.get(RemindersService).runFor(day);

  it('sends owners and theme leads one digest each, listing every action whose update is five working days late', async () => {
    const expected = expectedOnFiveLate();
    expect(OPEN.length).toBeGreaterThan(10);

    const run = await runFor(FIVE_LATE);

    expect(run).toEqual({ day: FIVE_LATE, delivered: expected.size, failed: 0, alreadyClaimed: 0 });
    expect(smtp.messages.map((mail) => mail.to.join()).sort()).toEqual([...expected.keys()].sort());
    for (const mail of smtp.messages) {
      const references = expected.get(mail.to[0]) as string[];
      const listed = [...mail.text.matchAll(new RegExp(`^\\* ${PLAN} (\\S+):`, 'gm'))].map((match) => match[1]);
      expect([mail.to[0], listed.sort()]).toEqual([mail.to[0], [...references].sort()]);
      expect(mail.from).toBe('tracker@halton.example');
      expect(mail.text).toContain('2009-10 Q3');
      expect(mail.text).toContain('https://tracker.halton.example/plans/');
    }
    // Helen Ashworth owns actions and leads three themes: still one message, in two parts.
    const helen = smtp.messages.find((mail) => mail.to[0] === 'owner@halton.example');
    expect(helen?.text).toContain('Updates due from you');
    expect(helen?.text).toContain('Overdue updates in the themes you lead');
    expect(helen?.text).toContain('https://tracker.halton.example/my-actions');
    // Complete actions are never listed; the clerk is not told yet.
    for (const action of HALTON_EXAMPLE.actions.filter((a) => a.status === 'complete')) {
      expect(smtp.messages.some((mail) => mail.text.includes(`${PLAN} ${action.reference}:`))).toBe(false);
    }
    expect(smtp.messages.some((mail) => mail.to.includes('clerk@halton.example'))).toBe(false);
  });

  it('records every message, each with its audit events, and sends nothing more on a second run the same day', async () => {
    const count = smtp.messages.length;
    const again = await runFor(FIVE_LATE);
    expect(again).toEqual({ day: FIVE_LATE, delivered: 0, failed: 0, alreadyClaimed: 0 });
    expect(smtp.messages).toHaveLength(count);

    const records = await sut.dataSource.getRepository(NotificationEntity).findBy({ day: FIVE_LATE });
    expect(records).toHaveLength(count);
    for (const record of records) {
      expect(record).toMatchObject({ kind: 'digest', transport: 'smtp', status: 'delivered', period: '2009-10 Q3' });
      expect(record.deliveredAt).toBeInstanceOf(Date);
      expect(record.providerReference).toMatch(/@/);
    }
    const [{ inserts, updates, actor }] = await sut.dataSource.query(
      `SELECT count(*) FILTER (WHERE operation = 'insert')::int AS inserts,
              count(*) FILTER (WHERE operation = 'update')::int AS updates, min(actor_label) AS actor
         FROM audit_event WHERE entity = 'notification' AND entity_id = ANY($1)`,
      [records.map((record) => record.id)],
    );
    expect({ inserts, updates, actor }).toEqual({ inserts: count, updates: count, actor: 'system: reminders' });
  });

  it('tells the committee clerk after a further five working days, and nobody already told', async () => {
    smtp.messages.length = 0;
    const run = await runFor(TEN_LATE);
    expect(run.delivered).toBe(1);
    expect(smtp.messages.map((mail) => mail.to)).toEqual([['clerk@halton.example']]);
    const listed = [...smtp.messages[0].text.matchAll(new RegExp(`^\\* ${PLAN} (\\S+):`, 'gm'))].map((m) => m[1]);
    expect(listed.sort()).toEqual(OPEN.map((action) => action.reference).sort());
    expect(smtp.messages[0].text).toContain('Overdue updates for the committee');
  });

  it('runs as a job on the queue, for the day in its data; a day that is not a date fails at once with its reason', async () => {
    const queue = sut.app.get<JobQueue>(JOB_QUEUE);
    const ended = async (id: string): Promise<JobStatus> => {
      for (let tries = 0; tries < 200; tries++) {
        const status = await queue.status(id);
        if (status && (status.state === 'done' || status.state === 'failed')) return status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Job ${id} did not end`);
    };
    smtp.messages.length = 0;
    const sunday = await ended(await queue.enqueue(SEND_REMINDERS_JOB, { day: '2010-01-17' }));
    expect(sunday).toMatchObject({
      state: 'done',
      result: { day: '2010-01-17', delivered: 0, failed: 0, alreadyClaimed: 0 },
    });
    const notADay = await ended(await queue.enqueue(SEND_REMINDERS_JOB, { day: '17 January' }));
    expect(notADay).toMatchObject({ state: 'failed', attempts: 1 });
    expect(notADay.reason).toContain('is not a date');
    expect(smtp.messages).toHaveLength(0);
  });

  it('sends nothing on a weekend', async () => {
    smtp.messages.length = 0;
    expect(await runFor('2010-01-16')).toEqual({ day: '2010-01-16', delivered: 0, failed: 0, alreadyClaimed: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  (databaseMode === 'server' ? it : it.skip)(
    'sends each digest once when two instances on one database run the same day at the same moment',
    async () => {
      smtp.messages.length = 0;
      const other = await startTestApp('reminders', smtpConfig(smtp), database);
      try {
        const runs = await Promise.all([runFor(BEFORE_Q4_CLOSES), runFor(BEFORE_Q4_CLOSES, other)]);
        const owners = new Set(OPEN.map((action) => action.ownerEmail));
        const recipients = smtp.messages.map((mail) => mail.to[0]);
        expect(recipients.sort()).toEqual([...owners].sort());
        expect(runs[0].delivered + runs[1].delivered).toBe(owners.size);
        expect(runs[0].failed + runs[1].failed).toBe(0);
      } finally {
        await other.stop();
      }
    },
  );

  it('records a delivery the SMTP server refused as failed, with its reason', async () => {
    smtp.messages.length = 0;
    smtp.refuse('martin.coyle@halton.example');
    const day = '2010-06-24';
    const run = await runFor(day);
    expect(run.failed).toBe(1);
    expect(run.delivered).toBeGreaterThan(0);
    const records = await sut.dataSource.getRepository(NotificationEntity).findBy({ day });
    const martin = records.find((record) => record.recipientEmail === 'martin.coyle@halton.example');
    expect(martin).toMatchObject({ status: 'failed', deliveredAt: null });
    expect(martin?.failedAt).toBeInstanceOf(Date);
    expect(martin?.failureReason).toMatch(/^The SMTP server did not take the message: .*550/);
    expect(records.filter((record) => record.status === 'delivered')).toHaveLength(run.delivered);
    expect(smtp.messages.some((mail) => mail.to.includes('martin.coyle@halton.example'))).toBe(false);

    // What failed is not retried the same day: the day's record for Martin is already there.
    const count = smtp.messages.length;
    expect(await runFor(day)).toEqual({ day, delivered: 0, failed: 0, alreadyClaimed: 1 });
    expect(smtp.messages).toHaveLength(count);
  });
});

describe(`reminders kept in the outbox when no mail is configured (${databaseMode} database)`, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp('reminders-outbox', { exampleData: 'halton' });
  }, SEED_TIMEOUT);
  afterAll(() => sut?.close());

  it('lets a person choose their digest days, and keeps their digest for the next day they chose', async () => {
    const martin = sut.browser();
    await signInThroughPage(martin, 'martin.coyle@halton.example');
    const page = await martin.get('/account/notifications').expect(200);
    expect(page.text).toContain('Which days do you want your digest on?');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];

    const refused = await martin.post('/account/notifications').type('form').send({ _csrf: csrf }).expect(400);
    expect(refused.text).toContain('Choose at least one day for your digest');
    await martin.post('/account/notifications').type('form').send({ _csrf: csrf, weekdays: '6' }).expect(400);
    await martin
      .post('/account/notifications')
      .type('form')
      .send({ _csrf: csrf, weekdays: '3' })
      .expect(303)
      .expect('Location', '/account/notifications?saved=1');
    const saved = await martin.get('/account/notifications?saved=1').expect(200);
    expect(saved.text).toContain('Your digest days have been saved.');
    expect(saved.text).toMatch(/value="3" checked/);

    const reminders = sut.app.get(RemindersService);
    await reminders.runFor(FIVE_LATE); // a Friday
    const outbox = (day: string) =>
      sut.dataSource.query(
        `SELECT o.recipient_email AS email FROM outbox_message o
           JOIN notification n ON n.provider_reference = o.id::text WHERE n.day = $1`,
        [day],
      ) as Promise<{ email: string }[]>;
    const friday = (await outbox(FIVE_LATE)).map((row) => row.email);
    expect(friday).toHaveLength(expectedOnFiveLate().size - 1);
    expect(friday).not.toContain('martin.coyle@halton.example');
    await reminders.runFor('2010-01-13'); // the Wednesday after
    expect((await outbox('2010-01-13')).map((row) => row.email)).toEqual(['martin.coyle@halton.example']);
  });

  it('shows administrators the outbox and each message, and nobody else', async () => {
    const admin = sut.browser();
    await signInThroughPage(admin, 'admin@halton.example');
    const list = await admin.get('/admin/outbox').expect(200);
    expect(list.text).toContain('No mail is configured');
    expect(list.text).toContain(`${expectedOnFiveLate().size} messages`);
    const id = /href="\/admin\/outbox\/([0-9a-f-]{36})"/.exec(list.text)?.[1];
    const message = await admin.get(`/admin/outbox/${id}`).expect(200);
    expect(message.text).toContain('Improvement plan updates');
    expect(message.text).toMatch(new RegExp(`\\* ${PLAN} [OP][0-9.]+: `));
    await admin.get('/admin/outbox/00000000-0000-4000-8000-000000000000').expect(404);

    const owner = sut.browser();
    await signInThroughPage(owner, 'owner@halton.example');
    await owner.get('/admin/outbox').expect(403);
    await sut.http().get('/admin/outbox').expect(303);

    const [{ transports }] = await sut.dataSource.query(
      `SELECT array_agg(DISTINCT transport) AS transports FROM notification`,
    );
    expect(transports).toEqual(['outbox']);
  });
});
