import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PartnershipService } from '../authorities/partnership.service';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { UsersService } from '../users/users.service';
import { CHANGE_FORM, CHECK_PAGE, cursorFrom, historyView, submitChange } from '../web/change-page';
import { type FormErrors, checkAs, text } from '../web/form-validation';
import { afterSubmit, hasErrors, refuse } from '../web/pages';
import { ActionsService } from './actions.service';
import { ownerAndPartnerChoices } from './owner-choices';
import { ActionInput, UpdatePlanDto } from './plan-input.dto';
import * as form from './plan-edit.form';
import * as view from './plan-edit.view';
import { PlansService } from './plans.service';
import type { Form } from '../web/admin-forms';

/**
 * The plan's change pages: its details and dates, its endorsement (checked before it is saved),
 * a new action for a recommendation, and its history. Each saves through the service the API uses.
 */
@Injectable()
export class PlanEditPageService {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly inspections: InspectionsService,
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
    private readonly audit: AuditService,
  ) {}

  async detailsForm(caller: Caller, id: string) {
    return view.planDetailsForm(await this.plans.get(caller, id), null, {});
  }

  async saveDetails(caller: Caller, id: string, sent: Form) {
    const { change, errors } = form.planDetailsFrom(sent, londonToday());
    const invalid = await checkAs(UpdatePlanDto, change, errors, form.PLAN_MESSAGES);
    const outcome = await submitChange(invalid, 'reference', () => this.plans.update(caller, id, change, undefined));
    const again = async (errors: FormErrors) => view.planDetailsForm(await this.plans.get(caller, id), sent, errors);
    return afterSubmit(outcome, `/plans/${id}?saved=details`, CHANGE_FORM, again);
  }

  /** The endorsement form, filled from the query string when the check page's "Change" link sent it back. */
  async endorsementForm(caller: Caller, id: string, query: Form) {
    return view.endorsementForm(await this.plans.get(caller, id), text(query, 'endorsedBy') ? query : null, {});
  }

  /** Check your answers: what the endorsement will say, before it is saved. */
  async checkEndorsement(caller: Caller, id: string, sent: Form) {
    const plan = await this.plans.get(caller, id);
    const { endorsement, errors } = form.endorsementFrom(sent, londonToday());
    if (hasErrors(errors)) refuse(CHANGE_FORM, view.endorsementForm(plan, sent, errors));
    return view.endorsementCheck(plan, endorsement, text(sent, 'version'), {});
  }

  async saveEndorsement(caller: Caller, id: string, sent: Form) {
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

  /** A new action, for the recommendation `chosen` when the plan page's link names one. */
  async newActionForm(caller: Caller, planId: string, chosen: unknown) {
    return this.actionForm(caller, planId, typeof chosen === 'string' ? { recommendationId: chosen } : null, {});
  }

  async addAction(caller: Caller, id: string, sent: Form) {
    const { input, errors } = form.newActionFrom(sent);
    const invalid = await checkAs(ActionInput, input, errors, form.NEW_ACTION_MESSAGES);
    const add = () => this.actions.add(caller, id, input as unknown as ActionInput);
    const outcome = await submitChange(invalid, 'reference', add);
    const next = (actionId: string) => `/plans/${id}/actions/${actionId}?saved=added`;
    return afterSubmit(outcome, next, CHANGE_FORM, (errors) => this.actionForm(caller, id, sent, errors));
  }

  /** Every change to the plan and its actions, in words, newest first, 50 to a page. */
  async history(caller: Caller, id: string, before: unknown) {
    const plan = await this.plans.get(caller, id);
    const related = { entities: ['action'], field: 'planId' as const };
    const records = { entity: 'improvement_plan', entityId: id, related };
    const trail = await this.audit.trailInWords(caller, records, cursorFrom(before));
    return historyView(view.planHistoryWords(plan), `/plans/${id}`, cursorFrom(before), trail);
  }

  private async actionForm(caller: Caller, planId: string, sent: Form | null, errors: FormErrors) {
    const plan = await this.plans.get(caller, planId);
    const { recommendations } = await this.inspections.get(caller, plan.inspectionId);
    const people = await ownerAndPartnerChoices(this.users, this.partnership, caller.authorityId);
    return view.newActionForm(plan, recommendations, people, sent, errors);
  }
}
