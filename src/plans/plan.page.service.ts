import { Injectable } from '@nestjs/common';
import { Permission, roleMay } from '../auth/policy';
import { ChartRenderer } from '../charts/chart-renderer';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { InspectionsService } from '../inspections/inspections.service';
import { StatusService } from '../rag/status.service';
import { SignOffService } from '../signoff/sign-off.service';
import { type DateQuery, asAtFrom } from '../web/as-at-date';
import { ragCountsChart } from '../web/charts';
import { refuse } from '../web/pages';
import { dashboardView, homeView, myActionsView, planView } from './plan.view';
import { PlansService } from './plans.service';

export const DASHBOARD_PAGE = 'pages/dashboard.njk';

/**
 * The reading pages of plans: the home page with every plan's headline status today, a plan with
 * its actions filtered and sorted by the query string, its dashboard as at any date (what a
 * scrutiny member reads before a meeting), and the actions the caller owns.
 */
@Injectable()
export class PlanPageService {
  constructor(
    private readonly plans: PlansService,
    private readonly inspections: InspectionsService,
    private readonly status: StatusService,
    private readonly signOff: SignOffService,
    private readonly charts: ChartRenderer,
  ) {}

  async home(caller: Caller) {
    const awaitingPlan = roleMay(caller.role, Permission.ManagePlans) ? await this.inspections.withoutPlan(caller) : [];
    return homeView(caller, await this.plans.list(caller), await this.status.authorityDashboard(caller), awaitingPlan);
  }

  async plan(caller: Caller, id: string, query: Record<string, unknown>) {
    const plan = await this.plans.get(caller, id);
    const inspection = await this.inspections.get(caller, plan.inspectionId);
    return planView(caller, plan, inspection, await this.status.planDashboard(caller, id), query);
  }

  /** A date that is not a real one, or is still to come, is refused: the page shows today, with the error. */
  async dashboard(caller: Caller, id: string, query: DateQuery) {
    const asAt = asAtFrom(query, londonToday());
    const dashboard = await this.status.planDashboard(caller, id, asAt.asOf);
    const chart = ragCountsChart(dashboard.rollUps.plan);
    const source = await this.charts.dataUri(chart.configuration, chart.width, chart.height);
    const model = dashboardView(dashboard, asAt, londonToday(), chart, source);
    return asAt.error ? refuse(DASHBOARD_PAGE, model) : model;
  }

  async myActions(caller: Caller) {
    const returned = (await this.signOff.returnsFor(caller)).filter((entry) => !entry.answered);
    return myActionsView(await this.status.actionsOwnedBy(caller), returned);
  }
}
