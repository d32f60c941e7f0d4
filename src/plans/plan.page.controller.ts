import { Controller, Param, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { StatusService } from '../rag/status.service';
import { SignOffService } from '../signoff/sign-off.service';
import { ChartRenderer } from '../charts/chart-renderer';
import { type DateQuery, asAtFrom } from '../web/as-at-date';
import { ragCountsChart } from '../web/charts';
import { IdParams } from '../web/page-params';
import { PageGet, Pages, refuse } from '../web/pages';
import { dashboardView, homeView, myActionsView, planView } from './plan.view';
import { PlansService } from './plans.service';

const DASHBOARD_PAGE = 'pages/dashboard.njk';

/**
 * The reading pages of plans: the home page with every plan's headline status today, a plan with
 * its actions filtered and sorted by the query string, its dashboard as at any date (what a
 * scrutiny member reads before a meeting), and the actions the caller owns.
 */
@Pages()
@Controller()
@Policy(Permission.Read)
export class PlanPageController {
  constructor(
    private readonly plans: PlansService,
    private readonly inspections: InspectionsService,
    private readonly status: StatusService,
    private readonly signOff: SignOffService,
    private readonly charts: ChartRenderer,
  ) {}

  @PageGet('', 'pages/home.njk')
  async home(@CurrentCaller() caller: Caller) {
    const awaitingPlan = roleMay(caller.role, Permission.ManagePlans) ? await this.inspections.withoutPlan(caller) : [];
    return homeView(caller, await this.plans.list(caller), await this.status.authorityDashboard(caller), awaitingPlan);
  }

  @PageGet('plans/:id', 'pages/plan.njk')
  async plan(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: Record<string, unknown>) {
    const plan = await this.plans.get(caller, id);
    const inspection = await this.inspections.get(caller, plan.inspectionId);
    return planView(caller, plan, inspection, await this.status.planDashboard(caller, id), query);
  }

  /** A date that is not a real one, or is still to come, is refused: the page shows today, with the error. */
  @PageGet('plans/:id/dashboard', DASHBOARD_PAGE)
  async dashboard(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: DateQuery) {
    const asAt = asAtFrom(query, londonToday());
    const dashboard = await this.status.planDashboard(caller, id, asAt.asOf);
    const chart = ragCountsChart(dashboard.rollUps.plan);
    const source = await this.charts.dataUri(chart.configuration, chart.width, chart.height);
    const model = dashboardView(dashboard, asAt, londonToday(), chart, source);
    return asAt.error ? refuse(DASHBOARD_PAGE, model) : model;
  }

  @PageGet('my-actions', 'pages/my-actions.njk')
  @Policy(Permission.PostProgress)
  async myActions(@CurrentCaller() caller: Caller) {
    const returned = (await this.signOff.returnsFor(caller)).filter((entry) => !entry.answered);
    return myActionsView(await this.status.actionsOwnedBy(caller), returned);
  }
}
