import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { PartnershipService } from '../authorities/partnership.service';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { govukDate } from '../presentation/dates';
import { ragWord } from '../presentation/rag';
import { IndicatorsService } from '../indicators/indicators.service';
import { StatusService } from '../rag/status.service';
import { changeHref, renderChangeForm, renderCheck, submitChange } from '../web/change-page';
import type { FormField } from '../web/form-fields';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import {
  ACTION_MESSAGES,
  type ActionFacts,
  actionDetailsFields,
  actionDetailsFrom,
  cancelAnswers,
  cancelFields,
  cancelFrom,
  completeAnswers,
  indicatorLinkFields,
  indicatorLinkFrom,
  milestoneFields,
  milestoneFrom,
  type Override,
  overrideAnswers,
  overrideFields,
  overrideFrom,
  overrideHidden,
  reopenAnswers,
  reopenedStatus,
} from './action-edit.form';
import type { ActionEntity } from './action.entity';
import { ActionsService } from './actions.service';
import { assertMayUpdateProgress, mayMoveDueDates } from './ownership';
import { ActionIndicatorInput, UpdateActionDto } from './plan-input.dto';
import { ownerAndPartnerChoices } from './owner-choices';

type Form = Record<string, unknown>;
const PATH = ':planId/actions/:actionId';

/**
 * The action's change pages: details, milestones, indicators, a status set by hand, cancelling,
 * closing and reopening, and its history. Each saves through the service the API uses; a change
 * that matters (a status set by hand, cancelling, closing, reopening) is checked before it is saved.
 */
@ApiExcludeController()
@Controller('plans')
export class ActionEditPageController {
  constructor(
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly status: StatusService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
    private readonly csrf: Csrf,
  ) {}

  private async load(caller: Caller, planId: string, actionId: string) {
    const { action, links } = await this.actions.read(caller, actionId);
    if (action.planId !== planId) throw DomainError.notFound('The action');
    return { action, links, href: `/plans/${planId}/actions/${actionId}` };
  }

  private crumbs(action: ActionEntity, href: string) {
    return [
      { text: 'Plan', href: `/plans/${action.planId}` },
      { text: `Action ${action.reference}`, href },
    ];
  }

  // Details ------------------------------------------------------------------------------------

  @Get(`${PATH}/details`)
  @Policy(Permission.ManagePlans)
  async detailsPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderDetails(caller, request, response, planId, actionId, null, {});
  }

  @Post(`${PATH}/details`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async saveDetails(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { href } = await this.load(caller, planId, actionId);
    const { change, errors } = actionDetailsFrom(form);
    const { errors: invalid } = await validateAs(UpdateActionDto, change, ACTION_MESSAGES);
    const outcome = await submitChange({ ...invalid, ...errors }, 'title', () =>
      this.actions.update(caller, actionId, change as UpdateActionDto, undefined),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=details`);
    response.status(outcome.status);
    await this.renderDetails(caller, request, response, planId, actionId, form, outcome.errors);
  }

  private async renderDetails(
    caller: Caller,
    request: Request,
    response: Response,
    planId: string,
    actionId: string,
    form: Form | null,
    errors: FormErrors,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { owners, partners } = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Change action ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Change the action’s details',
      breadcrumbs: this.crumbs(action, href),
      action: `${href}/details`,
      hidden: [{ name: 'version', value: String(action.version) }],
      fields: actionDetailsFields(action as ActionFacts, owners, partners, form),
      button: 'Save the changes',
      backHref: href,
      errors,
    });
  }

  // Milestones ---------------------------------------------------------------------------------

  @Get(`${PATH}/milestones/new`)
  @Policy(Permission.PostProgress)
  async newMilestonePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    assertMayUpdateProgress(caller, [action.ownerId], 'add milestones');
    this.renderMilestone(request, response, action, href, null, null, {});
  }

  @Post(`${PATH}/milestones/new`)
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  async addMilestone(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { change, errors } = milestoneFrom(form, true);
    const outcome = await submitChange(errors, 'title', () =>
      this.actions.addMilestone(caller, actionId, change as { title: string; dueDate: string }),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=milestone#milestones`);
    response.status(outcome.status);
    this.renderMilestone(request, response, action, href, null, form, outcome.errors);
  }

  @Get(`${PATH}/milestones/:milestoneId/edit`)
  @Policy(Permission.PostProgress)
  async milestonePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    assertMayUpdateProgress(caller, [action.ownerId], 'change its milestones');
    this.renderMilestone(request, response, action, href, milestoneOf(action, milestoneId), null, {}, caller);
  }

  @Post(`${PATH}/milestones/:milestoneId/edit`)
  @HttpCode(200)
  @Policy(Permission.PostProgress)
  async saveMilestone(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const milestone = milestoneOf(action, milestoneId);
    const { change, errors } = milestoneFrom(form, mayMoveDueDates(caller));
    const outcome = await submitChange(errors, 'title', () =>
      this.actions.updateMilestone(caller, milestoneId, change),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=milestone#milestones`);
    response.status(outcome.status);
    this.renderMilestone(request, response, action, href, milestone, form, outcome.errors, caller);
  }

  /** Marks a milestone complete today, or (with `reopen`) not complete: a button in the milestones table. */
  @Post(`${PATH}/milestones/:milestoneId/complete`)
  @Policy(Permission.PostProgress)
  async completeMilestone(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Body() form: Form,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    milestoneOf(action, milestoneId);
    const completedOn = text(form, 'reopen') === 'yes' ? null : londonToday();
    await this.actions.updateMilestone(caller, milestoneId, { completedOn });
    response.redirect(303, `${href}?saved=milestone#milestones`);
  }

  @Get(`${PATH}/milestones/:milestoneId/remove`)
  @Policy(Permission.ManagePlans)
  async removeMilestonePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const milestone = milestoneOf(action, milestoneId);
    renderCheck(this.csrf, request, response, {
      pageTitle: `Remove a milestone of ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Remove this milestone?',
      breadcrumbs: this.crumbs(action, href),
      rows: [
        { key: 'Milestone', value: milestone.title },
        { key: 'Due', value: govukDate(milestone.dueDate) },
      ],
      warning: 'The milestone is removed from the action. Its history stays in the audit trail.',
      action: `${href}/milestones/${milestoneId}/remove`,
      button: 'Remove the milestone',
      dangerous: true,
      backHref: href,
    });
  }

  @Post(`${PATH}/milestones/:milestoneId/remove`)
  @Policy(Permission.ManagePlans)
  async removeMilestone(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    milestoneOf(action, milestoneId);
    await this.actions.removeMilestone(caller, milestoneId);
    response.redirect(303, `${href}?saved=milestone-removed#milestones`);
  }

  private renderMilestone(
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    milestone: { id: string; title: string; dueDate: string; completedOn: string | null } | null,
    form: Form | null,
    errors: FormErrors,
    caller?: Caller,
  ): void {
    const fields: FormField[] = milestoneFields(
      milestone,
      form,
      milestone === null || !caller || mayMoveDueDates(caller),
    );
    renderChangeForm(this.csrf, request, response, {
      pageTitle: milestone ? `Change a milestone of ${action.reference}` : `Add a milestone to ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: milestone ? 'Change the milestone' : 'Add a milestone',
      breadcrumbs: this.crumbs(action, href),
      action: milestone ? `${href}/milestones/${milestone.id}/edit` : `${href}/milestones/new`,
      fields,
      button: milestone ? 'Save the milestone' : 'Add the milestone',
      backHref: `${href}#milestones`,
      errors,
    });
  }

  // Indicators ---------------------------------------------------------------------------------

  @Get(`${PATH}/indicators/new`)
  @Policy(Permission.ManagePlans)
  async newIndicatorPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderIndicator(caller, request, response, planId, actionId, null, null, {});
  }

  @Post(`${PATH}/indicators/new`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async attachIndicator(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { href } = await this.load(caller, planId, actionId);
    const { change, errors } = indicatorLinkFrom(form, true);
    const { errors: invalid } = await validateAs(ActionIndicatorInput, change);
    const outcome = await submitChange({ ...invalid, ...errors }, 'code', () =>
      this.actions.linkIndicator(caller, actionId, change as unknown as ActionIndicatorInput),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=indicator#indicators`);
    response.status(outcome.status);
    await this.renderIndicator(caller, request, response, planId, actionId, null, form, outcome.errors);
  }

  @Get(`${PATH}/indicators/:linkId/edit`)
  @Policy(Permission.ManagePlans)
  async indicatorPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderIndicator(caller, request, response, planId, actionId, linkId, null, {});
  }

  @Post(`${PATH}/indicators/:linkId/edit`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async saveIndicator(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { links, href } = await this.load(caller, planId, actionId);
    if (!links.some((link) => link.id === linkId)) throw DomainError.notFound("The action's indicator");
    const { change, errors } = indicatorLinkFrom(form, false);
    const outcome = await submitChange(errors, 'baselineValue', () =>
      this.actions.updateIndicatorLink(caller, linkId, change),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=indicator#indicators`);
    response.status(outcome.status);
    await this.renderIndicator(caller, request, response, planId, actionId, linkId, form, outcome.errors);
  }

  @Get(`${PATH}/indicators/:linkId/remove`)
  @Policy(Permission.ManagePlans)
  async detachIndicatorPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, links, href } = await this.load(caller, planId, actionId);
    const link = links.find((candidate) => candidate.id === linkId);
    if (!link) throw DomainError.notFound("The action's indicator");
    renderCheck(this.csrf, request, response, {
      pageTitle: `Detach ${link.indicator?.code} from ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Detach this indicator from the action?',
      breadcrumbs: this.crumbs(action, href),
      rows: [{ key: 'Indicator', value: `${link.indicator?.code} ${link.indicator?.title}` }],
      warning:
        'The action’s baseline, target and tolerance for it are removed. The indicator’s values are kept, and the change stays in the audit trail.',
      action: `${href}/indicators/${linkId}/remove`,
      button: 'Detach the indicator',
      dangerous: true,
      backHref: `${href}#indicators`,
    });
  }

  @Post(`${PATH}/indicators/:linkId/remove`)
  @Policy(Permission.ManagePlans)
  async detachIndicator(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { links, href } = await this.load(caller, planId, actionId);
    if (!links.some((link) => link.id === linkId)) throw DomainError.notFound("The action's indicator");
    await this.actions.unlinkIndicator(caller, linkId);
    response.redirect(303, `${href}?saved=indicator-removed#indicators`);
  }

  private async renderIndicator(
    caller: Caller,
    request: Request,
    response: Response,
    planId: string,
    actionId: string,
    linkId: string | null,
    form: Form | null,
    errors: FormErrors,
  ): Promise<void> {
    const { action, links, href } = await this.load(caller, planId, actionId);
    const link = linkId ? links.find((candidate) => candidate.id === linkId) : null;
    if (linkId && !link) throw DomainError.notFound("The action's indicator");
    const used = new Set(links.map((candidate) => candidate.indicatorId));
    const catalogue = link
      ? null
      : (await this.indicators.list(caller))
          .filter((indicator) => !used.has(indicator.id))
          .map((indicator) => ({ value: indicator.code, text: `${indicator.code} ${indicator.title}` }));
    const polarity = link?.indicator
      ? `${link.indicator.code} ${link.indicator.title}: ${link.indicator.polarity === 'lower_is_better' ? 'lower is better' : 'higher is better'}, in ${link.indicator.unit}`
      : null;
    renderChangeForm(this.csrf, request, response, {
      pageTitle: link
        ? `Change ${link.indicator?.code} for ${action.reference}`
        : `Attach an indicator to ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: link ? `Change the baseline and target of ${link.indicator?.code}` : 'Attach an indicator',
      intro: polarity,
      breadcrumbs: this.crumbs(action, href),
      action: link ? `${href}/indicators/${link.id}/edit` : `${href}/indicators/new`,
      fields: indicatorLinkFields(link ?? null, catalogue, form),
      button: link ? 'Save the indicator' : 'Attach the indicator',
      backHref: `${href}#indicators`,
      errors,
    });
  }

  // Status set by hand -------------------------------------------------------------------------

  @Get(`${PATH}/override`)
  @Policy(Permission.ManagePlans)
  async overridePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    this.renderOverride(request, response, action, href, text(query, 'ragOverride') ? query : null, {});
  }

  @Post(`${PATH}/override/check`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async checkOverride(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { override, errors } = overrideFrom(form, londonToday());
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderOverride(request, response, action, href, form, errors);
    }
    await this.renderOverrideCheck(caller, request, response, action, href, override, text(form, 'version'), {});
  }

  @Post(`${PATH}/override`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async saveOverride(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { override, errors } = overrideFrom(form, londonToday());
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderOverride(request, response, action, href, form, errors);
    }
    const outcome = await submitChange({}, 'confirm', () =>
      this.actions.update(
        caller,
        actionId,
        { version: Number(text(form, 'version')) || undefined, ...override } as UpdateActionDto,
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=override`);
    response.status(outcome.status);
    const current = await this.load(caller, planId, actionId);
    await this.renderOverrideCheck(
      caller,
      request,
      response,
      current.action,
      href,
      override,
      String(current.action.version),
      outcome.errors,
    );
  }

  @Get(`${PATH}/override/remove`)
  @Policy(Permission.ManagePlans)
  async removeOverridePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    this.renderRemoveOverride(request, response, action, href, {});
  }

  @Post(`${PATH}/override/remove`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async removeOverride(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { href } = await this.load(caller, planId, actionId);
    const outcome = await submitChange({}, 'confirm', () =>
      this.actions.update(
        caller,
        actionId,
        { version: Number(text(form, 'version')) || undefined, ragOverride: null },
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=override-removed`);
    response.status(outcome.status);
    const current = await this.load(caller, planId, actionId);
    this.renderRemoveOverride(request, response, current.action, href, outcome.errors);
  }

  private renderOverride(
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    form: Form | null,
    errors: FormErrors,
  ): void {
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Set the status of ${action.reference} by hand`,
      caption: `Action ${action.reference}`,
      heading: 'Set the status by hand',
      intro:
        'Use this when the rules give the wrong picture, for example when an action is at risk before it is overdue. You check the answers before they are saved.',
      breadcrumbs: this.crumbs(action, href),
      action: `${href}/override/check`,
      hidden: [{ name: 'version', value: String(action.version) }],
      fields: overrideFields(action as ActionFacts, form),
      button: 'Continue',
      backHref: href,
      errors,
    });
  }

  private async renderOverrideCheck(
    caller: Caller,
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    override: Override,
    version: string,
    errors: FormErrors,
  ): Promise<void> {
    const line = (await this.status.planDashboard(caller, action.planId)).actions.find(
      (candidate) => candidate.id === action.id,
    );
    const hidden = overrideHidden(override);
    renderCheck(this.csrf, request, response, {
      pageTitle: `Check the status set by hand for ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Check the status before it is saved',
      breadcrumbs: this.crumbs(action, href),
      rows: overrideAnswers(action as ActionFacts, override, changeHref(`${href}/override`, hidden), line?.rag ?? null),
      intro: 'The status and its reason are shown to councillors and printed in the next board paper.',
      action: `${href}/override`,
      hidden: [...hidden, { name: 'version', value: version }],
      button: 'Set the status',
      backHref: href,
      errors,
    });
  }

  private renderRemoveOverride(
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    errors: FormErrors,
  ): void {
    renderCheck(this.csrf, request, response, {
      pageTitle: `Remove the status set by hand for ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Remove the status set by hand?',
      intro: 'The rules decide the action’s status again from today.',
      breadcrumbs: this.crumbs(action, href),
      rows: action.ragOverride
        ? [
            { key: 'Status set by hand', value: ragWord(action.ragOverride) },
            { key: 'Reason', value: action.ragOverrideReason ?? '' },
          ]
        : [],
      action: `${href}/override/remove`,
      hidden: [{ name: 'version', value: String(action.version) }],
      button: 'Remove it',
      backHref: href,
      errors,
    });
  }

  // Cancel, complete, reopen -------------------------------------------------------------------

  @Get(`${PATH}/cancel`)
  @Policy(Permission.ManagePlans)
  async cancelPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    this.renderCancel(request, response, action, href, text(query, 'cancellationReason') ? query : null, {});
  }

  @Post(`${PATH}/cancel/check`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async checkCancel(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { reason, errors } = cancelFrom(form);
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderCancel(request, response, action, href, form, errors);
    }
    this.renderCancelCheck(request, response, action, href, reason, text(form, 'version'), {});
  }

  @Post(`${PATH}/cancel`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async cancel(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const { reason, errors } = cancelFrom(form);
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderCancel(request, response, action, href, form, errors);
    }
    const outcome = await submitChange({}, 'confirm', () =>
      this.actions.update(
        caller,
        actionId,
        { version: Number(text(form, 'version')) || undefined, status: 'cancelled', cancellationReason: reason },
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=cancelled`);
    response.status(outcome.status);
    const current = await this.load(caller, planId, actionId);
    this.renderCancelCheck(
      request,
      response,
      current.action,
      href,
      reason,
      String(current.action.version),
      outcome.errors,
    );
  }

  private renderCancel(
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    form: Form | null,
    errors: FormErrors,
  ): void {
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Cancel action ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Cancel the action',
      intro: 'You check the answers before the action is cancelled. A cancelled action can be reopened.',
      breadcrumbs: this.crumbs(action, href),
      action: `${href}/cancel/check`,
      hidden: [{ name: 'version', value: String(action.version) }],
      fields: cancelFields(form),
      button: 'Continue',
      backHref: href,
      errors,
    });
  }

  private renderCancelCheck(
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    reason: string,
    version: string,
    errors: FormErrors,
  ): void {
    const hidden = [{ name: 'cancellationReason', value: reason }];
    renderCheck(this.csrf, request, response, {
      pageTitle: `Check before cancelling ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Check before the action is cancelled',
      breadcrumbs: this.crumbs(action, href),
      rows: cancelAnswers(action as ActionFacts, reason, changeHref(`${href}/cancel`, hidden), londonToday()),
      warning: 'No more updates can be posted on a cancelled action, and it is left out of the counts.',
      action: `${href}/cancel`,
      hidden: [...hidden, { name: 'version', value: version }],
      button: 'Cancel the action',
      dangerous: true,
      backHref: href,
      errors,
    });
  }

  @Get(`${PATH}/complete`)
  @Policy(Permission.ManagePlans)
  async completePage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    this.renderComplete(request, response, action, href, {});
  }

  @Post(`${PATH}/complete`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async complete(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { href } = await this.load(caller, planId, actionId);
    const outcome = await submitChange({}, 'confirm', () =>
      this.actions.update(
        caller,
        actionId,
        { version: Number(text(form, 'version')) || undefined, status: 'complete' },
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=complete`);
    response.status(outcome.status);
    this.renderComplete(request, response, (await this.load(caller, planId, actionId)).action, href, outcome.errors);
  }

  private renderComplete(request: Request, response: Response, action: ActionEntity, href: string, errors: FormErrors) {
    renderCheck(this.csrf, request, response, {
      pageTitle: `Close action ${action.reference} as complete`,
      caption: `Action ${action.reference}`,
      heading: 'Close the action as complete?',
      breadcrumbs: this.crumbs(action, href),
      rows: completeAnswers(action as ActionFacts, londonToday()),
      action: `${href}/complete`,
      hidden: [{ name: 'version', value: String(action.version) }],
      button: 'Close as complete',
      backHref: href,
      errors,
    });
  }

  @Get(`${PATH}/reopen`)
  @Policy(Permission.ManagePlans)
  async reopenPage(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    await this.renderReopen(caller, request, response, action, href, {});
  }

  @Post(`${PATH}/reopen`)
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async reopen(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { href } = await this.load(caller, planId, actionId);
    const hasUpdates = (await this.actions.progress(caller, actionId)).length > 0;
    const outcome = await submitChange({}, 'confirm', () =>
      this.actions.update(
        caller,
        actionId,
        { version: Number(text(form, 'version')) || undefined, status: reopenedStatus(hasUpdates) },
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `${href}?saved=reopened`);
    response.status(outcome.status);
    await this.renderReopen(
      caller,
      request,
      response,
      (await this.load(caller, planId, actionId)).action,
      href,
      outcome.errors,
    );
  }

  private async renderReopen(
    caller: Caller,
    request: Request,
    response: Response,
    action: ActionEntity,
    href: string,
    errors: FormErrors,
  ): Promise<void> {
    const hasUpdates = (await this.actions.progress(caller, action.id)).length > 0;
    renderCheck(this.csrf, request, response, {
      pageTitle: `Reopen action ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'Reopen the action?',
      intro: 'Its closing date goes, and the rules decide its status again.',
      breadcrumbs: this.crumbs(action, href),
      rows: reopenAnswers(action as ActionFacts, hasUpdates),
      action: `${href}/reopen`,
      hidden: [{ name: 'version', value: String(action.version) }],
      button: 'Reopen the action',
      backHref: href,
      errors,
    });
  }

  // History ------------------------------------------------------------------------------------

  /** Every change to the action, its milestones, indicators and updates, in words, 50 to a page. */
  @Get(`${PATH}/history`)
  @Policy(Permission.ReadAudit)
  async history(
    @CurrentCaller() caller: Caller,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Query('before') before: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { action, href } = await this.load(caller, planId, actionId);
    const cursor = typeof before === 'string' && before !== '' ? before : undefined;
    const page = await this.audit.trailInWords(
      caller,
      {
        entity: 'action',
        entityId: actionId,
        related: { entities: ['milestone', 'action_indicator', 'progress_update'], field: 'actionId' },
      },
      cursor,
    );
    response.render('pages/history.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `History of action ${action.reference}`,
      caption: `Action ${action.reference}`,
      heading: 'History of the action',
      intro: 'Every change to the action, its milestones, indicators and updates, who made it and when, newest first.',
      breadcrumbs: this.crumbs(action, href),
      events: page.events,
      newestHref: cursor ? `${href}/history` : null,
      olderHref: page.nextBefore ? `${href}/history?before=${page.nextBefore}` : null,
    });
  }
}

function milestoneOf(action: ActionEntity, milestoneId: string) {
  const milestone = action.milestones?.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw DomainError.notFound('The milestone');
  return milestone;
}
