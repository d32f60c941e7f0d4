import { Controller, Get, Param, Query, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { InspectionsService } from '../inspections/inspections.service';
import { StatusService } from '../rag/status.service';
import { IdParams } from '../web/page-params';
import { Pages } from '../web/pages';
import { planView } from './plan.view';
import { PlansService } from './plans.service';

/** A plan: the inspection's grades, and its actions, filtered and sorted by the query string. */
@Pages()
@Controller('plans')
export class PlanPageController {
  constructor(
    private readonly plans: PlansService,
    private readonly inspections: InspectionsService,
    private readonly status: StatusService,
  ) {}

  @Get(':id')
  @Policy(Permission.Read)
  @Render('pages/plan.njk')
  async plan(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: Record<string, unknown>) {
    const plan = await this.plans.get(caller, id);
    const inspection = await this.inspections.get(caller, plan.inspectionId);
    const may = {
      manage: roleMay(caller.role, Permission.ManagePlans),
      readAudit: roleMay(caller.role, Permission.ReadAudit),
    };
    return planView(plan, inspection, await this.status.planDashboard(caller, id), query, may);
  }
}
