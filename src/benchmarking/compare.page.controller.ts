import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { ChartRenderer } from '../reports/charts/chart-renderer';
import { gradeDistributionChart } from '../reports/charts/comparison-chart';
import { pageContext } from '../web/page-context';
import { ILACS_GRADES } from './judgements';
import { NationalPictureService } from './national-picture.service';

/** "How we compare": for every reader, the council beside its statistical neighbours, its region and England. */
@ApiExcludeController()
@Controller('compare')
export class ComparePageController {
  constructor(
    private readonly national: NationalPictureService,
    private readonly charts: ChartRenderer,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Read)
  async page(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const found = await this.national.findComparison(caller.authorityId);
    const comparison = found.comparison;
    const chart = comparison ? gradeDistributionChart([comparison.region, comparison.england]) : null;
    response.render('pages/compare.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'How we compare',
      dataset: found.dataset,
      comparison,
      reason: found.reason,
      grades: ILACS_GRADES,
      distributionChart: chart && {
        src: await this.charts.dataUri(chart.configuration, chart.width, chart.height),
        alt: chart.alt,
        width: chart.width,
        height: chart.height,
      },
    });
  }
}
