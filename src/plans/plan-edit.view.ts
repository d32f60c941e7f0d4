/**
 * The plan's change pages as view models: its details, its endorsement and the check before it is
 * saved, a new action, and its history. Pure.
 */
import { type HistoryWords, changeFormView, changeHref, checkView } from '../web/change-page';
import type { Choice } from '../web/form-fields';
import type { FormErrors } from '../web/form-validation';
import {
  type Endorsement,
  type PlanFacts,
  type RecommendationChoice,
  endorsementAnswers,
  endorsementFields,
  endorsementHidden,
  newActionFields,
  planDetailsFields,
} from './plan-edit.form';
import type { Form } from '../web/admin-forms';

const hrefOf = (plan: PlanFacts) => `/plans/${plan.id}`;

/** The caption, breadcrumbs and way back every change page of the plan has. */
function framing(plan: PlanFacts) {
  return {
    caption: plan.reference,
    breadcrumbs: [{ text: plan.reference, href: hrefOf(plan) }],
    backHref: hrefOf(plan),
  };
}

export function planDetailsForm(plan: PlanFacts, form: Form | null, errors: FormErrors) {
  return changeFormView({
    pageTitle: `Change the details of ${plan.reference}`,
    ...framing(plan),
    heading: 'Change the plan’s details',
    action: `${hrefOf(plan)}/details`,
    hidden: [{ name: 'version', value: String(plan.version) }],
    fields: planDetailsFields(plan, form),
    button: 'Save the changes',
    errors,
  });
}

export function endorsementForm(plan: PlanFacts, form: Form | null, errors: FormErrors) {
  const draft = plan.status === 'draft';
  return changeFormView({
    pageTitle: `Record the endorsement of ${plan.reference}`,
    ...framing(plan),
    heading: draft ? 'Record the plan’s endorsement' : 'Correct the plan’s endorsement',
    intro: draft ? 'Once it is recorded, the plan is endorsed. You check the answers before they are saved.' : null,
    action: `${hrefOf(plan)}/endorsement/check`,
    hidden: [{ name: 'version', value: String(plan.version) }],
    fields: endorsementFields(plan, form),
    button: 'Continue',
    errors,
  });
}

/** Check your answers: what the endorsement will say, before it is saved. */
export function endorsementCheck(plan: PlanFacts, endorsement: Endorsement, version: string, errors: FormErrors) {
  const hidden = endorsementHidden(endorsement);
  return checkView({
    pageTitle: `Check the endorsement of ${plan.reference}`,
    ...framing(plan),
    heading: 'Check the endorsement before it is saved',
    rows: endorsementAnswers(plan, endorsement, changeHref(`${hrefOf(plan)}/endorsement`, hidden)),
    action: `${hrefOf(plan)}/endorsement`,
    hidden: [...hidden, { name: 'version', value: version }],
    button: plan.status === 'draft' ? 'Endorse the plan' : 'Save the endorsement',
    errors,
  });
}

/** The change an endorsement makes: a draft plan becomes endorsed. */
export function endorsementChange(plan: PlanFacts, endorsement: Endorsement, version: number | undefined) {
  return { version, ...(plan.status === 'draft' ? { status: 'endorsed' as const } : {}), ...endorsement };
}

export function newActionForm(
  plan: PlanFacts & { startDate: string },
  recommendations: readonly RecommendationChoice[],
  people: { owners: Choice[]; partners: Choice[] },
  form: Form | null,
  errors: FormErrors,
) {
  return changeFormView({
    pageTitle: `Add an action to ${plan.reference}`,
    ...framing(plan),
    heading: 'Add an action',
    intro: 'Milestones and indicators are added on the action’s page once it is saved.',
    action: `${hrefOf(plan)}/new-action`,
    fields: newActionFields(recommendations, people.owners, people.partners, form, plan.startDate),
    button: 'Add the action',
    errors,
  });
}

export function planHistoryWords(plan: PlanFacts & { title: string }): HistoryWords {
  return {
    pageTitle: `History of ${plan.reference}`,
    caption: `${plan.reference}: ${plan.title}`,
    heading: 'History of the plan',
    intro: 'Every change to the plan and to its actions, who made it and when, newest first.',
    breadcrumbs: framing(plan).breadcrumbs,
  };
}
