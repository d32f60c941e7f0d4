import { Injectable } from '@nestjs/common';
import { ChartRenderer } from '../charts/chart-renderer';
import type { Caller } from '../common/request-context';
import type { CouncilComparison } from '../domain/council-comparison';
import { gradeDistributionChart } from './comparison-chart';
import { ILACS_GRADES } from '../domain/ilacs';
import { NationalPictureService } from './national-picture.service';

/** "How we compare"'s view model: the comparison and its chart. */
@Injectable()
export class ComparePageService {
  constructor(
    private readonly national: NationalPictureService,
    private readonly charts: ChartRenderer,
  ) {}

  /**
   * The chart as a data URI, kept for each version of the national outcomes and council: drawing,
   * hashing and encoding it is most of the page's work, and it changes only with a refresh.
   */
  private readonly drawn = new Map<string, { src: string; alt: string; width: number; height: number }>();

  async page(caller: Caller) {
    const { dataset, comparison, reason } = await this.national.findComparison(caller.authorityId);
    const distributionChart = comparison && (await this.distributionChart(dataset.version, comparison));
    return { pageTitle: 'How we compare', dataset, comparison, reason, grades: ILACS_GRADES, distributionChart };
  }

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
}
