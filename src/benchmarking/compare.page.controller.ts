import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { ChartRenderer } from '../charts/chart-renderer';
import { gradeDistributionChart } from './comparison-chart';
import { pageContext } from '../web/page-context';
import type { CouncilComparison } from './comparison';
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

  /**
   * The chart as a data URI, kept for each version of the national outcomes and council: drawing,
   * hashing and encoding it is most of the page's work, and it changes only with a refresh.
   */
  private readonly drawn = new Map<string, { src: string; alt: string; width: number; height: number }>();

  private async distributionChart(version: string, comparison: CouncilComparison) {
    const key = `${version} ${comparison.council.council.onsCode}`;
    let drawn = this.drawn.get(key);
    if (!drawn) {
      const chart = gradeDistributionChart([comparison.region, comparison.england]);
      const src = await this.charts.dataUri(chart.configuration, chart.width, chart.height);
      drawn = { src, alt: chart.alt, width: chart.width, height: chart.height };
      if (this.drawn.size >= 200) this.drawn.clear();
      this.drawn.set(key, drawn);
    }
    return drawn;
  }

  @Get()
  @Policy(Permission.Read)
  async page(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const found = await this.national.findComparison(caller.authorityId);
    const comparison = found.comparison;
    response.render('pages/compare.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'How we compare',
      dataset: found.dataset,
      comparison,
      reason: found.reason,
      grades: ILACS_GRADES,
      distributionChart: comparison && (await this.distributionChart(found.dataset.version, comparison)),
    });
  }
}
