import { digestMessage } from '../../../src/notifications/digest-message';
import {
  type Digest,
  type ReminderAction,
  type ReminderFacts,
  type ReminderPerson,
  type Weekday,
  digestsFor,
  noticeKey,
} from '../../../src/notifications/reminders';

const AUTHORITY = 'authority-1';

function person(id: string, role: ReminderPerson['role'] = 'owner', active = true): ReminderPerson {
  return { id, authorityId: AUTHORITY, displayName: `Name of ${id}`, role, active };
}

function action(id: string, overrides: Partial<ReminderAction> = {}): ReminderAction {
  return {
    id,
    authorityId: AUTHORITY,
    planId: 'plan-1',
    planReference: 'HALTON-JAR-2008',
    reportingFrequency: 'quarterly',
    reference: id.toUpperCase(),
    title: `Action ${id}`,
    status: 'in_progress',
    startDate: '2008-10-01',
    ownerId: 'owner-a',
    judgementAreaKey: 'health',
    ecmOutcome: 'be_healthy',
    // Updated for the quarter before the one that closes on 31 December 2009.
    latestUpdatePeriod: '2009-10 Q2',
    ...overrides,
  };
}

function facts(overrides: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    actions: [action('o1'), action('o2'), action('p1', { ownerId: 'owner-b', judgementAreaKey: 'safeguarding' })],
    people: [
      person('owner-a'),
      person('owner-b'),
      person('lead-health'),
      person('lead-healthy'),
      person('lead-safeguarding'),
      person('clerk', 'clerk'),
      person('old-clerk', 'clerk', false),
      person('scrutiny', 'scrutiny'),
    ],
    themeLeads: [
      { authorityId: AUTHORITY, theme: 'health', userId: 'lead-health' },
      { authorityId: AUTHORITY, theme: 'be_healthy', userId: 'lead-healthy' },
      { authorityId: AUTHORITY, theme: 'safeguarding', userId: 'lead-safeguarding' },
    ],
    digestWeekdays: new Map(),
    delivered: new Set(),
    ...overrides,
  };
}

/** Recipient → the kinds and action references in their digest. */
function summary(digests: Digest[]): Record<string, string[]> {
  return Object.fromEntries(
    digests.map((digest) => [
      digest.recipientId,
      digest.notices.map((notice) => `${notice.kind} ${notice.actionReference} ${notice.period}`),
    ]),
  );
}

describe('the reminder rules', () => {
  describe('before a period closes', () => {
    it('reminds owners once five working days are left before the close, counting the Christmas bank holidays', () => {
      // 2009-10 Q3 ends on Thursday 31 December 2009; 25 and 28 December are bank holidays, so five
      // working days are left after Tuesday 22 December, not after Thursday 24th.
      expect(digestsFor('2009-12-21', facts())).toEqual([]);
      expect(summary(digestsFor('2009-12-22', facts()))).toEqual({
        'owner-a': ['owner O1 2009-10 Q3', 'owner O2 2009-10 Q3'],
        'owner-b': ['owner P1 2009-10 Q3'],
      });
      expect(summary(digestsFor('2009-12-24', facts()))['owner-a']).toHaveLength(2);
    });

    it('sends nothing on a weekend or a bank holiday', () => {
      expect(digestsFor('2009-12-25', facts())).toEqual([]);
      expect(digestsFor('2009-12-26', facts())).toEqual([]);
      expect(digestsFor('2009-12-28', facts())).toEqual([]);
    });

    it('lists several actions in one digest per person, never one message per action', () => {
      const digests = digestsFor('2009-12-22', facts());
      expect(digests.map((digest) => digest.recipientId)).toEqual(['owner-a', 'owner-b']);
      expect(new Set(digests.map((digest) => digest.recipientId)).size).toBe(digests.length);
    });

    it('says nothing about complete or cancelled actions, or those already updated for the period', () => {
      const sut = facts({
        actions: [
          action('o1', { status: 'complete' }),
          action('o2', { status: 'cancelled' }),
          action('o3', { latestUpdatePeriod: '2009-10 Q3' }),
          action('o4', { latestUpdatePeriod: '2009-10 Q4' }),
          action('o5', { startDate: '2010-01-04' }),
          action('o6', { ownerId: null }),
        ],
      });
      expect(digestsFor('2009-12-22', sut)).toEqual([]);
    });

    it('follows a monthly plan’s months', () => {
      // January 2010 ends on Sunday 31st: five working days are left after Friday 22nd.
      const sut = facts({ actions: [action('m1', { reportingFrequency: 'monthly', latestUpdatePeriod: '2009-12' })] });
      expect(digestsFor('2010-01-21', sut)).toEqual([]);
      expect(summary(digestsFor('2010-01-22', sut))).toEqual({ 'owner-a': ['owner M1 2010-01'] });
    });

    it('skips people whose accounts are deactivated', () => {
      const sut = facts({ people: [person('owner-a', 'owner', false), person('owner-b')] });
      expect(summary(digestsFor('2009-12-22', sut))).toEqual({ 'owner-b': ['owner P1 2009-10 Q3'] });
    });
  });

  describe('after a period closes', () => {
    const late = () => facts({ actions: facts().actions.map((a) => ({ ...a, latestUpdatePeriod: '2009-10 Q2' })) });

    it('tells the theme lead when an update is five working days late, and not before', () => {
      // 1 January 2010 is a bank holiday: the fifth working day after 31 December is Friday 8th.
      expect(Object.keys(summary(digestsFor('2010-01-07', late())))).toEqual(['owner-a', 'owner-b']);
      expect(summary(digestsFor('2010-01-08', late()))).toEqual({
        'lead-health': ['theme_lead O1 2009-10 Q3', 'theme_lead O2 2009-10 Q3'],
        'lead-safeguarding': ['theme_lead P1 2009-10 Q3'],
        'owner-a': ['owner O1 2009-10 Q3', 'owner O2 2009-10 Q3'],
        'owner-b': ['owner P1 2009-10 Q3'],
      });
    });

    it('falls back to the lead of the Every Child Matters outcome when the judgement area has none', () => {
      const sut = { ...late(), themeLeads: late().themeLeads.filter((lead) => lead.theme !== 'health') };
      expect(summary(digestsFor('2010-01-08', sut))['lead-healthy']).toEqual([
        'theme_lead O1 2009-10 Q3',
        'theme_lead O2 2009-10 Q3',
      ]);
    });

    it('tells every active clerk after a further five working days', () => {
      expect(summary(digestsFor('2010-01-14', late())).clerk).toBeUndefined();
      expect(summary(digestsFor('2010-01-15', late())).clerk).toEqual([
        'clerk O1 2009-10 Q3',
        'clerk O2 2009-10 Q3',
        'clerk P1 2009-10 Q3',
      ]);
      expect(summary(digestsFor('2010-01-15', late()))['old-clerk']).toBeUndefined();
    });

    it('tells nobody twice: what was delivered is left out of later digests', () => {
      const first = digestsFor('2010-01-08', late());
      const delivered = new Set(first.flatMap((d) => d.notices.map((notice) => noticeKey(d.recipientId, notice))));
      expect(digestsFor('2010-01-11', { ...late(), delivered })).toEqual([]);
      expect(summary(digestsFor('2010-01-15', { ...late(), delivered }))).toEqual({
        clerk: ['clerk O1 2009-10 Q3', 'clerk O2 2009-10 Q3', 'clerk P1 2009-10 Q3'],
      });
    });

    it('uses the configured numbers of working days', () => {
      const rules = { beforeWorkingDays: 2, escalateAfterWorkingDays: 2 };
      expect(summary(digestsFor('2010-01-06', late(), rules)).clerk).toBeUndefined();
      expect(summary(digestsFor('2010-01-07', late(), rules)).clerk).toHaveLength(3);
      expect(digestsFor('2009-12-24', facts(), rules)).toEqual([]);
      expect(digestsFor('2009-12-29', facts(), rules)).toHaveLength(2);
    });
  });

  describe('digest days', () => {
    const only = (id: string, days: Weekday[]) => new Map([[id, days]]);

    it('sends a person’s digest only on the weekdays they chose, keeping what is due for the next one', () => {
      const late = facts({ digestWeekdays: only('lead-health', [3]) });
      // Friday 8 January: the lead's notices wait; Wednesday 13 January: they go.
      expect(summary(digestsFor('2010-01-08', late))['lead-health']).toBeUndefined();
      expect(summary(digestsFor('2010-01-12', late))['lead-health']).toBeUndefined();
      expect(summary(digestsFor('2010-01-13', late))['lead-health']).toEqual([
        'theme_lead O1 2009-10 Q3',
        'theme_lead O2 2009-10 Q3',
      ]);
    });

    it('gives everyone who has not chosen a digest on every working day', () => {
      for (const day of ['2010-01-11', '2010-01-12', '2010-01-13', '2010-01-14', '2010-01-15']) {
        expect(summary(digestsFor(day, facts()))['owner-a']).toBeDefined();
      }
    });
  });
});

describe('a digest in words', () => {
  it('names each action with a link, the period and when it is due, and links to My actions', () => {
    const [digest] = digestsFor('2009-12-22', facts());
    const sut = digestMessage(digest, 'Joanne Whitfield', 'https://tracker.council.example/');
    expect(sut.subject).toBe('Improvement plan updates: 2 due from you');
    expect(sut.body).toContain('Dear Joanne Whitfield,');
    expect(sut.body).toContain(
      '* HALTON-JAR-2008 O1: Action o1 — the update for 2009-10 Q3 is due by 31 December 2009\n  https://tracker.council.example/plans/plan-1/actions/o1',
    );
    expect(sut.body).toContain('HALTON-JAR-2008 O2: Action o2');
    expect(sut.body).toContain('https://tracker.council.example/my-actions');
    expect(sut.body).toContain('https://tracker.council.example/account/notifications');
    expect(sut.periods).toBe('2009-10 Q3');
    expect(sut.personalisation).toEqual({
      name: 'Joanne Whitfield',
      subject: sut.subject,
      body: expect.stringContaining('Updates due from you (2)'),
      link: 'https://tracker.council.example/my-actions',
    });
  });

  it('tells a theme lead whose update is late and by how much', () => {
    const late = facts();
    const digest = digestsFor('2010-01-08', late).find((d) => d.recipientId === 'lead-safeguarding') as Digest;
    const sut = digestMessage(digest, 'Helen Ashworth', 'http://localhost:3000');
    expect(sut.subject).toBe('Improvement plan updates: 1 to look at, 1 overdue');
    expect(sut.body).toContain('Overdue updates in the themes you lead (1)');
    expect(sut.body).toContain('(owner: Name of owner-b) — no update for 2009-10 Q3, 5 working days after it closed');
  });
});
