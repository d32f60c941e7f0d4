import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import type { Caller } from '../../common/request-context';
import { StatusService } from '../../rag/status.service';
import { PapersRepository } from '../papers.repository';
import { ReportBuilder } from '../report-builder';
import { blankPaperInputs } from '../report-model';
import { ReportsRepository } from '../reports.repository';
import { committeeWorkbook } from './committee-workbook';

/** Workbooks from the same report model as the board papers; this only gathers what a sheet lists in full. */
@Injectable()
export class WorkbooksService {
  constructor(
    private readonly papers: PapersRepository,
    private readonly reports: ReportsRepository,
    private readonly status: StatusService,
    private readonly builder: ReportBuilder,
  ) {}

  async committee(
    caller: Pick<Caller, 'authorityId'> & { displayName?: string },
    planId: string,
    asOfParam?: string,
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const asOf = this.status.resolveAsOf(asOfParam);
    const plan = await this.papers.findPlan(caller.authorityId, planId);
    if (!plan) throw DomainError.notFound('The improvement plan');
    const { status, thresholds } = await this.status.planStatus(caller, planId, asOf);
    const inputs = blankPaperInputs(plan.title, asOf);
    const model = await this.builder.build(
      undefined,
      caller.authorityId,
      plan,
      inputs,
      asOf,
      status,
      thresholds,
      'summary',
    );
    const updates = await this.reports.updateLog(caller.authorityId, planId, asOf);
    const chart = model.charts.find((item) => item.id === 'rag-counts');
    const bytes = await committeeWorkbook(model, {
      updates,
      ragChart: chart ? Buffer.from(chart.src.replace(/^data:image\/png;base64,/, ''), 'base64') : null,
      author: caller.displayName ?? model.authority.name,
    });
    return { bytes, fileName: `${plan.reference.toLowerCase()}-as-at-${asOf}.xlsx` };
  }
}
