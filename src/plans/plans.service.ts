import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { type PlanDto, type PlanSummaryDto, toPlanDto, toPlanSummaryDto } from './plans.dto';
import { PlansRepository } from './plans.repository';

@Injectable()
export class PlansService {
  constructor(private readonly repository: PlansRepository) {}

  async list(caller: Caller): Promise<PlanSummaryDto[]> {
    return (await this.repository.list(caller.authorityId)).map(toPlanSummaryDto);
  }

  async get(caller: Caller, id: string): Promise<PlanDto> {
    const plan = await this.repository.findById(caller.authorityId, id);
    if (!plan) throw DomainError.notFound('The improvement plan');
    return toPlanDto(plan, await this.repository.actionsOf(caller.authorityId, id));
  }
}
