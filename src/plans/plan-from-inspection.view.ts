/**
 * The page that turns the breakdown's proposal for a confirmed inspection into the plan, as a
 * view model: each proposed action with what the clerk may change, filled from the proposal or
 * from what was sent. Pure.
 */
import { Permission, roleMay } from '../auth/policy';
import type { Role } from '../domain/vocabulary';
import { ECM_OUTCOMES, areaLabel } from '../domain/vocabulary';
import { type DateParts, type FormErrors, datePartsFrom, errorList, text } from '../web/form-validation';
import type { ProposalFramework, ProposedAction } from './breakdown/breakdown';
import type { Form } from '../web/admin-forms';

export interface ProposalPage {
  inspection: { id: string; title: string; authority?: unknown };
  startDate: string;
  startDateParts: string | DateParts;
  actions: ProposedAction[];
  framework: ProposalFramework | null;
  /** What was sent, when the page is shown again with its errors. */
  form: Form | null;
  errors: FormErrors;
}

/** Only people who can report progress can own an action. */
export function ownerChoices(
  users: readonly { id: string; displayName: string; email: string; role: Role; active: boolean }[],
) {
  return users
    .filter((user) => user.active && roleMay(user.role, Permission.PostProgress))
    .map((user) => ({ value: user.id, text: `${user.displayName} (${user.email})` }));
}

export function proposalView(page: ProposalPage, owners: readonly { value: string; text: string }[]) {
  const form = page.form;
  const value = (name: string, proposed: string) => (form ? text(form, name) : proposed);
  return {
    pageTitle: 'Create the improvement plan',
    inspection: page.inspection,
    framework: page.framework,
    startDate: page.startDate,
    startDateParts: page.startDateParts,
    reference: value('reference', ''),
    title: value('title', `Improvement plan: ${page.inspection.title}`.slice(0, 300)),
    owners,
    actions: page.actions.map((action, index) => {
      const key = `actions-${index}`;
      return {
        index,
        reference: action.reference,
        kind: action.kind,
        area: action.judgementAreaLabel ?? (action.judgementAreaKey ? areaLabel(action.judgementAreaKey) : null),
        outcome: action.ecmOutcome ? ECM_OUTCOMES[action.ecmOutcome] : null,
        description: action.description,
        milestones: action.milestones,
        localIndicator: action.localIndicator,
        flags: action.flags,
        reasons: action.reasons,
        title: value(`${key}-title`, action.title),
        ownerId: value(`${key}-ownerId`, action.ownerId ?? ''),
        indicators: value(`${key}-indicators`, action.indicators.map((indicator) => indicator.code).join(', ')),
        proposedIndicators: action.indicators,
        localIndicatorCode: value(`${key}-localIndicator-code`, ''),
        dueDate: form ? datePartsFrom(form, `${key}-dueDate`) : action.dueDate,
      };
    }),
    errors: page.errors,
    errorList: errorList(
      page.errors,
      page.actions.map((_action, index) => `actions-${index}-dueDate`).concat('startDate'),
    ),
  };
}
