import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { NationalPictureService } from '../benchmarking/national-picture.service';
import { DomainError } from '../common/domain-error';
import { financialQuarterOf } from '../domain/periods';
import { exampleNoticeFor } from '../example/example-notice';
import { InspectionEntity } from '../inspections/inspection.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { JudgementEntity } from '../inspections/judgement.entity';
import { ActionEntity } from '../plans/action.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { MilestoneEntity } from '../plans/milestone.entity';
import { clockOf } from '../plans/plans.service';
import { frameworkNameOf } from '../frameworks/inspection-framework';
import { type SnapshotContent, movementBetween } from '../rag/movement';
import type { PlanStatus } from '../rag/plan-status';
import type { Thresholds } from '../rag/rules';
import { snapshotContentOf } from '../rag/status.service';
import { SignOffService } from '../signoff/sign-off.service';
import { BoardPaperEntity } from './board-paper.entity';
import { govukDate } from '../presentation/dates';
import { ChartRenderer } from './charts/chart-renderer';
import { gradeDistributionChart } from './charts/comparison-chart';
import { areaCountsChart, ragCountsChart } from './charts/status-charts';
import { indicatorTrendChart } from './charts/trend-chart';
import type { AppendixGroup, PaperInputs, PlanDetail, ReportChart, ReportModel } from './report-model';

/**
 * Builds the report model: the one query layer the paper and the workbook share. Everything is
 * read inside the caller's transaction, so the model and the snapshot stored with it agree.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly charts: ChartRenderer,
    private readonly national: NationalPictureService,
    private readonly signOff: SignOffService,
  ) {}

  async build(
    manager: EntityManager,
    authorityId: string,
    plan: ImprovementPlanEntity,
    paper: PaperInputs,
    asOf: string,
    status: PlanStatus,
    thresholds: Thresholds,
    charts: 'all' | 'summary' | 'none' = 'all',
    options: { planDetail?: boolean } = {},
  ): Promise<ReportModel> {
    const authority = await manager
      .getRepository(AuthorityEntity)
      .createQueryBuilder('authority')
      .addSelect('authority.logo')
      .where('authority.id = :authorityId', { authorityId })
      .getOneOrFail();
    const inspection = await manager.getRepository(InspectionEntity).findOneBy({ id: plan.inspectionId, authorityId });
    if (!inspection) throw DomainError.notFound('The inspection');
    const judgements = await manager
      .getRepository(JudgementEntity)
      .find({ where: { inspectionId: inspection.id, authorityId }, order: { position: 'ASC' } });
    // Whether a focused visit named priority actions decides whether its clock counts anything.
    const recommendations = await manager
      .getRepository(RecommendationEntity)
      .find({ where: { inspectionId: inspection.id, authorityId, priorityAction: true } });

    const previous = await manager.getRepository(BoardPaperEntity).findOne({
      where: { planId: plan.id, authorityId },
      order: { generatedAt: 'DESC' },
      relations: { snapshot: true },
    });
    const current = snapshotContentOf(status);
    const movement = previous?.snapshot
      ? {
          ...movementBetween(previous.snapshot.content as unknown as SnapshotContent, current),
          previousPaperOn: previous.snapshot.asOf,
        }
      : null;

    const appendix: AppendixGroup[] = [];
    for (const line of status.actions) {
      let group = appendix.find((candidate) => candidate.position === line.recommendation.position);
      if (!group) {
        group = { position: line.recommendation.position, recommendation: line.recommendation.text, actions: [] };
        appendix.push(group);
      }
      group.actions.push(line);
    }
    appendix.sort((a, b) => a.position - b.position);

    const model: ReportModel = {
      authority: {
        name: authority.name,
        logo:
          authority.logo && authority.logoMediaType
            ? `data:${authority.logoMediaType};base64,${authority.logo.toString('base64')}`
            : null,
      },
      paper,
      plan: {
        reference: plan.reference,
        title: plan.title,
        status: plan.status,
        endorsedBy: plan.endorsedBy,
        endorsedOn: plan.endorsedOn,
        statutoryClock: clockOf({ ...plan, inspection: { ...inspection, judgements, recommendations } }, asOf),
      },
      inspection: {
        kind: inspection.kind,
        framework: frameworkNameOf(inspection.framework),
        title: inspection.title,
        inspectorate: inspection.inspectorate,
        fieldworkStart: inspection.fieldworkStart,
        fieldworkEnd: inspection.fieldworkEnd,
        publishedOn: inspection.publishedOn,
        judgements: judgements.map((judgement) => ({
          label: judgement.label,
          gradePublished: judgement.gradePublished,
          grade: judgement.grade,
          level: judgement.level,
          scored: judgement.scored,
        })),
      },
      asOf,
      reportingPeriod: financialQuarterOf(asOf).label,
      thresholds,
      summary: status.rollUps.plan,
      byJudgementArea: status.rollUps.byJudgementArea,
      exceptions: status.exceptions,
      indicators: status.indicators,
      movement,
      appendix,
      series: await this.seriesOf(manager, authorityId, status, asOf),
      comparison: await this.national.comparisonFor(authority, manager),
      charts: [],
      notice: exampleNoticeFor(authority.name),
      signOff: await this.signOff.paperStatus(manager, authorityId, plan, asOf),
      planDetail: options.planDetail ? await this.planDetailOf(manager, authorityId, inspection.id, status) : undefined,
    };
    model.charts = await this.chartsFor(model, asOf, charts);
    return model;
  }

  /** Each action's description and milestones, and each recommendation's published timescale. */
  private async planDetailOf(
    manager: EntityManager,
    authorityId: string,
    inspectionId: string,
    status: PlanStatus,
  ): Promise<PlanDetail> {
    const ids = status.actions.map((line) => line.id);
    const actions = await manager.getRepository(ActionEntity).find({
      select: { id: true, description: true },
      where: { id: In(ids), authorityId },
    });
    const milestones = await manager.getRepository(MilestoneEntity).find({
      where: { actionId: In(ids), authorityId },
      order: { dueDate: 'ASC', title: 'ASC' },
    });
    const recommendations = await manager.getRepository(RecommendationEntity).find({
      select: { position: true, timescale: true },
      where: { inspectionId, authorityId },
    });
    const detail: PlanDetail = { recommendations: {}, actions: {} };
    for (const recommendation of recommendations) {
      detail.recommendations[recommendation.position] = { timescale: recommendation.timescale };
    }
    for (const action of actions) detail.actions[action.id] = { description: action.description, milestones: [] };
    for (const milestone of milestones) {
      detail.actions[milestone.actionId]?.milestones.push({
        title: milestone.title,
        dueDate: milestone.dueDate,
        completedOn: milestone.completedOn,
      });
    }
    return detail;
  }

  /** Every value of every indicator on the plan up to the as-of date, oldest first, in one query. */
  private async seriesOf(
    manager: EntityManager,
    authorityId: string,
    status: PlanStatus,
    asOf: string,
  ): Promise<Record<string, { period: string; value: string }[]>> {
    const ids = [...new Set(status.indicators.map((line) => line.indicatorId))];
    const series: Record<string, { period: string; value: string }[]> = {};
    if (!ids.length) return series;
    const rows = (await manager.query(
      `SELECT indicator_id AS "indicatorId", period, value::text AS value FROM measurement
        WHERE authority_id = $1 AND indicator_id = ANY($2::uuid[]) AND period_end <= $3 ORDER BY period_end`,
      [authorityId, ids, asOf],
    )) as { indicatorId: string; period: string; value: string }[];
    for (const row of rows) (series[row.indicatorId] ??= []).push({ period: row.period, value: row.value });
    return series;
  }

  /**
   * The status charts, and with `all` a trend chart per indicator (papers); workbooks need only the
   * summary, and the plan as sent to the inspectorate none.
   */
  private async chartsFor(model: ReportModel, asOf: string, which: 'all' | 'summary' | 'none'): Promise<ReportChart[]> {
    const charts: ReportChart[] = [];
    if (which === 'none') return charts;
    const counts = ragCountsChart(model.summary);
    charts.push({
      id: 'rag-counts',
      title: `Actions by status as at ${govukDate(asOf)}`,
      alt: counts.alt,
      src: await this.charts.dataUri(counts.configuration, 560, counts.height),
    });

    if (model.byJudgementArea.length) {
      const areas = areaCountsChart(model.byJudgementArea);
      charts.push({
        id: 'by-area',
        title: 'Actions by judgement area and status',
        alt: areas.alt,
        src: await this.charts.dataUri(areas.configuration, areas.width, areas.height),
      });
    }

    const comparison = model.comparison.comparison;
    if (comparison) {
      const grades = gradeDistributionChart([comparison.region, comparison.england]);
      charts.push({
        id: 'grade-distribution',
        title: `Grades at the latest inspection in ${comparison.region.area} and England`,
        alt: grades.alt,
        src: await this.charts.dataUri(grades.configuration, grades.width, grades.height),
      });
    }

    if (which === 'summary') return charts;
    const seen = new Set<string>();
    for (const line of model.indicators) {
      if (seen.has(line.indicatorId)) continue;
      seen.add(line.indicatorId);
      const values = model.series[line.indicatorId] ?? [];
      if (!values.length) continue;
      const chart = indicatorTrendChart(line.code, values, line.target?.value ?? null);
      charts.push({
        id: `indicator-${line.indicatorId}`,
        title: `${line.code} ${line.title}: trend against target`,
        alt: chart.alt,
        src: await this.charts.dataUri(chart.configuration, chart.width, chart.height),
      });
    }
    return charts;
  }
}
