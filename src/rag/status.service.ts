import { Injectable } from '@nestjs/common';
import type { AuthorityEntity } from '../authorities/authority.entity';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import type { Transaction } from '../database/transaction';
import { type Period, isIsoDate, londonToday, planFrequency, reportingPeriodOf } from '../domain/periods';
import { ECM_OUTCOMES } from '../domain/vocabulary';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { type PlanClock } from '../clock/plan-clock';
import { areaLabelIn, inspectedOnOf } from '../frameworks/inspection-framework';
import { clockOf } from '../clock/plan-clock';
import type { RagSnapshotEntity } from '../reports/rag-snapshot.entity';
import { type Movement, type SnapshotContent, movementBetween } from './movement';
import { type ActionStatusLine, type PlanRows, type PlanStatus, planStatus } from './plan-status';
import { type RollUp, type Thresholds, periodDueOn } from './rules';
import { snapshotContentOf } from './snapshot';
import { SnapshotsRepository } from './snapshots.repository';
import { StatusCache } from './status-cache';
import { StatusRepository } from './status.repository';

/** Judgement areas in the words of the plan's own framework. */
function labelsOf(plan: ImprovementPlanEntity) {
  const inspection = plan.inspection;
  const on = inspection ? inspectedOnOf(inspection) : null;
  return {
    area: (key: string) => areaLabelIn(inspection?.framework ?? null, key, on),
    outcome: (key: keyof typeof ECM_OUTCOMES) => ECM_OUTCOMES[key],
  };
}

export interface PlanDashboard extends PlanStatus {
  plan: {
    id: string;
    reference: string;
    title: string;
    status: string;
    reportingFrequency: string;
    statutoryClock: PlanClock;
  };
  thresholds: Thresholds;
  /** The reporting period the as-of date falls in, and the one whose updates are due by then. */
  reportingPeriod: Period;
  updatesDueFor: Period;
  /** Since the latest snapshot taken on or before the as-of date (papers take one each time). */
  movement: (Movement & { snapshotId: string }) | null;
}

/** One plan's actions that a user owns, with what is due next on each. */
export interface OwnedActions {
  plan: PlanDashboard['plan'];
  reportingPeriod: Period;
  updatesDueFor: Period;
  actions: (ActionStatusLine & { nextMilestone: { title: string; dueDate: string } | null })[];
}

export interface PlanHeadline {
  id: string;
  reference: string;
  title: string;
  status: string;
  rollUp: RollUp;
  exceptions: { red: number; amber: number };
  updateOverdue: number;
  statutoryClock: PlanClock;
}

function frequencyOf(plan: ImprovementPlanEntity): 'quarterly' | 'monthly' {
  return planFrequency(plan.reportingFrequency);
}

function thresholdsOf(authority: AuthorityEntity): Thresholds {
  return {
    milestoneSlipLimitDays: authority.milestoneSlipLimitDays,
    progressLagLimitPoints: authority.progressLagLimitPoints,
    amberTolerancePercent: Number(authority.amberTolerancePercent),
  };
}

/**
 * RAG status as of any date, for one plan or every plan of an authority; snapshots that freeze it;
 * and what moved between two of them. The rules are in rules.ts; this only loads and assembles.
 */
@Injectable()
export class StatusService {
  constructor(
    private readonly repository: StatusRepository,
    private readonly snapshots: SnapshotsRepository,
    private readonly cache: StatusCache,
  ) {}

  /** The as-of date: today in London unless given; never after today, because nothing is known of it. */
  resolveAsOf(asOf: string | undefined): string {
    const today = londonToday();
    if (asOf === undefined || asOf === '') return today;
    if (!isIsoDate(asOf)) {
      throw new DomainError(ErrorCode.Invalid, 'asOf must be a date in the form YYYY-MM-DD.', [
        { field: 'asOf', messages: ['asOf must be a date in the form YYYY-MM-DD.'] },
      ]);
    }
    if (asOf > today) {
      throw new DomainError(ErrorCode.Invalid, `asOf cannot be after today (${today}): nothing is known of it yet.`, [
        { field: 'asOf', messages: ['asOf cannot be in the future.'] },
      ]);
    }
    return asOf;
  }

  private async authority(manager: Transaction | undefined, authorityId: string): Promise<AuthorityEntity> {
    return this.repository.authority(authorityId, manager);
  }

  private async plan(manager: Transaction | undefined, caller: Pick<Caller, 'authorityId'>, id: string) {
    const plan = await this.repository.plan(caller.authorityId, id, manager);
    if (!plan) throw DomainError.notFound('The improvement plan');
    return plan;
  }

  async planStatus(
    caller: Pick<Caller, 'authorityId'>,
    planId: string,
    asOf: string,
    manager?: Transaction,
  ): Promise<{ plan: ImprovementPlanEntity; status: PlanStatus; thresholds: Thresholds }> {
    const plan = await this.plan(manager, caller, planId);
    const thresholds = thresholdsOf(await this.authority(manager, caller.authorityId));
    const rows = await this.repository.load({ authorityId: caller.authorityId, planId }, asOf, manager);
    const frequency = frequencyOf(plan);
    return {
      plan,
      thresholds,
      status: planStatus(rows, asOf, londonToday(), thresholds, labelsOf(plan), () => frequency),
    };
  }

  async planDashboard(caller: Caller, planId: string, asOfParam?: string): Promise<PlanDashboard> {
    const asOf = this.resolveAsOf(asOfParam);
    return this.cache.get(caller.authorityId, `plan|${planId}|${asOf}|${londonToday()}`, () =>
      this.computePlanDashboard(caller, planId, asOf),
    );
  }

  /** The plan dashboard as JSON text, for the API: serialised once while it stays current. */
  async planDashboardJson(caller: Caller, planId: string, asOfParam?: string): Promise<string> {
    const asOf = this.resolveAsOf(asOfParam);
    return this.cache.json(caller.authorityId, `plan|${planId}|${asOf}|${londonToday()}`, () =>
      this.computePlanDashboard(caller, planId, asOf),
    );
  }

  private async computePlanDashboard(caller: Caller, planId: string, asOf: string): Promise<PlanDashboard> {
    const { plan, status, thresholds } = await this.planStatus(caller, planId, asOf);
    const lastBefore = await this.snapshots.latestOnOrBefore(caller.authorityId, planId, asOf);
    return {
      plan: {
        id: plan.id,
        reference: plan.reference,
        title: plan.title,
        status: plan.status,
        reportingFrequency: plan.reportingFrequency,
        statutoryClock: clockOf(plan, asOf),
      },
      thresholds,
      reportingPeriod: reportingPeriodOf(asOf, frequencyOf(plan)),
      updatesDueFor: periodDueOn(asOf, frequencyOf(plan)),
      ...status,
      movement: lastBefore
        ? {
            snapshotId: lastBefore.id,
            ...movementBetween(lastBefore.content as unknown as SnapshotContent, snapshotContentOf(status)),
          }
        : null,
    };
  }

  /** The headline of every plan of the caller's authority, from one load of its rows. */
  async authorityDashboard(caller: Caller, asOfParam?: string): Promise<{ asOf: string; plans: PlanHeadline[] }> {
    const asOf = this.resolveAsOf(asOfParam);
    return this.cache.get(caller.authorityId, `authority|${asOf}|${londonToday()}`, () =>
      this.computeAuthorityDashboard(caller, asOf),
    );
  }

  private async computeAuthorityDashboard(
    caller: Caller,
    asOf: string,
  ): Promise<{ asOf: string; plans: PlanHeadline[] }> {
    const thresholds = thresholdsOf(await this.authority(undefined, caller.authorityId));
    const plans = await this.repository.plans(caller.authorityId);
    const rows = await this.repository.load({ authorityId: caller.authorityId }, asOf, undefined, {
      indicators: false,
    });
    const today = londonToday();
    const actionPlan = new Map(rows.actions.map((action) => [action.id, action.planId]));
    const byPlan = new Map<
      string,
      {
        actions: PlanRows['actions'][number][];
        milestones: PlanRows['milestones'][number][];
        latestUpdates: PlanRows['latestUpdates'][number][];
      }
    >(plans.map((plan) => [plan.id, { actions: [], milestones: [], latestUpdates: [] }]));
    for (const action of rows.actions) byPlan.get(action.planId)?.actions.push(action);
    for (const milestone of rows.milestones)
      byPlan.get(actionPlan.get(milestone.actionId) ?? '')?.milestones.push(milestone);
    for (const update of rows.latestUpdates)
      byPlan.get(actionPlan.get(update.actionId) ?? '')?.latestUpdates.push(update);
    return {
      asOf,
      plans: plans.map((plan) => {
        const frequency = frequencyOf(plan);
        const own = byPlan.get(plan.id) ?? { actions: [], milestones: [], latestUpdates: [] };
        const status = planStatus(
          { ...own, indicatorLinks: [], measurements: [] },
          asOf,
          today,
          thresholds,
          labelsOf(plan),
          () => frequency,
        );
        return {
          id: plan.id,
          reference: plan.reference,
          title: plan.title,
          status: plan.status,
          rollUp: status.rollUps.plan,
          exceptions: {
            red: status.exceptions.filter((line) => line.rag === 'red').length,
            amber: status.exceptions.filter((line) => line.rag === 'amber').length,
          },
          updateOverdue: status.updateOverdue.length,
          statutoryClock: clockOf(plan, asOf),
        };
      }),
    };
  }

  /** The actions the caller owns in every plan of their authority, as of a date, soonest due first. */
  async actionsOwnedBy(caller: Caller, asOfParam?: string): Promise<{ asOf: string; plans: OwnedActions[] }> {
    const { asOf, plans } = await this.authorityDashboard(caller, asOfParam);
    const owned: OwnedActions[] = [];
    for (const headline of plans) {
      const dashboard = await this.planDashboard(caller, headline.id, asOf);
      const lines = dashboard.actions.filter((line) => line.owner?.id === caller.userId);
      if (!lines.length) continue;
      const milestones = await this.repository.milestonesOf(
        caller.authorityId,
        lines.map((line) => line.id),
      );
      const nextOf = (actionId: string) => {
        const next = milestones.find(
          (milestone) =>
            milestone.actionId === actionId && (milestone.completedOn === null || milestone.completedOn > asOf),
        );
        return next ? { title: next.title, dueDate: next.dueDate } : null;
      };
      owned.push({
        plan: dashboard.plan,
        reportingPeriod: dashboard.reportingPeriod,
        updatesDueFor: dashboard.updatesDueFor,
        actions: lines
          .map((line) => ({ ...line, nextMilestone: nextOf(line.id) }))
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.reference.localeCompare(b.reference)),
      });
    }
    return { asOf, plans: owned };
  }

  /** Freezes every RAG of the plan as of a date, inside the caller's transaction when given. */
  async takeSnapshot(
    caller: Pick<Caller, 'authorityId'> & { userId: string | null },
    planId: string,
    asOfParam?: string,
    manager?: Transaction,
  ): Promise<RagSnapshotEntity> {
    const asOf = this.resolveAsOf(asOfParam);
    const { status } = await this.planStatus(caller, planId, asOf, manager);
    return this.snapshots.insert(
      {
        authorityId: caller.authorityId,
        planId,
        asOf,
        content: snapshotContentOf(status) as unknown as Record<string, unknown>,
        takenById: caller.userId,
      },
      manager,
    );
  }

  /** A plan's snapshots, newest first; 404 for a plan the caller's authority does not have. */
  async listSnapshots(caller: Caller, planId: string): Promise<RagSnapshotEntity[]> {
    await this.plan(undefined, caller, planId);
    return this.snapshots.listOf(caller.authorityId, planId);
  }

  private async snapshot(caller: Caller, planId: string, id: string): Promise<SnapshotContent> {
    const snapshot = await this.snapshots.find(caller.authorityId, planId, id);
    if (!snapshot) throw DomainError.notFound('The snapshot');
    return snapshot.content as unknown as SnapshotContent;
  }

  /** From a snapshot to another, or to now ("now" or left out). */
  async movement(caller: Caller, planId: string, from: string, to: string | undefined): Promise<Movement> {
    await this.plan(undefined, caller, planId);
    const start = await this.snapshot(caller, planId, from);
    const end =
      to === undefined || to === 'now'
        ? snapshotContentOf((await this.planStatus(caller, planId, londonToday())).status)
        : await this.snapshot(caller, planId, to);
    return movementBetween(start, end);
  }
}
