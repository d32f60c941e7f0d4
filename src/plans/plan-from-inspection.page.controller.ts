import { Body, Controller, Get, Param, Post, Query, Redirect, Render } from '@nestjs/common';
import { UsersService } from '../authorities/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { checkAs, onControls, submitForm, text } from '../web/form-validation';
import { IdParams } from '../web/page-params';
import { Pages, afterSubmit, refuse } from '../web/pages';
import { PLAN_MESSAGES, planControls, planFrom, startDateFrom } from './plan-from-inspection.form';
import { type ProposalPage, ownerChoices, proposalView } from './plan-from-inspection.view';
import { CreatePlanDto } from './plan-input.dto';
import { PlansService } from './plans.service';

type Form = Record<string, unknown>;
const PROPOSAL_PAGE = 'pages/import-plan.njk';

/**
 * The breakdown's proposal for a confirmed inspection, for the clerk to edit into the plan: the
 * last step of importing an inspection. Nothing is stored before the plan is created.
 */
@Pages()
@Controller('import/inspections')
@Policy(Permission.ManagePlans)
export class PlanFromInspectionPageController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
  ) {}

  @Get(':id/plan')
  @Render(PROPOSAL_PAGE)
  async proposal(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: Form) {
    const { startDate, startDateParts, errors } = startDateFrom(query, londonToday());
    const model = await this.page(caller, id, startDate, { startDateParts, form: null, errors });
    return Object.keys(errors).length ? refuse(PROPOSAL_PAGE, model) : model;
  }

  /** Creates the plan from the proposal as the clerk edited it. */
  @Post(':id/plan')
  @Redirect('', 303)
  async create(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Body() sent: Form) {
    const startDate = /^\d{4}-\d{2}-\d{2}$/.test(text(sent, 'startDate')) ? text(sent, 'startDate') : londonToday();
    const { actions } = await this.plans.preview(caller, { inspectionId: id, startDate });
    const { plan, errors } = planFrom(sent, id, startDate, actions);
    const invalid = await checkAs(CreatePlanDto, plan, errors, PLAN_MESSAGES);
    const outcome = await submitForm(invalid, 'reference', () =>
      this.plans.create(caller, plan as unknown as CreatePlanDto),
    );
    return afterSubmit(
      outcome,
      (planId) => `/plans/${planId}/papers?created=1`,
      PROPOSAL_PAGE,
      (refused) => {
        const shownAgain = {
          startDateParts: startDate,
          form: sent,
          errors: onControls(refused, planControls(actions), 'reference'),
        };
        return this.page(caller, id, startDate, shownAgain);
      },
    );
  }

  private async page(
    caller: Caller,
    id: string,
    startDate: string,
    shown: Pick<ProposalPage, 'startDateParts' | 'form' | 'errors'>,
  ) {
    const inspection = await this.inspections.get(caller, id);
    const proposal = await this.plans.preview(caller, { inspectionId: id, startDate });
    const page = { inspection, startDate, actions: proposal.actions, framework: proposal.framework ?? null, ...shown };
    return proposalView(page, ownerChoices(await this.users.list(caller.authorityId)));
  }
}
