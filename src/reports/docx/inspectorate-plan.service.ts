import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/request-context';
import { StatusService } from '../../rag/status.service';
import { ReportBuilder } from '../report-builder';
import { blankPaperInputs } from '../report-model';
import { inspectoratePlanDocx } from './inspectorate-plan-docx';

/**
 * The improvement plan as a Word document in the shape councils send it to the inspectorate, from
 * the same report model as the board paper. Made on request and not kept: it is the plan as it
 * stands, which the clerk edits and sends.
 */
@Injectable()
export class InspectoratePlanService {
  constructor(
    private readonly status: StatusService,
    private readonly builder: ReportBuilder,
  ) {}

  async document(
    caller: Pick<Caller, 'authorityId'>,
    planId: string,
    asOfParam?: string,
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const asOf = this.status.resolveAsOf(asOfParam);
    const { plan, status, thresholds } = await this.status.planStatus(caller, planId, asOf);
    const model = await this.builder.build(
      undefined,
      caller.authorityId,
      plan,
      blankPaperInputs(plan.title, asOf),
      asOf,
      status,
      thresholds,
      'none',
      { planDetail: true },
    );
    const bytes = await inspectoratePlanDocx(model, new Date());
    return { bytes, fileName: `${plan.reference.toLowerCase()}-improvement-plan-as-at-${asOf}.docx` };
  }
}
