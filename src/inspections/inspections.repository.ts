import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InspectionEntity } from './inspection.entity';
import { JudgementEntity } from './judgement.entity';
import { RecommendationEntity } from './recommendation.entity';

/** Every query is filtered by the caller's authority: another authority's rows are never found. */
@Injectable()
export class InspectionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(authorityId: string): Promise<InspectionEntity[]> {
    return this.dataSource
      .getRepository(InspectionEntity)
      .find({ where: { authorityId }, order: { createdAt: 'DESC' } });
  }

  /** Confirmed inspections no plan has been built for yet, newest first. */
  withoutPlan(authorityId: string): Promise<InspectionEntity[]> {
    return this.dataSource
      .getRepository(InspectionEntity)
      .createQueryBuilder('inspection')
      .where('inspection.authorityId = :authorityId', { authorityId })
      .andWhere('NOT EXISTS (SELECT 1 FROM improvement_plan plan WHERE plan.inspection_id = inspection.id)')
      .orderBy('inspection.createdAt', 'DESC')
      .getMany();
  }

  findById(authorityId: string, id: string): Promise<InspectionEntity | null> {
    return this.dataSource.getRepository(InspectionEntity).findOneBy({ authorityId, id });
  }

  judgementsOf(authorityId: string, inspectionId: string): Promise<JudgementEntity[]> {
    return this.dataSource
      .getRepository(JudgementEntity)
      .find({ where: { authorityId, inspectionId }, order: { position: 'ASC' } });
  }

  recommendationsOf(authorityId: string, inspectionId: string): Promise<RecommendationEntity[]> {
    return this.dataSource
      .getRepository(RecommendationEntity)
      .find({ where: { authorityId, inspectionId }, order: { position: 'ASC' } });
  }
}
