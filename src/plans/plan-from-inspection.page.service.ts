import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { UsersService } from '../users/users.service';
import { type FormErrors, checkAs, onControls, submitForm, text } from '../web/form-validation';
import { afterSubmit, hasErrors, refuse } from '../web/pages';
import { PLAN_MESSAGES, planControls, planFrom, startDateFrom } from './plan-from-inspection.form';
import { type ProposalPage, ownerChoices, proposalView } from './plan-from-inspection.view';
import { CreatePlanDto } from './plan-input.dto';
import { PlansService } from './plans.service';
import type { Form } from '../web/admin-forms';

export const PROPOSAL_PAGE = 'pages/import-plan.njk';
/** How the page is shown: as proposed, or again with what was sent and its errors. */
type Shown = Pick<ProposalPage, 'startDateParts' | 'form' | 'errors'>;

/**
 * The breakdown's proposal for a confirmed inspection, for the clerk to edit into the plan: the
 * last step of importing an inspection. Nothing is stored before the plan is created.
 */
@Injectable()
export class PlanFromInspectionPageService {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
  ) {}

  async proposal(caller: Caller, id: string, query: Form) {
    const { startDate, startDateParts, errors } = startDateFrom(query, londonToday());
    const model = await this.page(caller, id, startDate, { startDateParts, form: null, errors });
    return hasErrors(errors) ? refuse(PROPOSAL_PAGE, model) : model;
  }

  /** Creates the plan from the proposal as the clerk edited it. */
  async create(caller: Caller, id: string, sent: Form) {
    const startDate = /^\d{4}-\d{2}-\d{2}$/.test(text(sent, 'startDate')) ? text(sent, 'startDate') : londonToday();
    const { actions } = await this.plans.preview(caller, { inspectionId: id, startDate });
    const { plan, errors } = planFrom(sent, id, startDate, actions);
    const invalid = await checkAs(CreatePlanDto, plan, errors, PLAN_MESSAGES);
    const create = () => this.plans.create(caller, plan as unknown as CreatePlanDto);
    const next = (planId: string) => `/plans/${planId}/papers?created=1`;
    const again = (refused: FormErrors) => {
      const errors = onControls(refused, planControls(actions), 'reference');
      return this.page(caller, id, startDate, { startDateParts: startDate, form: sent, errors });
    };
    return afterSubmit(await submitForm(invalid, 'reference', create), next, PROPOSAL_PAGE, again);
  }

  private async page(caller: Caller, id: string, startDate: string, shown: Shown) {
    const inspection = await this.inspections.get(caller, id);
    const proposal = await this.plans.preview(caller, { inspectionId: id, startDate });
    const page = { inspection, startDate, actions: proposal.actions, framework: proposal.framework ?? null, ...shown };
    return proposalView(page, ownerChoices(await this.users.list(caller.authorityId)));
  }
}
