/**
 * The action's change pages as view models: the words, links and fields of each form and check
 * page, built from what the page controller read. Pure.
 */
import { DomainError } from '../common/domain-error';
import { govukDate } from '../presentation/dates';
import { ragWord } from '../presentation/rag';
import { type HistoryWords, changeFormView, changeHref, checkView } from '../web/change-page';
import type { Choice } from '../web/form-fields';
import type { FormErrors } from '../web/form-validation';
import {
  type ActionFacts,
  type IndicatorLinkFacts,
  type MilestoneFacts,
  type Override,
  actionDetailsFields,
  cancelAnswers,
  cancelFields,
  completeAnswers,
  indicatorLinkFields,
  milestoneFields,
  overrideAnswers,
  overrideFields,
  overrideHidden,
  reopenAnswers,
} from './action-edit.form';
import type { Form } from '../web/admin-forms';

/** What the change pages show of an action: its facts, its plan and its milestones. */
export type ActionShown = ActionFacts & { planId: string; milestones?: (MilestoneFacts & { id: string })[] };

/** An indicator attached to the action, with the catalogue's words for it. */
export type LinkShown = IndicatorLinkFacts & {
  id: string;
  indicatorId: string;
  indicator?: { code: string; title: string; polarity: string; unit: string } | null;
};

export function actionHref(ids: { planId: string; actionId: string }): string {
  return `/plans/${ids.planId}/actions/${ids.actionId}`;
}

function hrefOf(action: ActionShown): string {
  return actionHref({ planId: action.planId, actionId: action.id });
}

/** The caption and breadcrumbs every change page of the action has. */
function framing(action: ActionShown) {
  return {
    caption: `Action ${action.reference}`,
    breadcrumbs: [
      { text: 'Plan', href: `/plans/${action.planId}` },
      { text: `Action ${action.reference}`, href: hrefOf(action) },
    ],
  };
}

const version = (action: ActionShown) => ({ name: 'version', value: String(action.version) });

export function milestoneOf(action: ActionShown, milestoneId: string) {
  const milestone = action.milestones?.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw DomainError.notFound('The milestone');
  return milestone;
}

export function linkOf(links: readonly LinkShown[], linkId: string): LinkShown {
  const link = links.find((candidate) => candidate.id === linkId);
  if (!link) throw DomainError.notFound("The action's indicator");
  return link;
}

export function detailsForm(
  action: ActionShown,
  people: { owners: Choice[]; partners: Choice[] },
  form: Form | null,
  errors: FormErrors,
) {
  return changeFormView({
    pageTitle: `Change action ${action.reference}`,
    ...framing(action),
    heading: 'Change the action’s details',
    action: `${hrefOf(action)}/details`,
    hidden: [version(action)],
    fields: actionDetailsFields(action, people.owners, people.partners, form),
    button: 'Save the changes',
    backHref: hrefOf(action),
    errors,
  });
}

/** Adding a milestone (`milestone` null) or changing one; an owner sees the due date but may not move it. */
export function milestoneForm(
  action: ActionShown,
  milestone: (MilestoneFacts & { id: string }) | null,
  mayMoveDueDates: boolean,
  form: Form | null,
  errors: FormErrors,
) {
  const href = hrefOf(action);
  return changeFormView({
    pageTitle: milestone ? `Change a milestone of ${action.reference}` : `Add a milestone to ${action.reference}`,
    ...framing(action),
    heading: milestone ? 'Change the milestone' : 'Add a milestone',
    action: milestone ? `${href}/milestones/${milestone.id}/edit` : `${href}/milestones/new`,
    fields: milestoneFields(milestone, form, milestone === null || mayMoveDueDates),
    button: milestone ? 'Save the milestone' : 'Add the milestone',
    backHref: `${href}#milestones`,
    errors,
  });
}

export function removeMilestoneCheck(action: ActionShown, milestone: MilestoneFacts & { id: string }) {
  const href = hrefOf(action);
  return checkView({
    pageTitle: `Remove a milestone of ${action.reference}`,
    ...framing(action),
    heading: 'Remove this milestone?',
    rows: [
      { key: 'Milestone', value: milestone.title },
      { key: 'Due', value: govukDate(milestone.dueDate) },
    ],
    warning: 'The milestone is removed from the action. Its history stays in the audit trail.',
    action: `${href}/milestones/${milestone.id}/remove`,
    button: 'Remove the milestone',
    dangerous: true,
    backHref: href,
  });
}

/** The catalogue's indicators not yet attached to the action, to choose one from. */
export function catalogueChoices(
  catalogue: readonly { id: string; code: string; title: string }[],
  links: readonly LinkShown[],
): Choice[] {
  const used = new Set(links.map((link) => link.indicatorId));
  return catalogue
    .filter((indicator) => !used.has(indicator.id))
    .map((indicator) => ({ value: indicator.code, text: `${indicator.code} ${indicator.title}` }));
}

/** Attaching an indicator (`link` null, choosing from `catalogue`) or changing its baseline and target. */
export function indicatorForm(
  action: ActionShown,
  link: LinkShown | null,
  catalogue: Choice[] | null,
  form: Form | null,
  errors: FormErrors,
) {
  const href = hrefOf(action);
  const indicator = link?.indicator;
  const polarity = indicator
    ? `${indicator.code} ${indicator.title}: ${indicator.polarity === 'lower_is_better' ? 'lower is better' : 'higher is better'}, in ${indicator.unit}`
    : null;
  return changeFormView({
    pageTitle: link
      ? `Change ${indicator?.code} for ${action.reference}`
      : `Attach an indicator to ${action.reference}`,
    ...framing(action),
    heading: link ? `Change the baseline and target of ${indicator?.code}` : 'Attach an indicator',
    intro: polarity,
    action: link ? `${href}/indicators/${link.id}/edit` : `${href}/indicators/new`,
    fields: indicatorLinkFields(link, link ? null : catalogue, form),
    button: link ? 'Save the indicator' : 'Attach the indicator',
    backHref: `${href}#indicators`,
    errors,
  });
}

export function detachIndicatorCheck(action: ActionShown, link: LinkShown) {
  const href = hrefOf(action);
  return checkView({
    pageTitle: `Detach ${link.indicator?.code} from ${action.reference}`,
    ...framing(action),
    heading: 'Detach this indicator from the action?',
    rows: [{ key: 'Indicator', value: `${link.indicator?.code} ${link.indicator?.title}` }],
    warning:
      'The action’s baseline, target and tolerance for it are removed. The indicator’s values are kept, and the change stays in the audit trail.',
    action: `${href}/indicators/${link.id}/remove`,
    button: 'Detach the indicator',
    dangerous: true,
    backHref: `${href}#indicators`,
  });
}

export function overrideForm(action: ActionShown, form: Form | null, errors: FormErrors) {
  return changeFormView({
    pageTitle: `Set the status of ${action.reference} by hand`,
    ...framing(action),
    heading: 'Set the status by hand',
    intro:
      'Use this when the rules give the wrong picture, for example when an action is at risk before it is overdue. You check the answers before they are saved.',
    action: `${hrefOf(action)}/override/check`,
    hidden: [version(action)],
    fields: overrideFields(action, form),
    button: 'Continue',
    backHref: hrefOf(action),
    errors,
  });
}

/** The status set by hand, to check before it is saved; `todayRag` is what the rules say today. */
export function overrideCheck(
  action: ActionShown,
  override: Override,
  versionRead: string,
  todayRag: string | null,
  errors: FormErrors,
) {
  const href = hrefOf(action);
  const hidden = overrideHidden(override);
  return checkView({
    pageTitle: `Check the status set by hand for ${action.reference}`,
    ...framing(action),
    heading: 'Check the status before it is saved',
    rows: overrideAnswers(action, override, changeHref(`${href}/override`, hidden), todayRag),
    intro: 'The status and its reason are shown to councillors and printed in the next board paper.',
    action: `${href}/override`,
    hidden: [...hidden, { name: 'version', value: versionRead }],
    button: 'Set the status',
    backHref: href,
    errors,
  });
}

export function removeOverrideCheck(action: ActionShown, errors: FormErrors) {
  return checkView({
    pageTitle: `Remove the status set by hand for ${action.reference}`,
    ...framing(action),
    heading: 'Remove the status set by hand?',
    intro: 'The rules decide the action’s status again from today.',
    rows: action.ragOverride
      ? [
          { key: 'Status set by hand', value: ragWord(action.ragOverride) },
          { key: 'Reason', value: action.ragOverrideReason ?? '' },
        ]
      : [],
    action: `${hrefOf(action)}/override/remove`,
    hidden: [version(action)],
    button: 'Remove it',
    backHref: hrefOf(action),
    errors,
  });
}

export function cancelForm(action: ActionShown, form: Form | null, errors: FormErrors) {
  return changeFormView({
    pageTitle: `Cancel action ${action.reference}`,
    ...framing(action),
    heading: 'Cancel the action',
    intro: 'You check the answers before the action is cancelled. A cancelled action can be reopened.',
    action: `${hrefOf(action)}/cancel/check`,
    hidden: [version(action)],
    fields: cancelFields(form),
    button: 'Continue',
    backHref: hrefOf(action),
    errors,
  });
}

export function cancelCheck(
  action: ActionShown,
  reason: string,
  versionRead: string,
  today: string,
  errors: FormErrors,
) {
  const href = hrefOf(action);
  const hidden = [{ name: 'cancellationReason', value: reason }];
  return checkView({
    pageTitle: `Check before cancelling ${action.reference}`,
    ...framing(action),
    heading: 'Check before the action is cancelled',
    rows: cancelAnswers(action, reason, changeHref(`${href}/cancel`, hidden), today),
    warning: 'No more updates can be posted on a cancelled action, and it is left out of the counts.',
    action: `${href}/cancel`,
    hidden: [...hidden, { name: 'version', value: versionRead }],
    button: 'Cancel the action',
    dangerous: true,
    backHref: href,
    errors,
  });
}

export function completeCheck(action: ActionShown, today: string, errors: FormErrors) {
  return checkView({
    pageTitle: `Close action ${action.reference} as complete`,
    ...framing(action),
    heading: 'Close the action as complete?',
    rows: completeAnswers(action, today),
    action: `${hrefOf(action)}/complete`,
    hidden: [version(action)],
    button: 'Close as complete',
    backHref: hrefOf(action),
    errors,
  });
}

export function reopenCheck(action: ActionShown, hasUpdates: boolean, errors: FormErrors) {
  return checkView({
    pageTitle: `Reopen action ${action.reference}`,
    ...framing(action),
    heading: 'Reopen the action?',
    intro: 'Its closing date goes, and the rules decide its status again.',
    rows: reopenAnswers(action, hasUpdates),
    action: `${hrefOf(action)}/reopen`,
    hidden: [version(action)],
    button: 'Reopen the action',
    backHref: hrefOf(action),
    errors,
  });
}

export function actionHistoryWords(action: ActionShown): HistoryWords {
  return {
    pageTitle: `History of action ${action.reference}`,
    caption: `Action ${action.reference}`,
    heading: 'History of the action',
    intro: 'Every change to the action, its milestones, indicators and updates, who made it and when, newest first.',
    breadcrumbs: framing(action).breadcrumbs,
  };
}
