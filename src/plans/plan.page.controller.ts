import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { InspectionsService } from '../inspections/inspections.service';
import { StatusService } from '../rag/status.service';
import { ACTION_FILTERS, filterActions, filterChoices, filtersFrom, sortActions, sortFrom } from '../web/action-table';
import { pageContext } from '../web/page-context';
import { PlansService } from './plans.service';

/** A plan: the inspection's grades, and its actions, filtered and sorted by the query string. */
@ApiExcludeController()
@Controller('plans')
export class PlanPageController {
  constructor(
    private readonly plans: PlansService,
    private readonly inspections: InspectionsService,
    private readonly status: StatusService,
    private readonly csrf: Csrf,
  ) {}

  @Get(':id')
  @Policy(Permission.Read)
  async plan(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plans.get(caller, id);
    const inspection = await this.inspections.get(caller, plan.inspectionId);
    const dashboard = await this.status.planDashboard(caller, id);
    const filters = filtersFrom(query);
    const { sort, order } = sortFrom(query);
    const shown = sortActions(filterActions(dashboard.actions, filters), sort, order);
    const saved = typeof query.saved === 'string' ? (PLAN_SAVED[query.saved] ?? null) : null;
    response.render('pages/plan.njk', {
      ...pageContext(this.csrf, request, response),
      saved,
      mayManage: roleMay(caller.role, Permission.ManagePlans),
      mayReadAudit: roleMay(caller.role, Permission.ReadAudit),
      recommendations: inspection.recommendations,
      pageTitle: `${plan.reference}: ${plan.title}`,
      plan,
      inspection,
      asOf: dashboard.asOf,
      rollUp: dashboard.rollUps.plan,
      actions: shown,
      total: dashboard.actions.length,
      filters,
      filterNames: ACTION_FILTERS,
      choices: filterChoices(dashboard.actions),
      sort,
      order,
      queryFor: (changes: Record<string, string | null>) => queryString({ ...filters, sort, order }, changes),
    });
  }
}

/** The banner after a change page saved and came back here. */
const PLAN_SAVED: Record<string, string> = {
  details: 'The plan’s details have been saved.',
  endorsement: 'The plan’s endorsement has been recorded.',
};

/** The page's own address with some of its parameters changed, for the sorting links. */
function queryString(current: Record<string, string | undefined>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
