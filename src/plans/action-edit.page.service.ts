import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { assertMayUpdateProgress, mayMoveDueDates } from '../auth/ownership';
import { PartnershipService } from '../authorities/partnership.service';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { IndicatorsService } from '../indicators/indicators.service';
import { StatusService } from '../rag/status.service';
import { UsersService } from '../users/users.service';
import { CHANGE_FORM, CHECK_PAGE, cursorFrom, historyView, submitChange } from '../web/change-page';
import { type FormErrors, checkAs, text } from '../web/form-validation';
import { afterSubmit, hasErrors, refuse } from '../web/pages';
import * as form from './action-edit.form';
import * as view from './action-edit.view';
import { ActionsService } from './actions.service';
import { ownerAndPartnerChoices } from './owner-choices';
import type { ActionIds, LinkIds, MilestoneIds } from './page-params';
import { ActionIndicatorInput, UpdateActionDto } from './plan-input.dto';
import type { Form } from '../web/admin-forms';

const versionOf = (sent: Form) => Number(text(sent, 'version')) || undefined;

/**
 * The action's change pages: details, milestones, indicators, a status set by hand, cancelling,
 * closing and reopening, and its history. Each saves through the service the API uses; a change
 * that matters (a status set by hand, cancelling, closing, reopening) is checked before it is saved.
 */
@Injectable()
export class ActionEditPageService {
  constructor(
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly status: StatusService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
  ) {}

  async detailsForm(caller: Caller, ids: ActionIds, sent: Form | null, errors: FormErrors = {}) {
    const people = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    return view.detailsForm((await this.load(caller, ids)).action, people, sent, errors);
  }

  async saveDetails(caller: Caller, ids: ActionIds, sent: Form) {
    const { change, errors } = form.actionDetailsFrom(sent);
    const invalid = await checkAs(UpdateActionDto, change, errors, form.ACTION_MESSAGES);
    const outcome = await submitChange(invalid, 'title', () => this.update(caller, ids, change));
    const again = (errors: FormErrors) => this.detailsForm(caller, ids, sent, errors);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=details`, CHANGE_FORM, again);
  }

  async newMilestoneForm(caller: Caller, ids: ActionIds) {
    const { action } = await this.load(caller, ids);
    assertMayUpdateProgress(caller, [action.ownerId], 'add milestones');
    return view.milestoneForm(action, null, true, null, {});
  }

  async addMilestone(caller: Caller, ids: ActionIds, sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const { change, errors } = form.milestoneFrom(sent, true);
    const add = () => this.actions.addMilestone(caller, ids.actionId, change as { title: string; dueDate: string });
    const again = (errors: FormErrors) => view.milestoneForm(action, null, true, sent, errors);
    const outcome = await submitChange(errors, 'title', add);
    return afterSubmit(outcome, `${href}?saved=milestone#milestones`, CHANGE_FORM, again);
  }

  async milestoneForm(caller: Caller, ids: MilestoneIds) {
    const { action } = await this.load(caller, ids);
    assertMayUpdateProgress(caller, [action.ownerId], 'change its milestones');
    return view.milestoneForm(action, view.milestoneOf(action, ids.milestoneId), mayMoveDueDates(caller), null, {});
  }

  async saveMilestone(caller: Caller, ids: MilestoneIds, sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const milestone = view.milestoneOf(action, ids.milestoneId);
    const { change, errors } = form.milestoneFrom(sent, mayMoveDueDates(caller));
    const save = () => this.actions.updateMilestone(caller, milestone.id, change);
    const again = (errors: FormErrors) => view.milestoneForm(action, milestone, mayMoveDueDates(caller), sent, errors);
    const outcome = await submitChange(errors, 'title', save);
    return afterSubmit(outcome, `${href}?saved=milestone#milestones`, CHANGE_FORM, again);
  }

  /** Marks a milestone complete today, or (with `reopen`) not complete. */
  async completeMilestone(caller: Caller, ids: MilestoneIds, sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const completedOn = text(sent, 'reopen') === 'yes' ? null : londonToday();
    await this.actions.updateMilestone(caller, view.milestoneOf(action, ids.milestoneId).id, { completedOn });
    return { url: `${href}?saved=milestone#milestones` };
  }

  async removeMilestoneCheck(caller: Caller, ids: MilestoneIds) {
    const { action } = await this.load(caller, ids);
    return view.removeMilestoneCheck(action, view.milestoneOf(action, ids.milestoneId));
  }

  async removeMilestone(caller: Caller, ids: MilestoneIds) {
    const { action, href } = await this.load(caller, ids);
    await this.actions.removeMilestone(caller, view.milestoneOf(action, ids.milestoneId).id);
    return { url: `${href}?saved=milestone-removed#milestones` };
  }

  /** The form to attach an indicator from the catalogue (no `linkId`), or to change an attached one. */
  async indicatorForm(caller: Caller, ids: ActionIds, linkId: string | null, sent: Form | null, errors = {}) {
    const { action, links } = await this.load(caller, ids);
    const link = linkId ? view.linkOf(links, linkId) : null;
    const catalogue = link ? null : view.catalogueChoices(await this.indicators.list(caller), links);
    return view.indicatorForm(action, link, catalogue, sent, errors);
  }

  async attachIndicator(caller: Caller, ids: ActionIds, sent: Form) {
    const { href } = await this.load(caller, ids);
    const { change, errors } = form.indicatorLinkFrom(sent, true);
    const invalid = await checkAs(ActionIndicatorInput, change, errors);
    const attach = () => this.actions.linkIndicator(caller, ids.actionId, change as unknown as ActionIndicatorInput);
    const again = (errors: FormErrors) => this.indicatorForm(caller, ids, null, sent, errors);
    const outcome = await submitChange(invalid, 'code', attach);
    return afterSubmit(outcome, `${href}?saved=indicator#indicators`, CHANGE_FORM, again);
  }

  async saveIndicator(caller: Caller, ids: LinkIds, sent: Form) {
    const { links, href } = await this.load(caller, ids);
    const { change, errors } = form.indicatorLinkFrom(sent, false);
    const save = () => this.actions.updateIndicatorLink(caller, view.linkOf(links, ids.linkId).id, change);
    const again = (errors: FormErrors) => this.indicatorForm(caller, ids, ids.linkId, sent, errors);
    const outcome = await submitChange(errors, 'baselineValue', save);
    return afterSubmit(outcome, `${href}?saved=indicator#indicators`, CHANGE_FORM, again);
  }

  async detachIndicatorCheck(caller: Caller, ids: LinkIds) {
    const { action, links } = await this.load(caller, ids);
    return view.detachIndicatorCheck(action, view.linkOf(links, ids.linkId));
  }

  async detachIndicator(caller: Caller, ids: LinkIds) {
    const { links, href } = await this.load(caller, ids);
    await this.actions.unlinkIndicator(caller, view.linkOf(links, ids.linkId).id);
    return { url: `${href}?saved=indicator-removed#indicators` };
  }

  /** The form for a status set by hand, filled from the query string when a check page's "Change" link sent it back. */
  async overrideForm(caller: Caller, ids: ActionIds, query: Form) {
    return view.overrideForm((await this.load(caller, ids)).action, text(query, 'ragOverride') ? query : null, {});
  }

  async checkOverride(caller: Caller, ids: ActionIds, sent: Form) {
    const { action } = await this.load(caller, ids);
    const { override, errors } = form.overrideFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.overrideForm(action, sent, errors));
    return this.overrideCheck(caller, ids, override, {}, text(sent, 'version'));
  }

  async saveOverride(caller: Caller, ids: ActionIds, sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const { override, errors } = form.overrideFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.overrideForm(action, sent, errors));
    const save = () => this.update(caller, ids, { version: versionOf(sent), ...override });
    const outcome = await submitChange({}, 'confirm', save);
    const again = (errors: FormErrors) => this.overrideCheck(caller, ids, override, errors);
    return afterSubmit(outcome, `${href}?saved=override`, CHECK_PAGE, again);
  }

  async removeOverrideCheck(caller: Caller, ids: ActionIds, errors: FormErrors = {}) {
    return view.removeOverrideCheck((await this.load(caller, ids)).action, errors);
  }

  async removeOverride(caller: Caller, ids: ActionIds, sent: Form) {
    const remove = () => this.update(caller, ids, { version: versionOf(sent), ragOverride: null });
    const again = (errors: FormErrors) => this.removeOverrideCheck(caller, ids, errors);
    const outcome = await submitChange({}, 'confirm', remove);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=override-removed`, CHECK_PAGE, again);
  }

  /** The form to cancel the action, filled from the query string when a check page's "Change" link sent it back. */
  async cancelForm(caller: Caller, ids: ActionIds, query: Form) {
    return view.cancelForm((await this.load(caller, ids)).action, text(query, 'cancellationReason') ? query : null, {});
  }

  async checkCancel(caller: Caller, ids: ActionIds, sent: Form) {
    const { action } = await this.load(caller, ids);
    const { reason, errors } = form.cancelFrom(sent);
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.cancelForm(action, sent, errors));
    return view.cancelCheck(action, reason, text(sent, 'version'), londonToday(), {});
  }

  async cancel(caller: Caller, ids: ActionIds, sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const { reason, errors } = form.cancelFrom(sent);
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.cancelForm(action, sent, errors));
    const change = { version: versionOf(sent), status: 'cancelled', cancellationReason: reason };
    const again = async (errors: FormErrors) => {
      const current = (await this.load(caller, ids)).action;
      return view.cancelCheck(current, reason, String(current.version), londonToday(), errors);
    };
    const outcome = await submitChange({}, 'confirm', () => this.update(caller, ids, change));
    return afterSubmit(outcome, `${href}?saved=cancelled`, CHECK_PAGE, again);
  }

  async completeCheck(caller: Caller, ids: ActionIds, errors: FormErrors = {}) {
    return view.completeCheck((await this.load(caller, ids)).action, londonToday(), errors);
  }

  async complete(caller: Caller, ids: ActionIds, sent: Form) {
    const close = () => this.update(caller, ids, { version: versionOf(sent), status: 'complete' });
    const again = (errors: FormErrors) => this.completeCheck(caller, ids, errors);
    const outcome = await submitChange({}, 'confirm', close);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=complete`, CHECK_PAGE, again);
  }

  async reopenCheck(caller: Caller, ids: ActionIds, errors: FormErrors = {}) {
    const { action } = await this.load(caller, ids);
    return view.reopenCheck(action, (await this.actions.progress(caller, action.id)).length > 0, errors);
  }

  async reopen(caller: Caller, ids: ActionIds, sent: Form) {
    const status = form.reopenedStatus((await this.actions.progress(caller, ids.actionId)).length > 0);
    const reopen = () => this.update(caller, ids, { version: versionOf(sent), status });
    const outcome = await submitChange({}, 'confirm', reopen);
    const again = (errors: FormErrors) => this.reopenCheck(caller, ids, errors);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=reopened`, CHECK_PAGE, again);
  }

  /** Every change to the action, its milestones, indicators and updates, in words, 50 to a page. */
  async history(caller: Caller, ids: ActionIds, before: unknown) {
    const { action, href } = await this.load(caller, ids);
    const related = { entities: ['milestone', 'action_indicator', 'progress_update'], field: 'actionId' as const };
    const records = { entity: 'action', entityId: action.id, related };
    const trail = await this.audit.trailInWords(caller, records, cursorFrom(before));
    return historyView(view.actionHistoryWords(action), href, cursorFrom(before), trail);
  }

  /** The action, its indicators and its page; an action of another plan is not found. */
  private async load(caller: Caller, ids: ActionIds) {
    const { action, links } = await this.actions.read(caller, ids.actionId);
    if (action.planId !== ids.planId) throw DomainError.notFound('The action');
    return { action: action as view.ActionShown, links: links as view.LinkShown[], href: view.actionHref(ids) };
  }

  private async update(caller: Caller, ids: ActionIds, change: object) {
    await this.load(caller, ids);
    return this.actions.update(caller, ids.actionId, change as UpdateActionDto, undefined);
  }

  /** The check before a status set by hand is saved, beside the rules' status today; by default, of the current version. */
  private async overrideCheck(caller: Caller, ids: ActionIds, override: form.Override, errors = {}, version?: string) {
    const { action } = await this.load(caller, ids);
    const line = (await this.status.planDashboard(caller, ids.planId)).actions.find(({ id }) => id === action.id);
    return view.overrideCheck(action, override, version ?? String(action.version), line?.rag ?? null, errors);
  }
}
