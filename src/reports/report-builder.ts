import { Injectable } from '@nestjs/common';
import { NationalPictureService } from '../benchmarking/national-picture.service';
import { DomainError } from '../common/domain-error';
import type { Transaction } from '../database/transaction';
import { financialQuarterOf } from '../domain/periods';
import { exampleNoticeFor } from '../example/example-notice';
import { IndicatorsRepository } from '../indicators/indicators.repository';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { clockOf } from '../clock/plan-clock';
import { frameworkNameOf } from '../frameworks/inspection-framework';
import { type SnapshotContent, movementBetween } from '../rag/movement';
import type { PlanStatus } from '../rag/plan-status';
import type { Thresholds } from '../rag/rules';
import { snapshotContentOf } from '../rag/snapshot';
import { SignOffService } from '../signoff/sign-off.service';
import { govukDate } from '../presentation/dates';
import { ChartRenderer } from '../charts/chart-renderer';
import { gradeDistributionChart } from '../benchmarking/comparison-chart';
import { areaCountsChart, ragCountsChart } from '../charts/status-charts';
import { indicatorTrendChart } from '../charts/trend-chart';
import { PapersRepository } from './papers.repository';
import type { AppendixGroup, PaperInputs, PlanDetail, ReportChart, ReportModel } from './report-model';
import { ReportsRepository } from './reports.repository';

/**
 * Builds the report model: the one query layer the paper and the workbook share. Everything is
 * read inside the caller's transaction, so the model and the snapshot stored with it agree.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly charts: ChartRenderer,
    private readonly national: NationalPictureService,
    private readonly repository: ReportsRepository,
    private readonly papers: PapersRepository,
    private readonly indicators: IndicatorsRepository,
    private readonly signOff: SignOffService,
  ) {}

  async build(
    manager: Transaction | undefined,
    authorityId: string,
    plan: ImprovementPlanEntity,
    paper: PaperInputs,
    asOf: string,
    status: PlanStatus,
    thresholds: Thresholds,
    charts: 'all' | 'summary' | 'none' = 'all',
    options: { planDetail?: boolean } = {},
  ): Promise<ReportModel> {
    const authority = await this.repository.authorityWithLogo(authorityId, manager);
    const inspection = await this.repository.inspection(authorityId, plan.inspectionId, manager);
    if (!inspection) throw DomainError.notFound('The inspection');
    const judgements = await this.repository.judgementsOf(authorityId, inspection.id, manager);
    // Whether a focused visit named priority actions decides whether its clock counts anything.
    const recommendations = await this.repository.priorityActionsOf(authorityId, inspection.id, manager);

    const previous = await this.papers.previousOf(authorityId, plan.id, manager);
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
    manager: Transaction | undefined,
    authorityId: string,
    inspectionId: string,
    status: PlanStatus,
  ): Promise<PlanDetail> {
    const ids = status.actions.map((line) => line.id);
    const actions = await this.repository.descriptionsOf(authorityId, ids, manager);
    const milestones = await this.repository.milestonesOf(authorityId, ids, manager);
    const recommendations = await this.repository.timescalesOf(authorityId, inspectionId, manager);
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
    manager: Transaction | undefined,
    authorityId: string,
    status: PlanStatus,
    asOf: string,
  ): Promise<Record<string, { period: string; value: string }[]>> {
    const ids = [...new Set(status.indicators.map((line) => line.indicatorId))];
    const series: Record<string, { period: string; value: string }[]> = {};
    if (!ids.length) return series;
    const rows = await this.indicators.seriesOf(authorityId, ids, asOf, manager);
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
