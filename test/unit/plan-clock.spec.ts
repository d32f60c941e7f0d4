/** The plan's clock: the framework's rule read with the plan's own dates, one case per plan rule. */
import { areaLabelIn } from '../../src/frameworks/inspection-framework';
import { clockOf, planClockOf } from '../../src/clock/plan-clock';
import { addWorkingDays } from '../../src/clock/working-days';

const dates = (overrides: Partial<Parameters<typeof planClockOf>[0]> = {}) => ({
  reportReceivedOn: '2025-09-01',
  endorsedOn: null,
  sentToInspectorateOn: null,
  ...overrides,
});

describe('planClockOf', () => {
  it('after every report: the final plan’s due date, state and summary at the top, with the rule and its sources', () => {
    const sut = planClockOf(dates(), { framework: 'sif', grades: ['requires_improvement'] }, '2025-10-01');
    expect(sut).toMatchObject({
      framework: 'sif',
      frameworkName: expect.stringContaining('2013'),
      owes: true,
      receivedOn: '2025-09-01',
      dueOn: addWorkingDays('2025-09-01', 70),
      state: 'running',
      metOn: null,
      monitoring: null,
    });
    expect(sut.deadlines).toHaveLength(1);
    expect(sut.sources.length).toBeGreaterThan(0);
    expect(sut.sources[0]).toEqual({ cite: expect.any(String), url: expect.stringMatching(/^https?:\/\//) });
  });

  it('after a focused visit with priority actions: a draft within 20 and a final plan within 70 working days', () => {
    const sut = planClockOf(
      dates({ sentToInspectorateOn: '2025-10-15' }),
      { framework: 'focused_visit', grades: [], priorityAction: true },
      '2025-11-01',
    );
    expect(sut.deadlines.map((deadline) => [deadline.key, deadline.workingDays, deadline.dueOn])).toEqual([
      ['draft_action_plan', 20, addWorkingDays('2025-09-01', 20)],
      ['action_plan', 70, addWorkingDays('2025-09-01', 70)],
    ]);
    expect(sut).toMatchObject({ owes: true, state: 'met', metOn: '2025-10-15' });
    expect(sut.deadlines[0].state).toBe('met_late');
  });

  it('after a focused visit with priority actions: the draft is met on the day the draft was sent, the final plan runs on', () => {
    const received = '2025-09-01';
    const draftDue = addWorkingDays(received, 20);
    const sut = planClockOf(
      dates({ draftSentOn: addWorkingDays(received, 15) }),
      { framework: 'focused_visit', grades: [], priorityAction: true },
      addWorkingDays(received, 30),
    );
    expect(sut.deadlines.map((deadline) => [deadline.key, deadline.state, deadline.dueOn])).toEqual([
      ['draft_action_plan', 'met', draftDue],
      ['action_plan', 'running', addWorkingDays(received, 70)],
    ]);
    expect(sut).toMatchObject({ state: 'running', workingDaysLeft: 40 });
    const unsent = planClockOf(
      dates(),
      { framework: 'focused_visit', grades: [], priorityAction: true },
      addWorkingDays(received, 30),
    );
    expect(unsent.deadlines[0]).toMatchObject({ state: 'late', workingDaysLate: 10 });
  });

  it('after a focused visit without priority actions, or an APA: nothing owed, and says so', () => {
    for (const framework of ['focused_visit', 'apa', 'monitoring_visit'] as const) {
      const sut = planClockOf(dates(), { framework, grades: [] }, '2025-11-01');
      expect(sut).toMatchObject({ owes: false, state: 'nothing_owed', dueOn: null, deadlines: [] });
      expect(sut.summary).toMatch(/^Nothing is owed by a deadline/);
    }
  });

  it('an endorsed plan with no sending recorded asks for the day it was sent, years later too', () => {
    const sut = planClockOf(
      dates({ reportReceivedOn: '2008-07-22', endorsedOn: '2008-09-11' }),
      { framework: 'jar', grades: [] },
      '2026-12-05',
    );
    expect(sut.state).toBe('sent_date_missing');
    expect(sut.workingDaysLate).toBe(0);
    expect(sut.summary).not.toMatch(/late/);
  });

  it('with no framework recorded: counts nothing and says why', () => {
    const sut = planClockOf(dates(), null, '2025-11-01');
    expect(sut).toMatchObject({ framework: null, frameworkName: null, owes: false, state: 'nothing_owed' });
    expect(sut.summary).toBe('No framework is recorded for this inspection, so no deadline is counted.');
  });
});

describe('areaLabelIn', () => {
  it('names an area in its framework’s words as in force on the inspection’s date', () => {
    expect(areaLabelIn('ilacs_2018', 'children_in_care', '2019-05-01')).toBe(
      'The experiences and progress of children in care and care leavers',
    );
    expect(areaLabelIn('ilacs_2018', 'children_in_care', '2024-05-01')).toBe(
      'The experiences and progress of children in care',
    );
    expect(areaLabelIn('sif', 'leadership', null)).toBe('Leadership, management and governance');
    expect(areaLabelIn('ilacs_2018', 'leadership', null)).toBe(
      'The impact of leaders on social work practice with children and families',
    );
  });

  it('keeps the vocabulary’s label for an area the framework does not list, or with no framework', () => {
    expect(areaLabelIn('jar', 'health', null)).toBe('Health');
    expect(areaLabelIn(null, 'youth_support', null)).toBe('Youth support');
    expect(areaLabelIn('jar', 'fostering_services', null)).toBe('fostering services');
  });
});

describe('clockOf', () => {
  const plan = {
    id: 'plan-1',
    ...dates(),
    inspection: { framework: 'focused_visit' as const, judgements: [], recommendations: [{ priorityAction: true }] },
  };

  it('reads the clock with the inspection the plan was loaded with: a priority action makes a focused visit owe a plan', () => {
    const sut = clockOf(plan, '2025-10-01');
    expect(sut).toEqual(
      planClockOf(plan, { framework: 'focused_visit', grades: [], priorityAction: true }, '2025-10-01'),
    );
    expect(sut.owes).toBe(true);
  });

  it('passes the judgements’ grades on, and owes nothing for a focused visit without priority actions', () => {
    const sut = clockOf(
      {
        ...plan,
        inspection: { framework: 'focused_visit', judgements: [{ grade: 'inadequate' }], recommendations: [] },
      },
      '2025-10-01',
    );
    expect(sut.owes).toBe(false);
  });

  it('refuses a plan loaded without its inspection, naming it', () => {
    expect(() => clockOf({ ...plan, inspection: undefined }, '2025-10-01')).toThrow(/Plan plan-1 was loaded without/);
  });
});
