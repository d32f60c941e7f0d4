import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import {
  type InspectionDto,
  type InspectionSummaryDto,
  toInspectionDto,
  toInspectionSummaryDto,
} from './inspections.dto';
import { InspectionsRepository } from './inspections.repository';

@Injectable()
export class InspectionsService {
  constructor(private readonly repository: InspectionsRepository) {}

  async list(caller: Caller): Promise<InspectionSummaryDto[]> {
    return (await this.repository.list(caller.authorityId)).map(toInspectionSummaryDto);
  }

  /** Confirmed inspections still waiting for their plan, so that none is lost after confirming. */
  async withoutPlan(caller: Caller): Promise<InspectionSummaryDto[]> {
    return (await this.repository.withoutPlan(caller.authorityId)).map(toInspectionSummaryDto);
  }

  async get(caller: Caller, id: string): Promise<InspectionDto> {
    const inspection = await this.repository.findById(caller.authorityId, id);
    if (!inspection) throw DomainError.notFound('The inspection');
    const [judgements, recommendations] = await Promise.all([
      this.repository.judgementsOf(caller.authorityId, id),
      this.repository.recommendationsOf(caller.authorityId, id),
    ]);
    return toInspectionDto(inspection, judgements, recommendations);
  }
}
