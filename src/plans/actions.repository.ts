import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { UserEntity } from '../users/user.entity';
import type { Transaction } from '../database/transaction';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { ActionEntity } from './action.entity';
import { ImprovementPlanEntity } from './improvement-plan.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressUpdateEntity } from './progress-update.entity';

const FOR_UPDATE = { lock: { mode: 'pessimistic_write' as const } };

/**
 * Actions and what hangs off them: milestones, indicator links and the append-only progress log.
 * Every query is filtered by the caller's authority: another authority's rows are never found.
 */
@Injectable()
export class ActionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

  /** Saves an action, milestone or link as it stands (a new one is inserted, a loaded one updated). */
  save<Row extends ActionEntity | MilestoneEntity | ActionIndicatorEntity>(
    row: Row,
    transaction?: Transaction,
  ): Promise<Row> {
    return this.manager(transaction).save(row);
  }

  /** Removes loaded actions, milestones or links. */
  async remove(
    rows: ActionEntity | MilestoneEntity | ActionIndicatorEntity | MilestoneEntity[] | ActionIndicatorEntity[],
    transaction?: Transaction,
  ): Promise<void> {
    await this.manager(transaction).remove(rows);
  }

  /** `lock` holds the row until the transaction ends. */
  findAction(authorityId: string, id: string, transaction?: Transaction, lock = false): Promise<ActionEntity | null> {
    return this.manager(transaction)
      .getRepository(ActionEntity)
      .findOne({ where: { id, authorityId }, ...(lock ? FOR_UPDATE : {}) });
  }

  /** The action with its owner, lead partner and milestones (soonest due first). */
  findActionInFull(authorityId: string, id: string): Promise<ActionEntity | null> {
    return this.dataSource.getRepository(ActionEntity).findOne({
      where: { id, authorityId },
      relations: { owner: true, leadPartner: true, milestones: true },
      order: { milestones: { dueDate: 'ASC' } },
    });
  }

  /** The action's indicator links with each indicator. */
  linksOf(authorityId: string, actionId: string, transaction?: Transaction): Promise<ActionIndicatorEntity[]> {
    return this.manager(transaction)
      .getRepository(ActionIndicatorEntity)
      .find({ where: { actionId, authorityId }, relations: { indicator: true } });
  }

  /** Actions of a plan by id, oldest id first; `lock` holds them until the transaction ends. */
  actionsOfPlan(
    authorityId: string,
    planId: string,
    ids: string[],
    transaction?: Transaction,
    lock = false,
  ): Promise<ActionEntity[]> {
    return this.manager(transaction)
      .getRepository(ActionEntity)
      .find({ where: { id: In(ids), planId, authorityId }, order: { id: 'ASC' }, ...(lock ? FOR_UPDATE : {}) });
  }

  async versionsOf(ids: string[], transaction?: Transaction): Promise<Map<string, number>> {
    const rows = await this.manager(transaction)
      .getRepository(ActionEntity)
      .find({ select: { id: true, version: true }, where: { id: In(ids) } });
    return new Map(rows.map((action) => [action.id, action.version]));
  }

  findPlan(authorityId: string, id: string, transaction?: Transaction): Promise<ImprovementPlanEntity | null> {
    return this.manager(transaction).getRepository(ImprovementPlanEntity).findOneBy({ id, authorityId });
  }

  recommendationOfInspection(
    authorityId: string,
    inspectionId: string,
    recommendationId: string,
    transaction?: Transaction,
  ): Promise<boolean> {
    return this.manager(transaction)
      .getRepository(RecommendationEntity)
      .existsBy({ id: recommendationId, inspectionId, authorityId });
  }

  referenceTaken(planId: string, reference: string, transaction?: Transaction): Promise<boolean> {
    return this.manager(transaction).getRepository(ActionEntity).existsBy({ planId, reference });
  }

  hasProgress(actionId: string, transaction?: Transaction): Promise<boolean> {
    return this.manager(transaction).getRepository(ProgressUpdateEntity).existsBy({ actionId });
  }

  /** How many actions of the plan serve the recommendation. */
  countServing(planId: string, recommendationId: string, transaction?: Transaction): Promise<number> {
    return this.manager(transaction).getRepository(ActionEntity).countBy({ planId, recommendationId });
  }

  milestonesOf(actionId: string, transaction?: Transaction): Promise<MilestoneEntity[]> {
    return this.manager(transaction).getRepository(MilestoneEntity).findBy({ actionId });
  }

  linksOfAction(actionId: string, transaction?: Transaction): Promise<ActionIndicatorEntity[]> {
    return this.manager(transaction).getRepository(ActionIndicatorEntity).findBy({ actionId });
  }

  /** Milestones of these actions, soonest due first. */
  milestonesOfActions(authorityId: string, actionIds: string[], transaction?: Transaction): Promise<MilestoneEntity[]> {
    return this.manager(transaction)
      .getRepository(MilestoneEntity)
      .find({ where: { actionId: In(actionIds), authorityId }, order: { dueDate: 'ASC' } });
  }

  /** `lock` holds the row until the transaction ends; `actionId` limits it to one action's. */
  findMilestone(
    authorityId: string,
    id: string,
    transaction?: Transaction,
    options: { lock?: boolean; actionId?: string } = {},
  ): Promise<MilestoneEntity | null> {
    return this.manager(transaction)
      .getRepository(MilestoneEntity)
      .findOne({
        where: { id, authorityId, ...(options.actionId ? { actionId: options.actionId } : {}) },
        ...(options.lock ? FOR_UPDATE : {}),
      });
  }

  /** `lock` holds the row until the transaction ends. */
  findLink(
    authorityId: string,
    id: string,
    transaction?: Transaction,
    lock = false,
  ): Promise<ActionIndicatorEntity | null> {
    return this.manager(transaction)
      .getRepository(ActionIndicatorEntity)
      .findOne({ where: { id, authorityId }, ...(lock ? FOR_UPDATE : {}) });
  }

  isLinked(actionId: string, indicatorId: string, transaction?: Transaction): Promise<boolean> {
    return this.manager(transaction).getRepository(ActionIndicatorEntity).existsBy({ actionId, indicatorId });
  }

  /** The authority's links to these indicators, each with its action. */
  linksToIndicators(
    authorityId: string,
    indicatorIds: string[],
    transaction?: Transaction,
  ): Promise<ActionIndicatorEntity[]> {
    return this.manager(transaction)
      .getRepository(ActionIndicatorEntity)
      .find({ where: { indicatorId: In(indicatorIds), authorityId }, relations: { action: true } });
  }

  insertAction(values: Partial<ActionEntity>, transaction?: Transaction): Promise<ActionEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(ActionEntity, values));
  }

  insertMilestone(values: Partial<MilestoneEntity>, transaction?: Transaction): Promise<MilestoneEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(MilestoneEntity, values));
  }

  insertLink(values: Partial<ActionIndicatorEntity>, transaction?: Transaction): Promise<ActionIndicatorEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(ActionIndicatorEntity, values));
  }

  insertProgress(values: Partial<ProgressUpdateEntity>, transaction?: Transaction): Promise<ProgressUpdateEntity> {
    const manager = this.manager(transaction);
    return manager.save(manager.create(ProgressUpdateEntity, values));
  }

  /** The action's progress updates with their authors, newest first. */
  progressOf(authorityId: string, actionId: string): Promise<ProgressUpdateEntity[]> {
    return this.dataSource.getRepository(ProgressUpdateEntity).find({
      where: { actionId, authorityId },
      relations: { author: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** The ids among `ids` of the authority's active users. */
  async activeUserIds(authorityId: string, ids: string[], transaction?: Transaction): Promise<string[]> {
    const found = await this.manager(transaction)
      .getRepository(UserEntity)
      .find({ where: { id: In(ids), authorityId, active: true }, select: { id: true } });
    return found.map((user) => user.id);
  }

  /** The ids among `ids` of the authority's partner organisations. */
  async partnerIds(authorityId: string, ids: string[], transaction?: Transaction): Promise<string[]> {
    const found = await this.manager(transaction)
      .getRepository(PartnerOrganisationEntity)
      .find({ where: { id: In(ids), authorityId }, select: { id: true } });
    return found.map((partner) => partner.id);
  }

  async amberTolerancePercent(authorityId: string, transaction?: Transaction): Promise<string> {
    return (await this.manager(transaction).getRepository(AuthorityEntity).findOneByOrFail({ id: authorityId }))
      .amberTolerancePercent;
  }
}
