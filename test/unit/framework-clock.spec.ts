/**
 * The statutory clock per framework: what is owed, by when, in working days with bank holidays, and
 * the day it was met (sent to Ofsted), in words a clerk reads.
 */
import { type ClockFacts, readClock } from '../../src/clock/framework-clock';

const facts = (overrides: Partial<ClockFacts>): ClockFacts => ({
  framework: 'jar',
  reportReceivedOn: '2008-09-05',
  asOf: '2008-11-11',
  ...overrides,
});

describe('readClock: the JAR written statement', () => {
  it('counts 70 working days from the day the report was received', () => {
    const sut = readClock(facts({}));
    expect(sut).toMatchObject({ framework: 'jar', owes: true, confirmed: false });
    expect(sut.deadlines).toEqual([
      {
        key: 'action_plan',
        what: 'the written statement of proposed action (the action plan)',
        workingDays: 70,
        dueOn: '2008-12-12',
        state: 'running',
        workingDaysLeft: 23,
        workingDaysLate: 0,
        metOn: null,
        summary:
          '23 working days left: the written statement of proposed action (the action plan) is due on 12 December 2008.',
      },
    ]);
  });

  it('is met on the day the plan was sent to Ofsted, whenever it is read', () => {
    const sut = readClock(facts({ endorsedOn: '2008-12-10', sentToInspectorateOn: '2008-12-11', asOf: '2027-01-04' }));
    expect(sut.deadlines[0]).toMatchObject({ state: 'met', metOn: '2008-12-11', workingDaysLate: 0 });
    expect(sut.summary).toBe(
      'Met: the written statement of proposed action (the action plan) was sent to Ofsted on 11 December 2008, 1 working day before it was due on 12 December 2008.',
    );
  });

  it('counts lateness to the day it was sent, not to the day it is read', () => {
    const sut = readClock(facts({ sentToInspectorateOn: '2008-12-19', asOf: '2027-01-04' }));
    expect(sut.deadlines[0]).toMatchObject({ state: 'met_late', workingDaysLate: 5 });
    expect(sut.summary).toMatch(
      /^Sent late: .* on 19 December 2008, 5 working days after it was due on 12 December 2008\.$/,
    );
  });

  it('does not call an endorsed plan thousands of working days late when its sending is not recorded', () => {
    const sut = readClock(facts({ endorsedOn: '2008-12-10', asOf: '2027-01-04' }));
    expect(sut.deadlines[0]).toMatchObject({ state: 'sent_date_missing', workingDaysLate: 0 });
    expect(sut.summary).toBe(
      'The plan was endorsed on 10 December 2008; record the day it was sent to Ofsted to show whether the written statement of proposed action (the action plan), due on 12 December 2008, was on time.',
    );
    expect(sut.summary).not.toMatch(/late/);
  });

  it('reads a sending after the as-of date as not yet made', () => {
    expect(readClock(facts({ sentToInspectorateOn: '2008-12-11', asOf: '2008-12-01' })).deadlines[0].state).toBe(
      'running',
    );
  });

  it('is late, in working days, only while nothing is sent or endorsed', () => {
    const sut = readClock(facts({ asOf: '2008-12-19' }));
    expect(sut.deadlines[0]).toMatchObject({ state: 'late', workingDaysLate: 5 });
    expect(sut.summary).toBe(
      '5 working days late: the written statement of proposed action (the action plan) was due on 12 December 2008 and is not recorded as sent.',
    );
    expect(readClock(facts({ asOf: '2008-12-12' })).deadlines[0].state).toBe('due_today');
  });

  it('asks for the day the report was received rather than guessing it', () => {
    const sut = readClock(facts({ reportReceivedOn: null }));
    expect(sut.deadlines[0]).toMatchObject({ state: 'cannot_count', dueOn: null });
    expect(sut.summary).toBe(
      'The written statement of proposed action (the action plan) is due 70 working days after the report is received: record the day it was received to count them.',
    );
  });

  it('refuses a sending before the report was received, and dates past the calendar, in words', () => {
    expect(readClock(facts({ sentToInspectorateOn: '2008-09-01' })).summary).toMatch(/: check the dates\.$/);
    expect(readClock(facts({ reportReceivedOn: '2030-10-01', asOf: '2030-10-02' })).deadlines[0].state).toBe(
      'cannot_count',
    );
    expect(readClock(facts({ asOf: '2031-02-03' })).summary).toMatch(/^Late: /);
  });
});

describe('readClock: ILACS', () => {
  it('owes the action plan after every inspection, and says monitoring follows an inadequate judgement', () => {
    const sut = readClock({
      framework: 'ilacs_2018',
      grades: ['inadequate', 'requires_improvement'],
      reportReceivedOn: '2022-11-01',
      asOf: '2022-11-01',
    });
    expect(sut).toMatchObject({ owes: true, confirmed: true });
    expect(sut.deadlines[0]).toMatchObject({ dueOn: '2023-02-10', state: 'running', workingDaysLeft: 70 });
    expect(sut.monitoring).toBe(
      'An area is judged inadequate, so Ofsted will monitor progress with visits about every three months.',
    );
    expect(sut.sources).toContain('eia2006s137');
  });

  it('says nothing of monitoring after a good inspection', () => {
    expect(
      readClock({ framework: 'ilacs_2018', grades: ['good'], reportReceivedOn: '2022-11-01', asOf: '2022-12-01' })
        .monitoring,
    ).toBeNull();
  });
});

describe('readClock: focused visits', () => {
  it('owes a draft in 20 and a final plan in 70 working days after a priority action', () => {
    const sut = readClock({
      framework: 'focused_visit',
      priorityAction: true,
      reportReceivedOn: '2018-08-10',
      draftSentOn: '2018-09-07',
      asOf: '2018-09-20',
    });
    expect(sut.deadlines.map((deadline) => [deadline.key, deadline.dueOn, deadline.state])).toEqual([
      ['draft_action_plan', '2018-09-10', 'met'],
      ['action_plan', '2018-11-19', 'running'],
    ]);
    expect(sut.summary).toBe(
      'Met: an early draft of the action plan was sent to Ofsted on 7 September 2018, 1 working day before it was due on 10 September 2018. ' +
        '42 working days left: the final action plan is due on 19 November 2018.',
    );
  });

  it('owes nothing when the letter names no priority action, and says so', () => {
    expect(readClock({ framework: 'focused_visit', reportReceivedOn: '2018-08-10', asOf: '2018-09-20' })).toMatchObject(
      {
        owes: false,
        deadlines: [],
        summary: 'Nothing is owed by a deadline: the letter names no areas for priority action.',
      },
    );
  });
});

describe('readClock: frameworks that owe nothing', () => {
  it.each([
    ['monitoring_visit', /A monitoring visit asks for no new plan/],
    ['apa', /reported by letter and asks for no written statement/],
    ['lscb_review', /asks the board, not the council/],
  ] as const)('%s', (framework, words) => {
    const sut = readClock({ framework, reportReceivedOn: '2016-03-01', asOf: '2016-09-01' });
    expect(sut.owes).toBe(false);
    expect(sut.summary).toMatch(/^Nothing is owed by a deadline\. /);
    expect(sut.summary).toMatch(words);
  });

  it('counts nothing when no framework is known', () => {
    expect(readClock({ framework: null, reportReceivedOn: '2016-03-01', asOf: '2016-09-01' }).summary).toBe(
      'No framework is recorded for this inspection, so no deadline is counted.',
    );
  });
});
