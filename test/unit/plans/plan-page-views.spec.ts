import {
  cancelCheck,
  catalogueChoices,
  detailsForm,
  linkOf,
  milestoneForm,
  milestoneOf,
  overrideCheck,
} from '../../../src/plans/action-edit.view';
import { ownerUpdateFrom, updateControls } from '../../../src/plans/action-update.form';
import { actionBanners } from '../../../src/plans/action.view';
import { endorsementChange, endorsementCheck, planDetailsForm } from '../../../src/plans/plan-edit.view';
import { planControls, planFrom, startDateFrom } from '../../../src/plans/plan-from-inspection.form';
import { ownerChoices, proposalView } from '../../../src/plans/plan-from-inspection.view';
import { myActionsView, queryString } from '../../../src/plans/plan.view';
import { DomainError } from '../../../src/common/domain-error';
import { onControls } from '../../../src/web/form-validation';

const action = {
  id: 'a1',
  planId: 'p1',
  reference: 'O1',
  title: 'Cut the caseloads',
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
  version: 7,
  milestones: [{ id: 'm1', title: 'Recruit', dueDate: '2008-12-31', completedOn: null }],
};

const plan = {
  id: 'p1',
  reference: 'HALTON-JAR-2008',
  title: 'Improvement plan',
  status: 'draft',
  endorsedBy: null,
  endorsedOn: null,
  reportReceivedOn: null,
  sentToInspectorateOn: null,
  version: 3,
};

describe('the action change pages as view models', () => {
  it('frames each page with the action, its plan and the version read', () => {
    const sut = detailsForm(action, { owners: [], partners: [] }, null, { title: 'Enter a title' });
    expect(sut).toMatchObject({
      pageTitle: 'Change action O1',
      caption: 'Action O1',
      action: '/plans/p1/actions/a1/details',
      hidden: [{ name: 'version', value: '7' }],
      backHref: '/plans/p1/actions/a1',
      errorList: [{ text: 'Enter a title', href: '#title' }],
    });
    expect(sut.breadcrumbs).toEqual([
      { text: 'Plan', href: '/plans/p1' },
      { text: 'Action O1', href: '/plans/p1/actions/a1' },
    ]);
  });

  it('adds a milestone with its due date, and lets only a clerk move the due date of one already set', () => {
    expect(milestoneForm(action, null, false, null, {}).fields.find((field) => field.id === 'dueDate')?.kind).toBe(
      'date',
    );
    const sut = milestoneForm(action, milestoneOf(action, 'm1'), false, null, {});
    expect(sut.action).toBe('/plans/p1/actions/a1/milestones/m1/edit');
    expect(sut.fields.find((field) => field.id === 'dueDate')?.kind).toBe('fixed');
  });

  it('does not find a milestone or an indicator the action does not have', () => {
    expect(() => milestoneOf(action, 'other')).toThrow(DomainError);
    expect(() => linkOf([], 'other')).toThrow(DomainError);
  });

  it('offers only the indicators not yet attached', () => {
    const catalogue = [
      { id: 'i1', code: 'NI 59', title: 'Initial assessments' },
      { id: 'i2', code: 'NI 60', title: 'Core assessments' },
    ];
    const links = [{ id: 'l1', indicatorId: 'i1' }] as unknown as Parameters<typeof catalogueChoices>[1];
    expect(catalogueChoices(catalogue, links)).toEqual([{ value: 'NI 60', text: 'NI 60 Core assessments' }]);
  });

  it('carries a checked change to the save, with a link to change it again', () => {
    const override = { ragOverride: 'amber', ragOverrideReason: 'At risk', ragOverrideUntil: null };
    const sut = overrideCheck(action, override, '7', 'green', {});
    expect(sut.hidden).toContainEqual({ name: 'ragOverride', value: 'amber' });
    expect(sut.hidden).toContainEqual({ name: 'version', value: '7' });
    expect(sut.rows[0]).toEqual({ key: 'Status today', value: 'Green' });
    expect(sut.rows[1].changeHref).toMatch(/^\/plans\/p1\/actions\/a1\/override\?ragOverride=amber/);
    const cancel = cancelCheck(action, 'Replaced by O2', '7', '2008-11-01', {});
    expect(cancel).toMatchObject({ dangerous: true, action: '/plans/p1/actions/a1/cancel' });
  });
});

describe('the owner’s update form', () => {
  const links = [{ indicatorId: 'i1', indicator: { code: 'NI 59' } }];

  it('maps a sent update, its milestones and its values', () => {
    const sut = ownerUpdateFrom(
      {
        period: '2008-09 Q3',
        narrative: ' Recruited two ',
        percentComplete: '40%',
        proposedRag: 'amber',
        milestonesCompleted: 'm1',
        'value-i1': '1,204.5',
      },
      links,
    );
    expect(sut.update).toEqual({
      period: '2008-09 Q3',
      narrative: 'Recruited two',
      percentComplete: 40,
      proposedRag: 'amber',
    });
    expect(sut.milestonesCompleted).toEqual(['m1']);
    expect(sut.values).toEqual([{ indicatorId: 'i1', value: '1204.5' }]);
    expect(sut.errors).toEqual({});
  });

  it('finds what only the page can check, in the page’s words', () => {
    const sut = ownerUpdateFrom(
      { period: 'soon', narrative: 'x'.repeat(10001), percentComplete: '', 'value-i1': 'many' },
      links,
    );
    expect(sut.errors).toEqual({
      period: 'Choose the reporting period this update is for',
      narrative: 'The update must be 10,000 characters or fewer',
      percentComplete: 'Enter how complete the action is, as a percentage',
      proposedRag: 'Choose the status you propose: green, amber or red',
      'value-i1': 'Enter NI 59 as a number below 10,000,000,000, like 10.4',
    });
    expect(ownerUpdateFrom({ percentComplete: '1e2' }, []).update.percentComplete).toBeNaN();
  });

  it('shows a refusal about anything but its controls at the top of the form', () => {
    expect(
      onControls({ values: 'Give values only for indicators of this action.' }, updateControls(links), 'form'),
    ).toEqual({
      form: 'Give values only for indicators of this action.',
    });
  });

  it('says which update was posted, and ignores banners it does not know', () => {
    expect(actionBanners({ posted: '2008-09 Q3', saved: 'details' })).toEqual({
      posted: '2008-09 Q3',
      saved: 'The action’s details have been saved.',
    });
    expect(actionBanners({ posted: '<b>', saved: 'nonsense' })).toEqual({ posted: null, saved: null });
  });
});

describe('the plan change pages as view models', () => {
  it('endorses a draft plan, and only corrects the endorsement of one already endorsed', () => {
    const endorsement = { endorsedBy: 'Cabinet', endorsedOn: '2008-11-01' };
    expect(endorsementChange(plan, endorsement, 3)).toEqual({ version: 3, status: 'endorsed', ...endorsement });
    expect(endorsementChange({ ...plan, status: 'endorsed' }, endorsement, 3)).toEqual({ version: 3, ...endorsement });
    expect(endorsementCheck(plan, endorsement, '3', {}).button).toBe('Endorse the plan');
  });

  it('frames the details form with the plan', () => {
    expect(planDetailsForm(plan, null, {})).toMatchObject({
      caption: 'HALTON-JAR-2008',
      action: '/plans/p1/details',
      backHref: '/plans/p1',
      breadcrumbs: [{ text: 'HALTON-JAR-2008', href: '/plans/p1' }],
    });
  });
});

describe('the plan from an inspection', () => {
  const proposed = [
    {
      reference: 'O1',
      recommendationId: 'r1',
      title: 'Cut the caseloads',
      description: 'd',
      kind: 'outcome',
      judgementAreaKey: null,
      judgementAreaLabel: null,
      ecmOutcome: null,
      ownerId: null,
      leadPartnerId: null,
      dueDate: '2009-03-31',
      milestones: [{ title: 'Recruit', dueDate: '2009-06-30' }],
      indicators: [{ code: 'NI 59' }],
      localIndicator: null,
      flags: [],
      reasons: [],
    },
  ] as unknown as Parameters<typeof planFrom>[3];

  it('takes the start date as typed, as a date in the address, or today', () => {
    expect(
      startDateFrom({ 'startDate-day': '1', 'startDate-month': '10', 'startDate-year': '2008' }, '2008-12-01'),
    ).toMatchObject({
      startDate: '2008-10-01',
      errors: {},
    });
    expect(startDateFrom({ startDate: '2008-09-01' }, '2008-12-01').startDate).toBe('2008-09-01');
    const refused = startDateFrom(
      { 'startDate-day': '31', 'startDate-month': '2', 'startDate-year': '2009' },
      '2008-12-01',
    );
    expect(refused).toMatchObject({ startDate: '2008-12-01', startDateParts: { day: '31', month: '2', year: '2009' } });
    expect(refused.errors.startDate).toMatch(/real date/);
  });

  it('lays the clerk’s edits over the proposal, dropping milestones after a due date brought forward', () => {
    const sut = planFrom(
      {
        reference: 'halton-jar-2008',
        title: 'Plan',
        'actions-0-title': 'Edited',
        'actions-0-indicators': 'NI 59; NI 60',
        'actions-0-dueDate-day': '31',
        'actions-0-dueDate-month': '3',
        'actions-0-dueDate-year': '2009',
      },
      'i1',
      '2008-10-01',
      proposed,
    );
    expect(sut.errors).toEqual({});
    expect(sut.plan).toMatchObject({ reference: 'HALTON-JAR-2008', inspectionId: 'i1' });
    expect((sut.plan.actions as Record<string, unknown>[])[0]).toMatchObject({
      title: 'Edited',
      dueDate: '2009-03-31',
      milestones: [],
      indicators: [{ code: 'NI 59' }, { code: 'NI 60' }],
    });
    expect(planControls(proposed)).toContain('actions-0-dueDate');
  });

  it('offers as owners only active people who can report progress, and fills the page from the proposal', () => {
    const owners = ownerChoices([
      { id: 'u1', displayName: 'Ann', email: 'ann@example.org', role: 'owner', active: true },
      { id: 'u2', displayName: 'Bob', email: 'bob@example.org', role: 'owner', active: false },
      { id: 'u3', displayName: 'Cy', email: 'cy@example.org', role: 'scrutiny', active: true },
    ]);
    expect(owners).toEqual([{ value: 'u1', text: 'Ann (ann@example.org)' }]);
    const sut = proposalView(
      {
        inspection: { id: 'i1', title: 'JAR' },
        startDate: '2008-10-01',
        startDateParts: '2008-10-01',
        actions: proposed,
        framework: null,
        form: null,
        errors: {},
      },
      owners,
    );
    expect(sut).toMatchObject({ title: 'Improvement plan: JAR', reference: '' });
    expect(sut.actions[0]).toMatchObject({ title: 'Cut the caseloads', indicators: 'NI 59', dueDate: '2009-03-31' });
  });
});

describe('the reading pages as view models', () => {
  it('keeps the sorting links’ other parameters', () => {
    expect(queryString({ rag: 'red', sort: 'title' }, { sort: 'due', order: null })).toBe('?rag=red&sort=due');
    expect(queryString({}, {})).toBe('');
  });

  it('counts the caller’s actions and the updates overdue', () => {
    const plans = [{ actions: [{ updateOverdue: true }, { updateOverdue: false }] }] as unknown as Parameters<
      typeof myActionsView
    >[0]['plans'];
    expect(myActionsView({ asOf: '2008-12-01', plans }).counts).toEqual({ actions: 2, updateOverdue: 1 });
  });
});
