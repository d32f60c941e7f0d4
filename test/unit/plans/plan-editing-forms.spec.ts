import {
  type ActionFacts,
  actionDetailsFrom,
  cancelFrom,
  indicatorLinkFrom,
  milestoneFields,
  overrideAnswers,
  overrideFrom,
  overrideHidden,
  reopenedStatus,
} from '../../../src/plans/action-edit.form';
import {
  type PlanFacts,
  endorsementAnswers,
  endorsementFrom,
  endorsementHidden,
  newActionFrom,
  planDetailsFields,
  planDetailsFrom,
} from '../../../src/plans/plan-edit.form';
import { factsAsOf, type ActionRow } from '../../../src/rag/plan-status';
import { changeHref } from '../../../src/web/change-page';
import { inFieldOrder } from '../../../src/web/form-fields';

const TODAY = '2008-11-15';
const date = (name: string, value: string) => {
  const [year, month, day] = value.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};

const plan: PlanFacts = {
  id: 'p',
  reference: 'HALTON-JAR-2008',
  title: 'Plan',
  status: 'draft',
  endorsedBy: null,
  endorsedOn: null,
  reportReceivedOn: '2008-07-22',
  sentToInspectorateOn: null,
  version: 3,
};

const action: ActionFacts = {
  id: 'a',
  reference: 'O3',
  title: 'Reduce teenage conceptions',
  kind: 'outcome',
  ownerId: null,
  leadPartnerId: null,
  startDate: '2008-10-01',
  dueDate: '2009-03-31',
  status: 'in_progress',
  percentComplete: 40,
  ragOverride: null,
  ragOverrideReason: null,
  ragOverrideUntil: null,
  version: 2,
};

describe('the plan’s forms', () => {
  it('reads the plan’s details, capitalising the reference and keeping an empty date as none', () => {
    const { change, errors } = planDetailsFrom(
      { version: '3', reference: ' halton-jar-2008 ', title: ' Plan ', ...date('reportReceivedOn', '2008-07-22') },
      TODAY,
    );
    expect(errors).toEqual({});
    expect(change).toEqual({
      version: 3,
      reference: 'HALTON-JAR-2008',
      title: 'Plan',
      reportReceivedOn: '2008-07-22',
      sentToInspectorateOn: null,
    });
  });

  it('refuses a date that does not exist, and one after today, on the field', () => {
    const { change, errors } = planDetailsFrom(
      { ...date('reportReceivedOn', '2008-02-30'), ...date('sentToInspectorateOn', '2008-12-01') },
      TODAY,
    );
    expect(errors).toEqual({
      reportReceivedOn: 'The day the report was received must be a real date, like 27 3 2008',
      sentToInspectorateOn: 'The day the plan was sent must be today or in the past',
    });
    expect(change).not.toHaveProperty('reportReceivedOn');
  });

  it('fills the form from the plan until it is sent, then from what was typed', () => {
    expect(planDetailsFields(plan, null).find((field) => field.id === 'reportReceivedOn')?.value).toBe('2008-07-22');
    expect(
      planDetailsFields(plan, {
        'reportReceivedOn-day': '40',
        'reportReceivedOn-month': '',
        'reportReceivedOn-year': '',
      }).find((field) => field.id === 'reportReceivedOn')?.value,
    ).toEqual({ day: '40', month: '', year: '' });
  });

  it('asks when the draft was sent only when the framework wants a draft first, and sends it only from that form', () => {
    expect(planDetailsFields(plan, null).map((field) => field.id)).not.toContain('draftSentOn');
    const focused = { ...plan, statutoryClock: { deadlines: [{ key: 'draft_action_plan' }, { key: 'action_plan' }] } };
    expect(planDetailsFields(focused, null).map((field) => field.id)).toContain('draftSentOn');
    expect(planDetailsFrom({ version: '3', reference: 'X1', title: 'Plan' }, TODAY).change).not.toHaveProperty(
      'draftSentOn',
    );
    expect(
      planDetailsFrom({ version: '3', reference: 'X1', title: 'Plan', ...date('draftSentOn', '2008-08-19') }, TODAY)
        .change,
    ).toMatchObject({ draftSentOn: '2008-08-19' });
    expect(planDetailsFrom({ ...date('draftSentOn', '2008-12-01') }, TODAY).errors).toMatchObject({
      draftSentOn: 'The day the draft was sent must be today or in the past',
    });
  });

  it('needs a committee and a date for an endorsement, and carries both through the check page', () => {
    expect(endorsementFrom({}, TODAY).errors).toEqual({
      endorsedBy: 'Enter the committee that endorsed the plan, in 2 to 200 characters',
      endorsedOn: 'Enter the date of endorsement',
    });
    const { endorsement, errors } = endorsementFrom(
      { endorsedBy: 'Executive Board', ...date('endorsedOn', '2008-07-17') },
      TODAY,
    );
    expect(errors).toEqual({});
    const hidden = endorsementHidden(endorsement);
    const carried = endorsementFrom(Object.fromEntries(hidden.map((field) => [field.name, field.value])), TODAY);
    expect(carried.endorsement).toEqual(endorsement);
    expect(endorsementAnswers(plan, endorsement, '/x')).toContainEqual({
      key: 'Plan status',
      value: 'Draft → Endorsed',
    });
    expect(endorsementAnswers(plan, endorsement, '/x')).toContainEqual({
      key: 'Endorsed on',
      value: '17 July 2008',
      changeHref: '/x',
    });
    expect(changeHref('/plans/p/endorsement', hidden)).toBe(
      '/plans/p/endorsement?endorsedBy=Executive+Board&endorsedOn-day=17&endorsedOn-month=7&endorsedOn-year=2008',
    );
  });

  it('refuses a new action due before it starts, and leaves an unchosen owner empty', () => {
    const { input, errors } = newActionFrom({
      reference: 'p9',
      ownerId: '',
      ...date('startDate', '2008-10-01'),
      ...date('dueDate', '2008-09-30'),
    });
    expect(errors).toEqual({ dueDate: 'The due date must be on or after the start date' });
    expect(input).toMatchObject({ reference: 'P9', ownerId: null, leadPartnerId: null });
  });
});

describe('the action’s forms', () => {
  it('reads the details with the version read', () => {
    const { change, errors } = actionDetailsFrom({
      version: '2',
      title: 'T',
      kind: 'process',
      ownerId: 'u',
      ...date('startDate', '2008-10-01'),
      ...date('dueDate', '2009-03-31'),
    });
    expect(errors).toEqual({});
    expect(change).toEqual({
      version: 2,
      title: 'T',
      kind: 'process',
      ownerId: 'u',
      leadPartnerId: null,
      startDate: '2008-10-01',
      dueDate: '2009-03-31',
    });
  });

  it('shows an owner a milestone’s due date but no box to move it', () => {
    const milestone = { title: 'Audit', dueDate: '2009-01-31', completedOn: null };
    expect(milestoneFields(milestone, null, false)[1]).toMatchObject({ kind: 'fixed', value: '31 January 2009' });
    expect(milestoneFields(milestone, null, true)[1]).toMatchObject({ kind: 'date', value: '2009-01-31' });
  });

  it('reads an indicator’s numbers, refusing words and a negative tolerance', () => {
    expect(indicatorLinkFrom({ code: '', targetValue: 'ten', toleranceValue: '-1' }, true).errors).toEqual({
      code: 'Choose an indicator',
      targetValue: 'Enter the target as a number, like 10.4',
      toleranceValue: 'The tolerance cannot be negative',
    });
    expect(indicatorLinkFrom({ baselineValue: '1,200', targetValue: '' }, false).change).toEqual({
      baselineValue: '1200',
      baselinePeriod: null,
      targetValue: null,
      targetDate: null,
      toleranceKind: 'percentage',
    });
  });

  it('needs a colour, a reason and an end date not in the past for a status set by hand', () => {
    expect(overrideFrom({ ragOverride: 'blue', ...date('ragOverrideUntil', '2008-11-14') }, TODAY).errors).toEqual({
      ragOverride: 'Choose red, amber or green',
      ragOverrideReason: 'Say why the status is set by hand',
      ragOverrideUntil: 'The end date must be today or later',
    });
    const { override, errors } = overrideFrom(
      { ragOverride: 'amber', ragOverrideReason: 'Recruitment is late', ...date('ragOverrideUntil', TODAY) },
      TODAY,
    );
    expect(errors).toEqual({});
    const carried = overrideFrom(Object.fromEntries(overrideHidden(override).map((f) => [f.name, f.value])), TODAY);
    expect(carried.override).toEqual(override);
    expect(
      overrideFrom({ ragOverride: 'red', ragOverrideReason: 'Until removed' }, TODAY).override.ragOverrideUntil,
    ).toBeNull();
    expect(overrideAnswers(action, override, '/x', 'green').map((row) => [row.key, row.value])).toEqual([
      ['Status today', 'Green'],
      ['Status set by hand', 'Amber'],
      ['Reason', 'Recruitment is late'],
      ['Until', '15 November 2008'],
    ]);
  });

  it('needs a reason to cancel, and reopens an action to where its updates leave it', () => {
    expect(cancelFrom({ cancellationReason: ' ' }).errors).toEqual({
      cancellationReason: 'Say why the action is being cancelled',
    });
    expect(reopenedStatus(true)).toBe('in_progress');
    expect(reopenedStatus(false)).toBe('not_started');
  });

  it('puts the errors in the order of the form', () => {
    const fields = milestoneFields(null, null, true);
    expect(Object.keys(inFieldOrder({ other: 'x', dueDate: 'y', title: 'z' }, fields))).toEqual([
      'title',
      'dueDate',
      'other',
    ]);
  });
});

describe('a status set by hand with an end date', () => {
  const row: ActionRow = {
    id: 'a',
    planId: 'p',
    reference: 'O3',
    title: 'T',
    kind: 'outcome',
    status: 'in_progress',
    closedOn: null,
    startDate: '2008-10-01',
    dueDate: '2009-03-31',
    percentComplete: 40,
    ragOverride: 'red',
    ragOverrideReason: 'Staff shortage',
    ragOverrideOn: '2008-11-01',
    ragOverrideByName: 'Ann',
    ragOverrideUntil: '2008-12-31',
    ownerId: null,
    ownerName: null,
    leadPartnerId: null,
    leadPartnerName: null,
    recommendationId: 'r',
    recommendationPosition: 1,
    recommendationText: 'R',
    judgementAreaKey: null,
    ecmOutcome: null,
  } as ActionRow;

  it('holds from the day it was set to its last day, and not after', () => {
    expect(factsAsOf(row, [], null, '2008-10-31', '2009-02-01').override).toBeNull();
    expect(factsAsOf(row, [], null, '2008-12-31', '2009-02-01').override).toMatchObject({ rag: 'red' });
    expect(factsAsOf(row, [], null, '2009-01-01', '2009-02-01').override).toBeNull();
    expect(factsAsOf({ ...row, ragOverrideUntil: null }, [], null, '2010-01-01', '2010-01-01').override).not.toBeNull();
  });
});
