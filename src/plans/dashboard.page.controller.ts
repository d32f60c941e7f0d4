import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { londonToday } from '../domain/periods';
import { StatusService } from '../rag/status.service';
import { ChartRenderer } from '../charts/chart-renderer';
import { COUNTED_RAGS, ragCountsChart } from '../web/charts';
import { type DateQuery, asAtFrom } from '../web/as-at-date';
import { pageContext } from '../web/page-context';

/** A plan's dashboard as at any date: what a scrutiny member reads before a meeting. */
@ApiExcludeController()
@Controller('plans')
export class DashboardPageController {
  constructor(
    private readonly status: StatusService,
    private readonly charts: ChartRenderer,
    private readonly csrf: Csrf,
  ) {}

  @Get(':id/dashboard')
  @Policy(Permission.Read)
  async dashboard(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DateQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const asAt = asAtFrom(query, londonToday());
    const dashboard = await this.status.planDashboard(caller, id, asAt.asOf);
    const chart = ragCountsChart(dashboard.rollUps.plan);
    if (asAt.error) response.status(400);
    response.render('pages/dashboard.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Dashboard for ${dashboard.plan.reference}`,
      dashboard,
      asAt: { value: asAt.asOf, fields: asAt.fields, isToday: asAt.asOf === londonToday() },
      errors: asAt.error ? { asOf: asAt.error } : {},
      countedRags: COUNTED_RAGS,
      ragChart: { src: await this.charts.dataUri(chart.configuration, chart.width, chart.height), alt: chart.alt },
    });
  }
}
