import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { ActionEntity } from './action.entity';
import { ImprovementPlanEntity } from './improvement-plan.entity';

/** Natural order of references: O1, O2.1, O2.2, O10, then P1 … */
const REFERENCE_ORDER = `regexp_replace(action.reference, '[0-9.]+$', ''), string_to_array(regexp_replace(action.reference, '^[^0-9]*', ''), '.')::int[]`;

/** Every query is filtered by the caller's authority: another authority's rows are never found. */
@Injectable()
export class PlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(authorityId: string): Promise<ImprovementPlanEntity[]> {
    return this.dataSource.getRepository(ImprovementPlanEntity).find({
      where: { authorityId },
      order: { createdAt: 'DESC' },
      relations: { inspection: { judgements: true, recommendations: true } },
    });
  }

  findById(authorityId: string, id: string): Promise<ImprovementPlanEntity | null> {
    return this.dataSource
      .getRepository(ImprovementPlanEntity)
      .findOne({ where: { authorityId, id }, relations: { inspection: { judgements: true, recommendations: true } } });
  }

  /** The plan's actions with owner, lead partner and milestones, outcome actions first. */
  actionsOf(authorityId: string, planId: string): Promise<ActionEntity[]> {
    return this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('action')
      .leftJoinAndSelect('action.owner', 'owner')
      .leftJoinAndSelect('action.leadPartner', 'leadPartner')
      .leftJoinAndSelect('action.milestones', 'milestone')
      .where('action.planId = :planId AND action.authorityId = :authorityId', { planId, authorityId })
      .orderBy(REFERENCE_ORDER)
      .addOrderBy('milestone.dueDate', 'ASC')
      .getMany();
  }

  /** Every indicator linked to the plan's actions, with the indicator itself. */
  indicatorLinksOf(authorityId: string, planId: string): Promise<ActionIndicatorEntity[]> {
    return this.dataSource
      .getRepository(ActionIndicatorEntity)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.indicator', 'indicator')
      .innerJoin('link.action', 'action')
      .where('action.planId = :planId AND link.authorityId = :authorityId', { planId, authorityId })
      .orderBy('indicator.code')
      .getMany();
  }
}
