import { Controller, Get, Param, Query, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { StatusService } from '../rag/status.service';
import { ChartRenderer } from '../reports/charts/chart-renderer';
import { type DateQuery, asAtFrom } from '../web/as-at-date';
import { ragCountsChart } from '../web/charts';
import { IdParams } from '../web/page-params';
import { Pages, refuse } from '../web/pages';
import { dashboardView } from './plan.view';

const DASHBOARD_PAGE = 'pages/dashboard.njk';

/** A plan's dashboard as at any date: what a scrutiny member reads before a meeting. */
@Pages()
@Controller('plans')
export class DashboardPageController {
  constructor(
    private readonly status: StatusService,
    private readonly charts: ChartRenderer,
  ) {}

  /** A date that is not a real one, or is still to come, is refused: the page shows today, with the error. */
  @Get(':id/dashboard')
  @Policy(Permission.Read)
  @Render(DASHBOARD_PAGE)
  async dashboard(@CurrentCaller() caller: Caller, @Param() { id }: IdParams, @Query() query: DateQuery) {
    const asAt = asAtFrom(query, londonToday());
    const dashboard = await this.status.planDashboard(caller, id, asAt.asOf);
    const chart = ragCountsChart(dashboard.rollUps.plan);
    const source = await this.charts.dataUri(chart.configuration, chart.width, chart.height);
    const model = dashboardView(dashboard, asAt, londonToday(), chart, source);
    return asAt.error ? refuse(DASHBOARD_PAGE, model) : model;
  }
}
