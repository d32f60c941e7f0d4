import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import type { Transaction } from '../database/transaction';
import { InspectionEntity } from '../inspections/inspection.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { ActionEntity } from '../plans/action.entity';
import { MilestoneEntity } from '../plans/milestone.entity';
import type { UpdateLogRow } from './excel/committee-workbook';

/**
 * What the report model reads beyond the plan's status, inside the caller's transaction when one
 * is given, so that a paper and the snapshot stored with it agree. Filtered by the authority.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(transaction?: Transaction): Transaction {
    return transaction ?? this.dataSource.manager;
  }

  /** The authority with its logo, which is not read otherwise. */
  authorityWithLogo(authorityId: string, transaction?: Transaction): Promise<AuthorityEntity> {
    return this.manager(transaction)
      .getRepository(AuthorityEntity)
      .createQueryBuilder('authority')
      .addSelect('authority.logo')
      .where('authority.id = :authorityId', { authorityId })
      .getOneOrFail();
  }

  inspection(authorityId: string, id: string, transaction?: Transaction): Promise<InspectionEntity | null> {
    return this.manager(transaction).getRepository(InspectionEntity).findOneBy({ id, authorityId });
  }

  judgementsOf(authorityId: string, inspectionId: string, transaction?: Transaction): Promise<JudgementEntity[]> {
    return this.manager(transaction)
      .getRepository(JudgementEntity)
      .find({ where: { inspectionId, authorityId }, order: { position: 'ASC' } });
  }

  priorityActionsOf(
    authorityId: string,
    inspectionId: string,
    transaction?: Transaction,
  ): Promise<RecommendationEntity[]> {
    return this.manager(transaction)
      .getRepository(RecommendationEntity)
      .find({ where: { inspectionId, authorityId, priorityAction: true } });
  }

  /** Each recommendation's position and published timescale. */
  timescalesOf(authorityId: string, inspectionId: string, transaction?: Transaction): Promise<RecommendationEntity[]> {
    return this.manager(transaction)
      .getRepository(RecommendationEntity)
      .find({ select: { position: true, timescale: true }, where: { inspectionId, authorityId } });
  }

  descriptionsOf(authorityId: string, actionIds: string[], transaction?: Transaction): Promise<ActionEntity[]> {
    return this.manager(transaction)
      .getRepository(ActionEntity)
      .find({ select: { id: true, description: true }, where: { id: In(actionIds), authorityId } });
  }

  milestonesOf(authorityId: string, actionIds: string[], transaction?: Transaction): Promise<MilestoneEntity[]> {
    return this.manager(transaction)
      .getRepository(MilestoneEntity)
      .find({ where: { actionId: In(actionIds), authorityId }, order: { dueDate: 'ASC', title: 'ASC' } });
  }

  /** Every progress update on the plan up to the as-of date, by action reference then time. */
  async updateLog(
    authorityId: string,
    planId: string,
    asOf: string,
    transaction?: Transaction,
  ): Promise<UpdateLogRow[]> {
    const rows = (await this.manager(transaction).query(
      `SELECT a.reference, u.period, u.narrative, u.percent_complete AS "percentComplete", u.proposed_rag AS "proposedRag",
              coalesce(p.display_name, '') AS author, u.created_at AS "createdAt"
         FROM progress_update u JOIN action a ON a.id = u.action_id LEFT JOIN app_user p ON p.id = u.author_id
        WHERE a.plan_id = $1 AND a.authority_id = $2
          AND u.created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')
        ORDER BY a.reference, u.created_at`,
      [planId, authorityId, asOf],
    )) as UpdateLogRow[];
    return rows.map((row) => ({ ...row, percentComplete: Number(row.percentComplete) }));
  }
}
