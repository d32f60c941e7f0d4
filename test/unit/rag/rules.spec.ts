/**
 * Every RAG rule and the words it gives, with time frozen by passing the as-of date, and the
 * properties scrutiny relies on, checked over generated plans.
 */
import fc from 'fast-check';
import { type ActionRow, type MilestoneRow, type UpdateRow, factsAsOf, planStatus } from '../../../src/rag/plan-status';
import {
  type ActionFacts,
  DEFAULT_THRESHOLDS,
  type IndicatorTarget,
  actionRag,
  directionOfTravel,
  indicatorRag,
  rollUp,
  worstOf,
} from '../../../src/rag/rules';

const AS_OF = '2009-10-20';
const base: ActionFacts = {
  status: 'in_progress',
  startDate: '2008-10-01',
  dueDate: '2010-03-31',
  percentComplete: 60,
  override: null,
  milestones: [],
  latestUpdate: { period: '2009-10 Q2', proposedRag: 'green' },
};
const milestone = (dueDate: string, completedOn: string | null = null) => ({
  title: 'Panel in place',
  dueDate,
  completedOn,
});

describe('action RAG, first rule that applies', () => {
  it.each<[string, Partial<ActionFacts>, string, string]>([
    ['complete wins over everything', { status: 'complete', dueDate: '2009-01-01' }, 'complete', 'Complete.'],
    ['cancelled is left out', { status: 'cancelled' }, 'cancelled', 'Cancelled: left out of the counts.'],
    ['not yet started', { startDate: '2009-11-01' }, 'not_started', 'Not started: starts on 1 November 2009.'],
    [
      'an override wins over computed colours',
      { override: { rag: 'green', reason: 'awaiting funding decision', byName: 'J. Smith' }, dueDate: '2009-10-01' },
      'green',
      'Overridden by J. Smith: awaiting funding decision',
    ],
    ['overdue', { dueDate: '2009-10-08' }, 'red', 'Overdue by 12 days: due 8 October 2009.'],
    ['overdue by one day', { dueDate: '2009-10-19' }, 'red', 'Overdue by 1 day: due 19 October 2009.'],
    [
      'the owner reports red',
      { latestUpdate: { period: '2009-10 Q2', proposedRag: 'red' } },
      'red',
      'The owner reports red.',
    ],
    [
      'a milestone beyond the slip limit',
      { milestones: [milestone('2009-09-10')] },
      'red',
      'Milestone "Panel in place" is overdue by 40 days, beyond the 30-day slip limit.',
    ],
    [
      'the owner reports amber',
      { latestUpdate: { period: '2009-10 Q2', proposedRag: 'amber' } },
      'amber',
      'The owner reports amber.',
    ],
    [
      'a milestone overdue within the slip limit',
      { milestones: [milestone('2009-09-30')] },
      'amber',
      'Milestone "Panel in place" is overdue by 20 days.',
    ],
    [
      'a milestone completed late is not overdue',
      { milestones: [milestone('2009-09-10', '2009-10-01')] },
      'green',
      'On track: 60 % complete against 70 % of time elapsed.',
    ],
    [
      'progress lagging time by more than the limit',
      { percentComplete: 32 },
      'amber',
      '32 % complete against 70 % of time elapsed.',
    ],
    [
      'progress lagging by exactly the limit is still green',
      { percentComplete: 45 },
      'green',
      'On track: 45 % complete against 70 % of time elapsed.',
    ],
    ['otherwise green', {}, 'green', 'On track: 60 % complete against 70 % of time elapsed.'],
  ])('%s', (_, facts, rag, reason) => {
    expect(actionRag({ ...base, ...facts }, AS_OF)).toMatchObject({ rag, reason });
  });

  it('marks an override as overridden, and names no one when the overrider is unknown', () => {
    const result = actionRag({ ...base, override: { rag: 'amber', reason: 'Data late.', byName: null } }, AS_OF);
    expect(result).toMatchObject({ rag: 'amber', overridden: true, reason: 'Overridden: Data late.' });
  });

  it("uses the authority's own limits", () => {
    const strict = { ...DEFAULT_THRESHOLDS, milestoneSlipLimitDays: 10, progressLagLimitPoints: 5 };
    expect(actionRag({ ...base, milestones: [milestone('2009-09-30')] }, AS_OF, strict).rag).toBe('red');
    expect(actionRag({ ...base, percentComplete: 60 }, AS_OF, strict).rag).toBe('amber');
  });

  it.each<[string, Partial<ActionFacts>, boolean]>([
    ['the update for the period just ended is in', {}, false],
    [
      'the latest update is for an earlier period',
      { latestUpdate: { period: '2009-10 Q1', proposedRag: 'green' } },
      true,
    ],
    ['no update since starting before the period ended', { latestUpdate: null }, true],
    ['started after the period ended', { latestUpdate: null, startDate: '2009-10-05' }, false],
    ['complete', { status: 'complete', latestUpdate: null }, false],
  ])('update overdue: %s → %s', (_, facts, overdue) => {
    expect(actionRag({ ...base, ...facts }, AS_OF).updateOverdue).toBe(overdue);
  });

  it('counts monthly periods for a plan that reports monthly', () => {
    const facts = { ...base, latestUpdate: { period: '2009-09', proposedRag: 'green' as const } };
    expect(actionRag(facts, AS_OF, DEFAULT_THRESHOLDS, 'monthly').updateOverdue).toBe(false);
    expect(actionRag(facts, '2009-11-02', DEFAULT_THRESHOLDS, 'monthly').updateOverdue).toBe(true);
  });
});

describe('indicator RAG and direction of travel', () => {
  const target: IndicatorTarget = {
    polarity: 'higher_is_better',
    targetValue: 24,
    toleranceKind: 'percentage',
    toleranceValue: 5,
  };
  it.each<[string, Partial<IndicatorTarget>, number | null, string, string]>([
    ['meets the target', {}, 24, 'green', '24 is at or above the target of 24.'],
    ['misses within 5 % (1.2)', {}, 22.8, 'amber', '22.8 misses the target of 24 by 1.2, within the 5 % tolerance.'],
    ['misses beyond it', {}, 21.4, 'red', '21.4 misses the target of 24 by 2.6, beyond the 5 % tolerance.'],
    [
      'lower is better',
      { polarity: 'lower_is_better', targetValue: 9 },
      10.6,
      'red',
      '10.6 misses the target of 9 by 1.6, beyond the 5 % tolerance.',
    ],
    [
      'lower is better, below target',
      { polarity: 'lower_is_better', targetValue: 10 },
      9.2,
      'green',
      '9.2 is at or below the target of 10.',
    ],
    [
      'an absolute tolerance',
      { toleranceKind: 'absolute', toleranceValue: 3 },
      21.4,
      'amber',
      '21.4 misses the target of 24 by 2.6, within the tolerance of 3.',
    ],
    ['no value', {}, null, 'no_data', 'No value recorded yet.'],
    ['no target', { targetValue: null }, 20, 'no_data', 'No target set.'],
  ])('%s', (_, overrides, latest, rag, reason) => {
    expect(indicatorRag({ ...target, ...overrides }, latest)).toEqual({ rag, reason });
  });

  it.each([
    ['higher_is_better', 21.4, 20.1, 'improving'],
    ['higher_is_better', 20.1, 21.4, 'worsening'],
    ['lower_is_better', 10.6, 9.8, 'worsening'],
    ['lower_is_better', 9.2, 9.9, 'improving'],
    ['lower_is_better', 9.2, 9.2, 'no_change'],
  ] as const)('%s: %s after %s is %s', (polarity, latest, previous, direction) => {
    expect(directionOfTravel(polarity, latest, previous)).toBe(direction);
  });

  it('has no direction with only one value', () => {
    expect(directionOfTravel('higher_is_better', 20, null)).toBeNull();
  });
});

describe('roll-ups', () => {
  it('counts by colour, takes the worst as headline and leaves cancelled out of the share on track', () => {
    expect(rollUp(['green', 'complete', 'amber', 'cancelled', 'not_started'])).toEqual({
      counts: { red: 0, amber: 1, green: 1, not_started: 1, complete: 1, cancelled: 1 },
      total: 4,
      shareOnTrack: 50,
      headline: 'amber',
    });
    expect(rollUp(['cancelled'])).toMatchObject({ total: 0, shareOnTrack: null, headline: null });
  });
});

describe('properties', () => {
  const dayOf = (offset: number) => new Date(Date.UTC(2008, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const rag = fc.constantFrom('red', 'amber', 'green', 'not_started', 'complete', 'cancelled' as const);
  const facts = fc.record({
    status: fc.constantFrom('not_started', 'in_progress', 'complete', 'cancelled' as const),
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 600 }),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    proposed: fc.constantFrom(null, 'red', 'amber', 'green' as const),
    milestones: fc.array(fc.record({ due: fc.integer({ min: 0, max: 900 }), done: fc.boolean() }), { maxLength: 4 }),
  });
  type Generated = typeof facts extends fc.Arbitrary<infer T> ? T : never;
  const toFacts = (generated: Generated): ActionFacts => ({
    status: generated.status,
    startDate: dayOf(generated.start),
    dueDate: dayOf(generated.start + generated.length),
    percentComplete: generated.percentComplete,
    override: null,
    milestones: generated.milestones.map((item) => milestone(dayOf(item.due), item.done ? dayOf(item.due) : null)),
    latestUpdate: generated.proposed ? { period: '2009-10 Q1', proposedRag: generated.proposed } : null,
  });

  it('completing an action never makes a roll-up worse', () => {
    fc.assert(
      fc.property(fc.array(rag, { minLength: 1, maxLength: 30 }), fc.nat(), (rags, pick) => {
        const index = pick % rags.length;
        if (rags[index] === 'cancelled') return;
        const before = rollUp(rags);
        const after = rollUp(rags.map((value, i) => (i === index ? 'complete' : value)));
        const severity = ['complete', 'not_started', 'green', 'amber', 'red'];
        expect(severity.indexOf(after.headline as string)).toBeLessThanOrEqual(
          severity.indexOf(before.headline as string),
        );
        expect(after.shareOnTrack as number).toBeGreaterThanOrEqual(before.shareOnTrack as number);
        expect(after.counts.red + after.counts.amber).toBeLessThanOrEqual(before.counts.red + before.counts.amber);
      }),
    );
  });

  it('an override always wins over the computed colours below it', () => {
    fc.assert(
      fc.property(
        facts,
        fc.constantFrom('red', 'amber', 'green' as const),
        fc.integer({ min: 0, max: 900 }),
        (f, colour, day) => {
          const generated = toFacts(f);
          const asOf = dayOf(day);
          const overridden = actionRag(
            { ...generated, override: { rag: colour, reason: 'Agreed at the board.', byName: 'A Clerk' } },
            asOf,
          );
          const plain = actionRag(generated, asOf);
          if (['complete', 'cancelled', 'not_started'].includes(plain.rag)) {
            expect(overridden.rag).toBe(plain.rag);
          } else {
            expect(overridden).toMatchObject({ rag: colour, overridden: true });
          }
        },
      ),
    );
  });

  it('as of today gives the live value', () => {
    const today = '2009-10-20';
    const row = (f: ActionFacts, id: string): ActionRow => ({
      id,
      planId: 'plan',
      reference: `O${id}`,
      title: 'An action',
      kind: 'outcome',
      status: f.status,
      closedOn: f.status === 'complete' || f.status === 'cancelled' ? today : null,
      startDate: f.startDate,
      dueDate: f.dueDate,
      percentComplete: f.percentComplete,
      ragOverride: null,
      ragOverrideReason: null,
      ragOverrideOn: null,
      ragOverrideByName: null,
      ownerId: null,
      ownerName: null,
      leadPartnerId: null,
      leadPartnerName: null,
      recommendationId: 'r',
      recommendationPosition: 1,
      recommendationText: 'A recommendation',
      judgementAreaKey: null,
      ecmOutcome: null,
    });
    fc.assert(
      fc.property(fc.array(facts, { minLength: 1, maxLength: 8 }), (generated) => {
        const live = generated.map((f) => {
          const built = toFacts(f);
          // What is live has happened by today: milestones are not completed in the future.
          return {
            ...built,
            milestones: built.milestones.filter((item) => !item.completedOn || item.completedOn <= today),
          };
        });
        const rows = live.map((f, i) => row(f, String(i)));
        const milestones: MilestoneRow[] = live.flatMap((f, i) =>
          f.milestones.map((m) => ({ actionId: String(i), ...m })),
        );
        const updates: UpdateRow[] = live.flatMap((f, i) =>
          f.latestUpdate
            ? [
                {
                  actionId: String(i),
                  ...f.latestUpdate,
                  narrative: 'x',
                  percentComplete: f.percentComplete,
                  createdOn: today,
                },
              ]
            : [],
        );
        const status = planStatus(
          { actions: rows, milestones, latestUpdates: updates, indicatorLinks: [], measurements: [] },
          today,
          today,
          DEFAULT_THRESHOLDS,
          { area: (key) => key, outcome: (key) => key },
        );
        status.actions.forEach((line, i) => {
          const expected = actionRag(live[i], today);
          expect([line.rag, line.reason]).toEqual([expected.rag, expected.reason]);
          expect(
            factsAsOf(
              rows[i],
              milestones.filter((m) => m.actionId === String(i)),
              updates.find((u) => u.actionId === String(i)) ?? null,
              today,
              today,
            ).percentComplete,
          ).toBe(live[i].percentComplete);
        });
      }),
    );
  });

  it('the worst of a group is one of its colours', () => {
    fc.assert(
      fc.property(fc.array(rag, { minLength: 1 }), (rags) => {
        const worst = worstOf(rags);
        if (rags.every((value) => value === 'cancelled')) expect(worst).toBeNull();
        else expect(rags).toContain(worst);
      }),
    );
  });
});
