import { Body, Controller, Param, Query } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PartnershipService } from '../authorities/partnership.service';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { CHANGE_FORM, CHECK_PAGE, HISTORY_PAGE, cursorFrom, historyView, submitChange } from '../web/change-page';
import { type FormErrors, checkAs, text } from '../web/form-validation';
import { IdParams } from '../web/page-params';
import { CheckPost, FormPost, PageGet, Pages, afterSubmit, hasErrors, refuse } from '../web/pages';
import { ActionsService } from './actions.service';
import { ownerAndPartnerChoices } from './owner-choices';
import { ActionInput, UpdatePlanDto } from './plan-input.dto';
import * as form from './plan-edit.form';
import * as view from './plan-edit.view';
import { PlansService } from './plans.service';

type Form = Record<string, unknown>;

/**
 * The plan's change pages: its details and dates, its endorsement (checked before it is saved),
 * a new action for a recommendation, and its history. Each saves through the service the API uses.
 */
@Pages()
@Controller('plans')
@Policy(Permission.ManagePlans)
export class PlanEditPageController {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly inspections: InspectionsService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
  ) {}

  @PageGet(':id/details', CHANGE_FORM)
  async detailsPage(@CurrentCaller() caller: Caller, @Param() { id }: IdParams) {
    return view.planDetailsForm(await this.plans.get(caller, id), null, {});
  }

  @FormPost(':id/details')
  async saveDetails(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const { change, errors } = form.planDetailsFrom(sent, londonToday());
    const invalid = await checkAs(UpdatePlanDto, change, errors, form.PLAN_MESSAGES);
    const outcome = await submitChange(invalid, 'reference', () => this.plans.update(caller, id, change, undefined));
    const again = async (errors: FormErrors) => view.planDetailsForm(await this.plans.get(caller, id), sent, errors);
    return afterSubmit(outcome, `/plans/${id}?saved=details`, CHANGE_FORM, again);
  }

  @PageGet(':id/endorsement', CHANGE_FORM)
  async endorsementPage(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: Form) {
    return view.endorsementForm(await this.plans.get(caller, id), text(query, 'endorsedBy') ? query : null, {});
  }

  /** Check your answers: what the endorsement will say, before it is saved. */
  @CheckPost(':id/endorsement/check', CHECK_PAGE)
  async checkEndorsement(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const plan = await this.plans.get(caller, id);
    const { endorsement, errors } = form.endorsementFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.endorsementForm(plan, sent, errors));
    return view.endorsementCheck(plan, endorsement, text(sent, 'version'), {});
  }

  @FormPost(':id/endorsement')
  async saveEndorsement(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const plan = await this.plans.get(caller, id);
    const { endorsement, errors } = form.endorsementFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.endorsementForm(plan, sent, errors));
    const change = view.endorsementChange(plan, endorsement, Number(text(sent, 'version')) || undefined);
    const outcome = await submitChange({}, 'confirm', () => this.plans.update(caller, id, change, undefined));
    const again = async (errors: FormErrors) => {
      const current = await this.plans.get(caller, id);
      return view.endorsementCheck(current, endorsement, String(current.version), errors);
    };
    return afterSubmit(outcome, `/plans/${id}?saved=endorsement`, CHECK_PAGE, again);
  }

  @PageGet(':id/new-action', CHANGE_FORM)
  newActionPage(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query('recommendation') chosen?: string) {
    return this.newActionForm(caller, id, typeof chosen === 'string' ? { recommendationId: chosen } : null, {});
  }

  @FormPost(':id/new-action')
  async addAction(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const { input, errors } = form.newActionFrom(sent);
    const invalid = await checkAs(ActionInput, input, errors, form.NEW_ACTION_MESSAGES);
    const add = () => this.actions.add(caller, id, input as unknown as ActionInput);
    const outcome = await submitChange(invalid, 'reference', add);
    const next = (actionId: string) => `/plans/${id}/actions/${actionId}?saved=added`;
    return afterSubmit(outcome, next, CHANGE_FORM, (errors) => this.newActionForm(caller, id, sent, errors));
  }

  /** Every change to the plan and its actions, in words, newest first, 50 to a page. */
  @PageGet(':id/history', HISTORY_PAGE)
  @Policy(Permission.ReadAudit)
  async history(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query('before') before?: string) {
    const plan = await this.plans.get(caller, id);
    const related = { entities: ['action'], field: 'planId' as const };
    const records = { entity: 'improvement_plan', entityId: id, related };
    const trail = await this.audit.trailInWords(caller, records, cursorFrom(before));
    return historyView(view.planHistoryWords(plan), `/plans/${id}`, cursorFrom(before), trail);
  }

  private async newActionForm(caller: Caller, planId: string, sent: Form | null, errors: FormErrors) {
    const plan = await this.plans.get(caller, planId);
    const { recommendations } = await this.inspections.get(caller, plan.inspectionId);
    const people = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    return view.newActionForm(plan, recommendations, people, sent, errors);
  }
}
