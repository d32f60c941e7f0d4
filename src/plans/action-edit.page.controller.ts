import { Body, Controller, Param, Query } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PartnershipService } from '../authorities/partnership.service';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { IndicatorsService } from '../indicators/indicators.service';
import { StatusService } from '../rag/status.service';
import { CHANGE_FORM, CHECK_PAGE, HISTORY_PAGE, cursorFrom, historyView, submitChange } from '../web/change-page';
import { type FormErrors, checkAs, text } from '../web/form-validation';
import { CheckPost, FormPost, PageGet, Pages, afterSubmit, hasErrors, refuse } from '../web/pages';
import * as form from './action-edit.form';
import * as view from './action-edit.view';
import { ActionsService } from './actions.service';
import { assertMayUpdateProgress, mayMoveDueDates } from '../auth/ownership';
import { ownerAndPartnerChoices } from './owner-choices';
import { ActionIds, LinkIds, MilestoneIds } from './page-params';
import { ActionIndicatorInput, UpdateActionDto } from './plan-input.dto';

type Form = Record<string, unknown>;
const ACTION = ':planId/actions/:actionId';
const versionOf = (sent: Form) => Number(text(sent, 'version')) || undefined;

/**
 * The action's change pages: details, milestones, indicators, a status set by hand, cancelling,
 * closing and reopening, and its history. Each saves through the service the API uses; a change
 * that matters (a status set by hand, cancelling, closing, reopening) is checked before it is saved.
 * Clerks and admins only, but for an owner's milestones and the history.
 */
@Pages()
@Controller('plans')
@Policy(Permission.ManagePlans)
export class ActionEditPageController {
  constructor(
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly status: StatusService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
  ) {}

  @PageGet(`${ACTION}/details`, CHANGE_FORM)
  detailsPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.detailsForm(caller, ids, null);
  }

  @FormPost(`${ACTION}/details`)
  async saveDetails(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { change, errors } = form.actionDetailsFrom(sent);
    const invalid = await checkAs(UpdateActionDto, change, errors, form.ACTION_MESSAGES);
    const outcome = await submitChange(invalid, 'title', () => this.update(caller, ids, change));
    const again = (errors: FormErrors) => this.detailsForm(caller, ids, sent, errors);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=details`, CHANGE_FORM, again);
  }

  @PageGet(`${ACTION}/milestones/new`, CHANGE_FORM)
  @Policy(Permission.PostProgress)
  async newMilestonePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    const { action } = await this.load(caller, ids);
    assertMayUpdateProgress(caller, [action.ownerId], 'add milestones');
    return view.milestoneForm(action, null, true, null, {});
  }

  @FormPost(`${ACTION}/milestones/new`)
  @Policy(Permission.PostProgress)
  async addMilestone(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const { change, errors } = form.milestoneFrom(sent, true);
    const add = () => this.actions.addMilestone(caller, ids.actionId, change as { title: string; dueDate: string });
    const again = (errors: FormErrors) => view.milestoneForm(action, null, true, sent, errors);
    const outcome = await submitChange(errors, 'title', add);
    return afterSubmit(outcome, `${href}?saved=milestone#milestones`, CHANGE_FORM, again);
  }

  @PageGet(`${ACTION}/milestones/:milestoneId/edit`, CHANGE_FORM)
  @Policy(Permission.PostProgress)
  async milestonePage(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    const { action } = await this.load(caller, ids);
    assertMayUpdateProgress(caller, [action.ownerId], 'change its milestones');
    return view.milestoneForm(action, view.milestoneOf(action, ids.milestoneId), mayMoveDueDates(caller), null, {});
  }

  @FormPost(`${ACTION}/milestones/:milestoneId/edit`)
  @Policy(Permission.PostProgress)
  async saveMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds, @Body() sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const milestone = view.milestoneOf(action, ids.milestoneId);
    const { change, errors } = form.milestoneFrom(sent, mayMoveDueDates(caller));
    const save = () => this.actions.updateMilestone(caller, milestone.id, change);
    const again = (errors: FormErrors) => view.milestoneForm(action, milestone, mayMoveDueDates(caller), sent, errors);
    const outcome = await submitChange(errors, 'title', save);
    return afterSubmit(outcome, `${href}?saved=milestone#milestones`, CHANGE_FORM, again);
  }

  /** Marks a milestone complete today, or (with `reopen`) not complete: a button in the milestones table. */
  @FormPost(`${ACTION}/milestones/:milestoneId/complete`)
  @Policy(Permission.PostProgress)
  async completeMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds, @Body() sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const completedOn = text(sent, 'reopen') === 'yes' ? null : londonToday();
    await this.actions.updateMilestone(caller, view.milestoneOf(action, ids.milestoneId).id, { completedOn });
    return { url: `${href}?saved=milestone#milestones` };
  }

  @PageGet(`${ACTION}/milestones/:milestoneId/remove`, CHECK_PAGE)
  async removeMilestonePage(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    const { action } = await this.load(caller, ids);
    return view.removeMilestoneCheck(action, view.milestoneOf(action, ids.milestoneId));
  }

  @FormPost(`${ACTION}/milestones/:milestoneId/remove`)
  async removeMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    const { action, href } = await this.load(caller, ids);
    await this.actions.removeMilestone(caller, view.milestoneOf(action, ids.milestoneId).id);
    return { url: `${href}?saved=milestone-removed#milestones` };
  }

  @PageGet(`${ACTION}/indicators/new`, CHANGE_FORM)
  newIndicatorPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.indicatorForm(caller, ids, null, null);
  }

  @FormPost(`${ACTION}/indicators/new`)
  async attachIndicator(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { href } = await this.load(caller, ids);
    const { change, errors } = form.indicatorLinkFrom(sent, true);
    const invalid = await checkAs(ActionIndicatorInput, change, errors);
    const attach = () => this.actions.linkIndicator(caller, ids.actionId, change as unknown as ActionIndicatorInput);
    const again = (errors: FormErrors) => this.indicatorForm(caller, ids, null, sent, errors);
    const outcome = await submitChange(invalid, 'code', attach);
    return afterSubmit(outcome, `${href}?saved=indicator#indicators`, CHANGE_FORM, again);
  }

  @PageGet(`${ACTION}/indicators/:linkId/edit`, CHANGE_FORM)
  indicatorPage(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    return this.indicatorForm(caller, ids, ids.linkId, null);
  }

  @FormPost(`${ACTION}/indicators/:linkId/edit`)
  async saveIndicator(@CurrentCaller() caller: Caller, @Param() ids: LinkIds, @Body() sent: Form) {
    const { links, href } = await this.load(caller, ids);
    const { change, errors } = form.indicatorLinkFrom(sent, false);
    const save = () => this.actions.updateIndicatorLink(caller, view.linkOf(links, ids.linkId).id, change);
    const again = (errors: FormErrors) => this.indicatorForm(caller, ids, ids.linkId, sent, errors);
    const outcome = await submitChange(errors, 'baselineValue', save);
    return afterSubmit(outcome, `${href}?saved=indicator#indicators`, CHANGE_FORM, again);
  }

  @PageGet(`${ACTION}/indicators/:linkId/remove`, CHECK_PAGE)
  async detachIndicatorPage(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    const { action, links } = await this.load(caller, ids);
    return view.detachIndicatorCheck(action, view.linkOf(links, ids.linkId));
  }

  @FormPost(`${ACTION}/indicators/:linkId/remove`)
  async detachIndicator(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    const { links, href } = await this.load(caller, ids);
    await this.actions.unlinkIndicator(caller, view.linkOf(links, ids.linkId).id);
    return { url: `${href}?saved=indicator-removed#indicators` };
  }

  @PageGet(`${ACTION}/override`, CHANGE_FORM)
  async overridePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query() query: Form) {
    return view.overrideForm((await this.load(caller, ids)).action, text(query, 'ragOverride') ? query : null, {});
  }

  @CheckPost(`${ACTION}/override/check`, CHECK_PAGE)
  async checkOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { action } = await this.load(caller, ids);
    const { override, errors } = form.overrideFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.overrideForm(action, sent, errors));
    return this.overrideCheck(caller, ids, override, {}, text(sent, 'version'));
  }

  @FormPost(`${ACTION}/override`)
  async saveOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { action, href } = await this.load(caller, ids);
    const { override, errors } = form.overrideFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.overrideForm(action, sent, errors));
    const save = () => this.update(caller, ids, { version: versionOf(sent), ...override });
    const outcome = await submitChange({}, 'confirm', save);
    const again = (errors: FormErrors) => this.overrideCheck(caller, ids, override, errors);
    return afterSubmit(outcome, `${href}?saved=override`, CHECK_PAGE, again);
  }

  @PageGet(`${ACTION}/override/remove`, CHECK_PAGE)
  async removeOverridePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return view.removeOverrideCheck((await this.load(caller, ids)).action, {});
  }

  @FormPost(`${ACTION}/override/remove`)
  async removeOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const remove = () => this.update(caller, ids, { version: versionOf(sent), ragOverride: null });
    const again = async (errors: FormErrors) => view.removeOverrideCheck((await this.load(caller, ids)).action, errors);
    const outcome = await submitChange({}, 'confirm', remove);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=override-removed`, CHECK_PAGE, again);
  }

  @PageGet(`${ACTION}/cancel`, CHANGE_FORM)
  async cancelPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query() query: Form) {
    return view.cancelForm((await this.load(caller, ids)).action, text(query, 'cancellationReason') ? query : null, {});
  }

  @CheckPost(`${ACTION}/cancel/check`, CHECK_PAGE)
  async checkCancel(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const { action } = await this.load(caller, ids);
    const { reason, errors } = form.cancelFrom(sent);
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.cancelForm(action, sent, errors));
    return view.cancelCheck(action, reason, text(sent, 'version'), londonToday(), {});
  }

  @FormPost(`${ACTION}/cancel`)
  async cancel(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
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

  @PageGet(`${ACTION}/complete`, CHECK_PAGE)
  async completePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return view.completeCheck((await this.load(caller, ids)).action, londonToday(), {});
  }

  @FormPost(`${ACTION}/complete`)
  async complete(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const close = () => this.update(caller, ids, { version: versionOf(sent), status: 'complete' });
    const again = async (errors: FormErrors) =>
      view.completeCheck((await this.load(caller, ids)).action, londonToday(), errors);
    const outcome = await submitChange({}, 'confirm', close);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=complete`, CHECK_PAGE, again);
  }

  @PageGet(`${ACTION}/reopen`, CHECK_PAGE)
  reopenPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.reopenCheck(caller, ids, {});
  }

  @FormPost(`${ACTION}/reopen`)
  async reopen(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    const status = form.reopenedStatus((await this.actions.progress(caller, ids.actionId)).length > 0);
    const reopen = () => this.update(caller, ids, { version: versionOf(sent), status });
    const outcome = await submitChange({}, 'confirm', reopen);
    const again = (errors: FormErrors) => this.reopenCheck(caller, ids, errors);
    return afterSubmit(outcome, `${view.actionHref(ids)}?saved=reopened`, CHECK_PAGE, again);
  }

  /** Every change to the action, its milestones, indicators and updates, in words, 50 to a page. */
  @PageGet(`${ACTION}/history`, HISTORY_PAGE)
  @Policy(Permission.ReadAudit)
  async history(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query('before') before?: string) {
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

  private async detailsForm(caller: Caller, ids: ActionIds, sent: Form | null, errors = {}) {
    const people = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    return view.detailsForm((await this.load(caller, ids)).action, people, sent, errors);
  }

  private async indicatorForm(caller: Caller, ids: ActionIds, linkId: string | null, sent: Form | null, errors = {}) {
    const { action, links } = await this.load(caller, ids);
    const link = linkId ? view.linkOf(links, linkId) : null;
    const catalogue = link ? null : view.catalogueChoices(await this.indicators.list(caller), links);
    return view.indicatorForm(action, link, catalogue, sent, errors);
  }

  /** The check before a status set by hand is saved, beside the rules' status today; by default, of the current version. */
  private async overrideCheck(caller: Caller, ids: ActionIds, override: form.Override, errors = {}, version?: string) {
    const { action } = await this.load(caller, ids);
    const line = (await this.status.planDashboard(caller, ids.planId)).actions.find(({ id }) => id === action.id);
    return view.overrideCheck(action, override, version ?? String(action.version), line?.rag ?? null, errors);
  }

  private async reopenCheck(caller: Caller, ids: ActionIds, errors: FormErrors) {
    const { action } = await this.load(caller, ids);
    return view.reopenCheck(action, (await this.actions.progress(caller, action.id)).length > 0, errors);
  }
}
