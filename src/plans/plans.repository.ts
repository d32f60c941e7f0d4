import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { ThemeLeadEntity } from '../authorities/theme-lead.entity';
import type { Transaction } from '../database/transaction';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { InspectionEntity } from '../inspections/inspection.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { ActionEntity } from './action.entity';
import { ImprovementPlanEntity } from './improvement-plan.entity';

/** Natural order of references: O1, O2.1, O2.2, O10, then P1 … */
const REFERENCE_ORDER = `regexp_replace(action.reference, '[0-9.]+$', ''), string_to_array(regexp_replace(action.reference, '^[^0-9]*', ''), '.')::int[]`;

/** Every query is filtered by the caller's authority: another authority's rows are never found. */
@Injectable()
export class PlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

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

  /** The plan alone; `lock` holds its row until the transaction ends. */
  findPlan(authorityId: string, id: string, transaction?: Transaction, lock = false) {
    return this.manager(transaction)
      .getRepository(ImprovementPlanEntity)
      .findOne({ where: { id, authorityId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Every plan of the authority with its inspection, judgements and recommendations, by reference. */
  listByReference(authorityId: string, transaction?: Transaction): Promise<ImprovementPlanEntity[]> {
    return this.manager(transaction)
      .getRepository(ImprovementPlanEntity)
      .find({
        where: { authorityId },
        order: { reference: 'ASC' },
        relations: { inspection: { judgements: true, recommendations: true } },
      });
  }

  referenceTaken(authorityId: string, reference: string, transaction?: Transaction): Promise<boolean> {
    return this.manager(transaction).getRepository(ImprovementPlanEntity).existsBy({ authorityId, reference });
  }

  insertPlan(values: Partial<ImprovementPlanEntity>, transaction?: Transaction): Promise<ImprovementPlanEntity> {
    const plans = this.manager(transaction).getRepository(ImprovementPlanEntity);
    return plans.save(plans.create(values));
  }

  savePlan(plan: ImprovementPlanEntity, transaction?: Transaction): Promise<ImprovementPlanEntity> {
    return this.manager(transaction).getRepository(ImprovementPlanEntity).save(plan);
  }

  findInspection(authorityId: string, id: string, transaction?: Transaction): Promise<InspectionEntity | null> {
    return this.manager(transaction).getRepository(InspectionEntity).findOneBy({ id, authorityId });
  }

  judgementsOf(authorityId: string, inspectionId: string, transaction?: Transaction): Promise<JudgementEntity[]> {
    return this.manager(transaction).getRepository(JudgementEntity).find({ where: { authorityId, inspectionId } });
  }

  recommendationsOf(
    authorityId: string,
    inspectionId: string,
    transaction?: Transaction,
  ): Promise<RecommendationEntity[]> {
    return this.manager(transaction)
      .getRepository(RecommendationEntity)
      .find({ where: { authorityId, inspectionId }, order: { position: 'ASC' } });
  }

  themeLeadsOf(authorityId: string, transaction?: Transaction): Promise<ThemeLeadEntity[]> {
    return this.manager(transaction).getRepository(ThemeLeadEntity).find({ where: { authorityId } });
  }

  findAuthority(authorityId: string, transaction?: Transaction): Promise<AuthorityEntity | null> {
    return this.manager(transaction).getRepository(AuthorityEntity).findOneBy({ id: authorityId });
  }

  /**
   * The plans whose id or reference is `idOrReference`, in every authority: for the command line,
   * which runs as the system and refuses a reference two authorities share.
   */
  findByIdOrReference(idOrReference: string, isId: boolean): Promise<ImprovementPlanEntity[]> {
    return this.dataSource
      .getRepository(ImprovementPlanEntity)
      .find({ where: isId ? { id: idOrReference } : { reference: idOrReference } });
  }
}
