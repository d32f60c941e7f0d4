import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { PartnershipService } from '../authorities/partnership.service';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { changeHref, renderChangeForm, renderCheck, submitChange } from '../web/change-page';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { ActionsService } from './actions.service';
import { ownerAndPartnerChoices } from './owner-choices';
import { ActionInput, UpdatePlanDto } from './plan-input.dto';
import {
  NEW_ACTION_MESSAGES,
  PLAN_MESSAGES,
  type PlanFacts,
  endorsementAnswers,
  endorsementFields,
  endorsementFrom,
  endorsementHidden,
  newActionFields,
  newActionFrom,
  planDetailsFields,
  planDetailsFrom,
} from './plan-edit.form';
import { PlansService } from './plans.service';

type Form = Record<string, unknown>;

/**
 * The plan's change pages: its details and dates, its endorsement (checked before it is saved),
 * a new action for a recommendation, and its history. Each saves through the service the API uses.
 */
@ApiExcludeController()
@Controller('plans')
export class PlanEditPageController {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly inspections: InspectionsService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
    private readonly csrf: Csrf,
  ) {}

  @Get(':id/details')
  @Policy(Permission.ManagePlans)
  async detailsPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    this.renderDetails(request, response, await this.plans.get(caller, id), null, {});
  }

  @Post(':id/details')
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async saveDetails(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { change, errors } = planDetailsFrom(form, londonToday());
    const { errors: invalid } = await validateAs(UpdatePlanDto, change, PLAN_MESSAGES);
    const outcome = await submitChange({ ...invalid, ...errors }, 'reference', () =>
      this.plans.update(caller, id, change as UpdatePlanDto, undefined),
    );
    if (outcome.ok) return response.redirect(303, `/plans/${id}?saved=details`);
    response.status(outcome.status);
    this.renderDetails(request, response, await this.plans.get(caller, id), form, outcome.errors);
  }

  @Get(':id/endorsement')
  @Policy(Permission.ManagePlans)
  async endorsementPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plans.get(caller, id);
    this.renderEndorsement(request, response, plan, text(query, 'endorsedBy') ? query : null, {});
  }

  /** Check your answers: what the endorsement will say, before it is saved. */
  @Post(':id/endorsement/check')
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async checkEndorsement(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plans.get(caller, id);
    const { endorsement, errors } = endorsementFrom(form, londonToday());
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderEndorsement(request, response, plan, form, errors);
    }
    this.renderEndorsementCheck(request, response, plan, endorsement, text(form, 'version'), {});
  }

  @Post(':id/endorsement')
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async saveEndorsement(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plans.get(caller, id);
    const { endorsement, errors } = endorsementFrom(form, londonToday());
    if (Object.keys(errors).length) {
      response.status(400);
      return this.renderEndorsement(request, response, plan, form, errors);
    }
    const outcome = await submitChange({}, 'confirm', () =>
      this.plans.update(
        caller,
        id,
        {
          version: Number(text(form, 'version')) || undefined,
          ...(plan.status === 'draft' ? { status: 'endorsed' as const } : {}),
          ...endorsement,
        },
        undefined,
      ),
    );
    if (outcome.ok) return response.redirect(303, `/plans/${id}?saved=endorsement`);
    response.status(outcome.status);
    const current = await this.plans.get(caller, id);
    this.renderEndorsementCheck(request, response, current, endorsement, String(current.version), outcome.errors);
  }

  @Get(':id/new-action')
  @Policy(Permission.ManagePlans)
  async newActionPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('recommendation') recommendation: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const form = typeof recommendation === 'string' ? { recommendationId: recommendation } : null;
    await this.renderNewAction(caller, request, response, id, form, {});
  }

  @Post(':id/new-action')
  @HttpCode(200)
  @Policy(Permission.ManagePlans)
  async addAction(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { input, errors } = newActionFrom(form);
    const { errors: invalid } = await validateAs(ActionInput, input, NEW_ACTION_MESSAGES);
    const outcome = await submitChange({ ...invalid, ...errors }, 'reference', () =>
      this.actions.add(caller, id, input as unknown as ActionInput),
    );
    if (outcome.ok) return response.redirect(303, `/plans/${id}/actions/${outcome.saved}?saved=added`);
    response.status(outcome.status);
    await this.renderNewAction(caller, request, response, id, form, outcome.errors);
  }

  /** Every change to the plan and its actions, in words, newest first, 50 to a page. */
  @Get(':id/history')
  @Policy(Permission.ReadAudit)
  async history(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('before') before: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plans.get(caller, id);
    const cursor = typeof before === 'string' && before !== '' ? before : undefined;
    const page = await this.audit.trailInWords(
      caller,
      { entity: 'improvement_plan', entityId: id, related: { entities: ['action'], field: 'planId' } },
      cursor,
    );
    response.render('pages/history.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `History of ${plan.reference}`,
      caption: `${plan.reference}: ${plan.title}`,
      heading: 'History of the plan',
      intro: 'Every change to the plan and to its actions, who made it and when, newest first.',
      breadcrumbs: [{ text: plan.reference, href: `/plans/${id}` }],
      events: page.events,
      newestHref: cursor ? `/plans/${id}/history` : null,
      olderHref: page.nextBefore ? `/plans/${id}/history?before=${page.nextBefore}` : null,
    });
  }

  private renderDetails(request: Request, response: Response, plan: PlanFacts, form: Form | null, errors: FormErrors) {
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Change the details of ${plan.reference}`,
      caption: plan.reference,
      heading: 'Change the plan’s details',
      breadcrumbs: [{ text: plan.reference, href: `/plans/${plan.id}` }],
      action: `/plans/${plan.id}/details`,
      hidden: [{ name: 'version', value: String(plan.version) }],
      fields: planDetailsFields(plan, form),
      button: 'Save the changes',
      backHref: `/plans/${plan.id}`,
      errors,
    });
  }

  private renderEndorsement(
    request: Request,
    response: Response,
    plan: PlanFacts,
    form: Form | null,
    errors: FormErrors,
  ) {
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Record the endorsement of ${plan.reference}`,
      caption: plan.reference,
      heading: plan.status === 'draft' ? 'Record the plan’s endorsement' : 'Correct the plan’s endorsement',
      intro:
        plan.status === 'draft'
          ? 'Once it is recorded, the plan is endorsed. You check the answers before they are saved.'
          : null,
      breadcrumbs: [{ text: plan.reference, href: `/plans/${plan.id}` }],
      action: `/plans/${plan.id}/endorsement/check`,
      hidden: [{ name: 'version', value: String(plan.version) }],
      fields: endorsementFields(plan, form),
      button: 'Continue',
      backHref: `/plans/${plan.id}`,
      errors,
    });
  }

  private renderEndorsementCheck(
    request: Request,
    response: Response,
    plan: PlanFacts,
    endorsement: { endorsedBy: string; endorsedOn: string },
    version: string,
    errors: FormErrors,
  ) {
    const hidden = endorsementHidden(endorsement);
    renderCheck(this.csrf, request, response, {
      pageTitle: `Check the endorsement of ${plan.reference}`,
      caption: plan.reference,
      heading: 'Check the endorsement before it is saved',
      breadcrumbs: [{ text: plan.reference, href: `/plans/${plan.id}` }],
      rows: endorsementAnswers(plan, endorsement, changeHref(`/plans/${plan.id}/endorsement`, hidden)),
      action: `/plans/${plan.id}/endorsement`,
      hidden: [...hidden, { name: 'version', value: version }],
      button: plan.status === 'draft' ? 'Endorse the plan' : 'Save the endorsement',
      backHref: `/plans/${plan.id}`,
      errors,
    });
  }

  private async renderNewAction(
    caller: Caller,
    request: Request,
    response: Response,
    planId: string,
    form: Form | null,
    errors: FormErrors,
  ): Promise<void> {
    const plan = await this.plans.get(caller, planId);
    const inspection = await this.inspections.get(caller, plan.inspectionId);
    const { owners, partners } = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    renderChangeForm(this.csrf, request, response, {
      pageTitle: `Add an action to ${plan.reference}`,
      caption: plan.reference,
      heading: 'Add an action',
      intro: 'Milestones and indicators are added on the action’s page once it is saved.',
      breadcrumbs: [{ text: plan.reference, href: `/plans/${plan.id}` }],
      action: `/plans/${plan.id}/new-action`,
      fields: newActionFields(inspection.recommendations, owners, partners, form, plan.startDate),
      button: 'Add the action',
      backHref: `/plans/${plan.id}`,
      errors,
    });
  }
}
