import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import type { Transaction } from '../database/transaction';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { MilestoneEntity } from '../plans/milestone.entity';
import type { ActionRow, IndicatorLinkRow, MeasurementRow, MilestoneRow, PlanRows, UpdateRow } from './plan-status';

const numbered = (rows: ActionRow[]) =>
  rows.map((row) => ({ ...row, recommendationPosition: Number(row.recommendationPosition) }));
const percent = (rows: UpdateRow[]) => rows.map((row) => ({ ...row, percentComplete: Number(row.percentComplete) }));

/**
 * Loads what the RAG rules need for one plan, or every plan of an authority, as of a date, in five
 * queries whatever the number of actions. Every query is filtered by the authority.
 */
@Injectable()
export class StatusRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `indicators: false` leaves out indicators and values, which a headline does not need. */
  async load(
    scope: { authorityId: string; planId?: string },
    asOf: string,
    manager: Transaction = this.dataSource.manager,
    options: { indicators: boolean } = { indicators: true },
  ): Promise<PlanRows> {
    const params = [scope.authorityId, scope.planId ?? null];
    const planFilter = '($2::uuid IS NULL OR a.plan_id = $2)';
    const actions: ActionRow[] = await manager.query(
      `SELECT a.id, a.plan_id AS "planId", a.reference, a.title, a.kind, a.status, a.closed_on AS "closedOn",
              a.start_date AS "startDate", a.due_date AS "dueDate", a.percent_complete AS "percentComplete",
              a.rag_override AS "ragOverride", a.rag_override_reason AS "ragOverrideReason",
              to_char(a.rag_override_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "ragOverrideOn",
              ob.display_name AS "ragOverrideByName", a.rag_override_until AS "ragOverrideUntil",
              a.owner_id AS "ownerId", o.display_name AS "ownerName",
              a.lead_partner_id AS "leadPartnerId", p.name AS "leadPartnerName",
              a.recommendation_id AS "recommendationId", r.position AS "recommendationPosition",
              r.text AS "recommendationText", a.judgement_area_key AS "judgementAreaKey", a.ecm_outcome AS "ecmOutcome"
         FROM action a
         JOIN recommendation r ON r.id = a.recommendation_id
         LEFT JOIN app_user o ON o.id = a.owner_id
         LEFT JOIN app_user ob ON ob.id = a.rag_override_by_id
         LEFT JOIN partner_organisation p ON p.id = a.lead_partner_id
        WHERE a.authority_id = $1 AND ${planFilter}
        ORDER BY a.plan_id, regexp_replace(a.reference, '[0-9.]+$', ''),
                 string_to_array(regexp_replace(a.reference, '^[^0-9]*', ''), '.')::int[]`,
      params,
    );
    // From each action by index: one plan or a whole authority costs the same per action.
    const milestones: MilestoneRow[] = await manager.query(
      `SELECT m.action_id AS "actionId", m.title, m.due_date AS "dueDate", m.completed_on AS "completedOn"
         FROM action a JOIN milestone m ON m.action_id = a.id
        WHERE a.authority_id = $1 AND ${planFilter}
        ORDER BY m.action_id, m.due_date`,
      params,
    );
    const latestUpdates: UpdateRow[] = await manager.query(
      `SELECT a.id AS "actionId", u.period, u.narrative, u.percent_complete AS "percentComplete",
              u.proposed_rag AS "proposedRag", to_char(u.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "createdOn"
         FROM action a
         CROSS JOIN LATERAL (
           SELECT * FROM progress_update u
            WHERE u.action_id = a.id AND u.created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')
            ORDER BY u.created_at DESC, u.id DESC LIMIT 1
         ) u
        WHERE a.authority_id = $1 AND ${planFilter}`,
      [...params, asOf],
    );
    if (!options.indicators)
      return {
        actions: numbered(actions),
        milestones,
        latestUpdates: percent(latestUpdates),
        indicatorLinks: [],
        measurements: [],
      };
    const indicatorLinks: IndicatorLinkRow[] = await manager.query(
      `SELECT l.id, l.action_id AS "actionId", l.indicator_id AS "indicatorId", i.code, i.title, i.unit, i.polarity,
              i.frequency,
              l.baseline_value::text AS "baselineValue", l.baseline_period AS "baselinePeriod",
              l.target_value::text AS "targetValue", l.target_date AS "targetDate",
              l.tolerance_kind AS "toleranceKind", l.tolerance_value::text AS "toleranceValue"
         FROM action a
         JOIN action_indicator l ON l.action_id = a.id
         JOIN indicator i ON i.id = l.indicator_id
        WHERE a.authority_id = $1 AND ${planFilter}
        ORDER BY i.code, l.id`,
      params,
    );
    const measurements: MeasurementRow[] = await manager.query(
      `SELECT "indicatorId", period, "periodEnd", value FROM (
         SELECT m.indicator_id AS "indicatorId", m.period, m.period_end AS "periodEnd", m.value::text AS value,
                row_number() OVER (PARTITION BY m.indicator_id ORDER BY m.period_end DESC) AS rank
           FROM measurement m
          WHERE m.authority_id = $1 AND m.period_end <= $2
            AND m.indicator_id IN (SELECT l.indicator_id FROM action a JOIN action_indicator l ON l.action_id = a.id
                                    WHERE a.authority_id = $1 AND ($3::uuid IS NULL OR a.plan_id = $3))
       ) ranked WHERE rank <= 2`,
      [scope.authorityId, asOf, scope.planId ?? null],
    );
    return {
      actions: numbered(actions),
      milestones,
      latestUpdates: percent(latestUpdates),
      indicatorLinks,
      measurements,
    };
  }

  authority(authorityId: string, transaction?: Transaction): Promise<AuthorityEntity> {
    return (transaction ?? this.dataSource.manager).getRepository(AuthorityEntity).findOneByOrFail({ id: authorityId });
  }

  /** The plan with its inspection, judgements and recommendations, which its clock and labels need. */
  plan(authorityId: string, id: string, transaction?: Transaction): Promise<ImprovementPlanEntity | null> {
    return (transaction ?? this.dataSource.manager).getRepository(ImprovementPlanEntity).findOne({
      where: { id, authorityId },
      relations: { inspection: { judgements: true, recommendations: true } },
    });
  }

  /** Every plan of the authority, by reference, loaded as `plan` loads one. */
  plans(authorityId: string, transaction?: Transaction): Promise<ImprovementPlanEntity[]> {
    return (transaction ?? this.dataSource.manager).getRepository(ImprovementPlanEntity).find({
      where: { authorityId },
      order: { reference: 'ASC' },
      relations: { inspection: { judgements: true, recommendations: true } },
    });
  }

  /** Milestones of these actions, soonest due first. */
  milestonesOf(authorityId: string, actionIds: string[]): Promise<MilestoneEntity[]> {
    return this.dataSource.getRepository(MilestoneEntity).find({
      where: { actionId: In(actionIds), authorityId },
      order: { dueDate: 'ASC' },
    });
  }

  /**
   * The authority's change counter for the dashboards' cache: the newest audit event's id. Every
   * change to an authority's data writes one in the same transaction.
   */
  async changeCounter(authorityId: string): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS version FROM audit_event WHERE authority_id = $1`,
      [authorityId],
    )) as { version: string }[];
    return row.version;
  }
}
