import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { Caller } from '../../common/request-context';
import { ImprovementPlanEntity } from '../../plans/improvement-plan.entity';
import { StatusService } from '../../rag/status.service';
import { ReportBuilder } from '../report-builder';
import { blankPaperInputs } from '../report-model';
import { type UpdateLogRow, committeeWorkbook } from './committee-workbook';

/** Workbooks from the same report model as the board papers; this only gathers what a sheet lists in full. */
@Injectable()
export class WorkbooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly status: StatusService,
    private readonly builder: ReportBuilder,
  ) {}

  async committee(
    caller: Pick<Caller, 'authorityId'> & { displayName?: string },
    planId: string,
    asOfParam?: string,
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const asOf = this.status.resolveAsOf(asOfParam);
    const manager = this.dataSource.manager;
    const plan = await manager
      .getRepository(ImprovementPlanEntity)
      .findOneBy({ id: planId, authorityId: caller.authorityId });
    if (!plan) throw DomainError.notFound('The improvement plan');
    const { status, thresholds } = await this.status.planStatus(caller, planId, asOf, manager);
    const inputs = blankPaperInputs(plan.title, asOf);
    const model = await this.builder.build(
      manager,
      caller.authorityId,
      plan,
      inputs,
      asOf,
      status,
      thresholds,
      'summary',
    );
    const updates = (
      (await manager.query(
        `SELECT a.reference, u.period, u.narrative, u.percent_complete AS "percentComplete", u.proposed_rag AS "proposedRag",
                coalesce(p.display_name, '') AS author, u.created_at AS "createdAt"
           FROM progress_update u JOIN action a ON a.id = u.action_id LEFT JOIN app_user p ON p.id = u.author_id
          WHERE a.plan_id = $1 AND a.authority_id = $2
            AND u.created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')
          ORDER BY a.reference, u.created_at`,
        [planId, caller.authorityId, asOf],
      )) as UpdateLogRow[]
    ).map((row) => ({ ...row, percentComplete: Number(row.percentComplete) }));
    const chart = model.charts.find((item) => item.id === 'rag-counts');
    const bytes = await committeeWorkbook(model, {
      updates,
      ragChart: chart ? Buffer.from(chart.src.replace(/^data:image\/png;base64,/, ''), 'base64') : null,
      author: caller.displayName ?? model.authority.name,
    });
    return { bytes, fileName: `${plan.reference.toLowerCase()}-as-at-${asOf}.xlsx` };
  }
}
