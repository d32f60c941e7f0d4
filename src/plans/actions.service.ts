import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { type Transaction, Transactions } from '../database/transaction';
import {
  FREQUENCY_WORDS,
  type Period,
  londonToday,
  measurementPeriodFor,
  parsePeriod,
  planFrequency,
} from '../domain/periods';
import type { ProgressRag } from '../domain/vocabulary';
import type { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import type { IndicatorEntity } from '../indicators/indicator.entity';
import { IndicatorsRepository } from '../indicators/indicators.repository';
import { IndicatorsService } from '../indicators/indicators.service';
import type { ActionEntity } from './action.entity';
import { ActionsRepository } from './actions.repository';
import type { MilestoneEntity } from './milestone.entity';
import { assertMayMoveDueDates, assertMayUpdateProgress } from '../auth/ownership';
import type {
  ActionIndicatorInput,
  ActionInput,
  MilestoneInput,
  PostProgressDto,
  UpdateActionDto,
  UpdateMilestoneDto,
} from './plan-input.dto';
import { PlanWriter } from './plan-writer';
import type { ProgressUpdateEntity } from './progress-update.entity';
import { SignOffService } from '../signoff/sign-off.service';
import { assertVersion } from './versioning';

/** An owner's update for a reporting period, as the action page posts it: all of it is kept, or none. */
export interface OwnerUpdateInput {
  period: string;
  narrative: string;
  percentComplete: number;
  proposedRag: ProgressRag | null;
  /** Open milestones of the action that are now complete (completed today). */
  milestonesCompleted: readonly string[];
  /** New values of the action's indicators, each for the period that matches the update's. */
  values: readonly { indicatorId: string; value: string }[];
  /** Why, when the period's updates are signed off and this update corrects them. */
  correctionReason?: string;
}

/** Actions and what hangs off them: milestones, indicators and the append-only progress log. */
@Injectable()
export class ActionsService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly indicatorsRepository: IndicatorsRepository,
    private readonly transactions: Transactions,
    private readonly indicators: IndicatorsService,
    private readonly signOff: SignOffService,
  ) {}

  private writer(transaction: Transaction, authorityId: string): PlanWriter {
    return new PlanWriter(
      { actions: this.repository, indicators: this.indicatorsRepository },
      transaction,
      authorityId,
    );
  }

  async get(caller: Caller, id: string, manager?: Transaction, lock = false): Promise<ActionEntity> {
    const action = await this.repository.findAction(caller.authorityId, id, manager, lock);
    if (!action) throw DomainError.notFound('The action');
    return action;
  }

  /** The action as the API shows it: owner, lead partner, milestones and indicators. */
  async read(caller: Caller, id: string): Promise<{ action: ActionEntity; links: ActionIndicatorEntity[] }> {
    const action = await this.repository.findActionInFull(caller.authorityId, id);
    if (!action) throw DomainError.notFound('The action');
    const links = await this.repository.linksOf(caller.authorityId, id);
    return { action, links };
  }

  async add(caller: Caller, planId: string, input: ActionInput): Promise<string> {
    return this.transactions.withTransaction(async (manager) => {
      const plan = await this.repository.findPlan(caller.authorityId, planId, manager);
      if (!plan) throw DomainError.notFound('The improvement plan');
      if (plan.status === 'closed') throw DomainError.invalid('A closed plan cannot take new actions.', 'planId');
      const served = await this.repository.recommendationOfInspection(
        caller.authorityId,
        plan.inspectionId,
        input.recommendationId,
        manager,
      );
      if (!served)
        throw DomainError.invalid("The recommendation is not one of this plan's inspection.", 'recommendationId');
      if (await this.repository.referenceTaken(planId, input.reference, manager)) {
        throw new DomainError(ErrorCode.Conflict, `The plan already has an action ${input.reference}.`, [
          { field: 'reference', messages: ['Choose another reference.'] },
        ]);
      }
      const writer = this.writer(manager, caller.authorityId);
      await writer.assertPeople([input.ownerId], [input.leadPartnerId], '');
      return (await writer.insertAction(planId, input, '')).id;
    });
  }

  async update(caller: Caller, id: string, input: UpdateActionDto, ifMatch: string | undefined): Promise<void> {
    await this.transactions.withTransaction(async (manager) => {
      const action = await this.get(caller, id, manager, true);
      assertVersion('action', action.version, input.version, ifMatch);
      await this.writer(manager, caller.authorityId).assertPeople([input.ownerId], [input.leadPartnerId], '');
      const fields = [
        'title',
        'description',
        'kind',
        'judgementAreaKey',
        'ecmOutcome',
        'ownerId',
        'leadPartnerId',
        'startDate',
        'dueDate',
        'status',
        'percentComplete',
      ] as const;
      for (const field of fields) {
        if (input[field] !== undefined) (action as unknown as Record<string, unknown>)[field] = input[field];
      }
      PlanWriter.assertDates(action.startDate, action.dueDate, '');
      PlanWriter.assertNotFuture(input.closedOn, 'closedOn');
      if (input.ragOverride !== undefined) {
        if (input.ragOverride === null) {
          action.ragOverride = null;
          action.ragOverrideReason = null;
          action.ragOverrideById = null;
          action.ragOverrideAt = null;
          action.ragOverrideUntil = null;
        } else {
          const until = input.ragOverrideUntil ?? null;
          if (until !== null && until < londonToday())
            throw DomainError.invalid('The override must end today or later (ragOverrideUntil).', 'ragOverrideUntil');
          action.ragOverrideUntil = until;
          const reason = input.ragOverrideReason?.trim();
          if (!reason)
            throw DomainError.invalid(
              'Give the reason for overriding the RAG status (ragOverrideReason).',
              'ragOverrideReason',
            );
          action.ragOverride = input.ragOverride;
          action.ragOverrideReason = reason;
          action.ragOverrideById = caller.userId;
          action.ragOverrideAt = new Date();
        }
      } else if (input.ragOverrideReason !== undefined) {
        if (!action.ragOverride)
          throw DomainError.invalid('There is no RAG override to give a reason for.', 'ragOverrideReason');
        if (!input.ragOverrideReason?.trim())
          throw DomainError.invalid('An override needs a reason.', 'ragOverrideReason');
        action.ragOverrideReason = input.ragOverrideReason.trim();
      }
      if (input.ragOverride === undefined && input.ragOverrideUntil !== undefined) {
        if (!action.ragOverride) throw DomainError.invalid('There is no RAG override to end.', 'ragOverrideUntil');
        if (input.ragOverrideUntil !== null && input.ragOverrideUntil < londonToday())
          throw DomainError.invalid('The override must end today or later (ragOverrideUntil).', 'ragOverrideUntil');
        action.ragOverrideUntil = input.ragOverrideUntil;
      }
      if (input.status === 'complete' && input.percentComplete === undefined) action.percentComplete = 100;
      const closed = action.status === 'complete' || action.status === 'cancelled';
      if (action.status !== 'cancelled') action.cancellationReason = null;
      else if (input.cancellationReason !== undefined)
        action.cancellationReason = input.cancellationReason?.trim() || null;
      if (!closed) action.closedOn = null;
      else if (input.closedOn !== undefined) action.closedOn = input.closedOn;
      else if (!action.closedOn) action.closedOn = londonToday();
      await this.repository.save(action, manager);
    });
  }

  /** An action with progress recorded against it is cancelled, not deleted, so its history stays. */
  async remove(caller: Caller, id: string): Promise<void> {
    await this.transactions.withTransaction(async (manager) => {
      const action = await this.get(caller, id, manager, true);
      if (await this.repository.hasProgress(id, manager)) {
        throw new DomainError(
          ErrorCode.Conflict,
          `Action ${action.reference} has progress updates, so it cannot be deleted: set its status to cancelled instead.`,
        );
      }
      const others = await this.repository.countServing(action.planId, action.recommendationId, manager);
      if (others <= 1) {
        throw new DomainError(
          ErrorCode.Conflict,
          `Action ${action.reference} is the only one serving its recommendation: add another before deleting it, or cancel it.`,
        );
      }
      await this.repository.remove(await this.repository.milestonesOf(id, manager), manager);
      await this.repository.remove(await this.repository.linksOfAction(id, manager), manager);
      await this.repository.remove(action, manager);
    });
  }

  async addMilestone(caller: Caller, actionId: string, input: MilestoneInput): Promise<MilestoneEntity> {
    return this.transactions.withTransaction(async (manager) => {
      const action = await this.get(caller, actionId, manager);
      assertMayUpdateProgress(caller, [action.ownerId], 'add milestones');
      PlanWriter.assertNotFuture(input.completedOn, 'completedOn');
      return this.writer(manager, caller.authorityId).insertMilestone(actionId, input);
    });
  }

  async updateMilestone(caller: Caller, id: string, input: UpdateMilestoneDto): Promise<MilestoneEntity> {
    return this.transactions.withTransaction(async (manager) => {
      const milestone = await this.repository.findMilestone(caller.authorityId, id, manager, { lock: true });
      if (!milestone) throw DomainError.notFound('The milestone');
      const action = await this.get(caller, milestone.actionId, manager);
      assertMayUpdateProgress(caller, [action.ownerId], 'update its milestones');
      if (input.dueDate !== undefined && input.dueDate !== milestone.dueDate) assertMayMoveDueDates(caller);
      if (input.title !== undefined) milestone.title = input.title.trim();
      if (input.dueDate !== undefined) milestone.dueDate = input.dueDate;
      PlanWriter.assertNotFuture(input.completedOn, 'completedOn');
      if (input.completedOn !== undefined) milestone.completedOn = input.completedOn;
      return this.repository.save(milestone, manager);
    });
  }

  async removeMilestone(caller: Caller, id: string): Promise<void> {
    await this.transactions.withTransaction(async (manager) => {
      const milestone = await this.repository.findMilestone(caller.authorityId, id, manager);
      if (!milestone) throw DomainError.notFound('The milestone');
      await this.repository.remove(milestone, manager);
    });
  }

  async linkIndicator(caller: Caller, actionId: string, input: ActionIndicatorInput): Promise<ActionIndicatorEntity> {
    return this.transactions.withTransaction(async (manager) => {
      await this.get(caller, actionId, manager);
      const writer = this.writer(manager, caller.authorityId);
      const indicatorId = await writer.indicatorId(input.code, 'code');
      if (await this.repository.isLinked(actionId, indicatorId, manager)) {
        throw new DomainError(ErrorCode.Conflict, `The action already uses ${input.code}.`);
      }
      return writer.insertActionIndicator(actionId, indicatorId, input);
    });
  }

  async updateIndicatorLink(
    caller: Caller,
    id: string,
    input: Omit<ActionIndicatorInput, 'code'>,
  ): Promise<ActionIndicatorEntity> {
    return this.transactions.withTransaction(async (manager) => {
      const link = await this.repository.findLink(caller.authorityId, id, manager, true);
      if (!link) throw DomainError.notFound("The action's indicator");
      const fields = [
        'baselineValue',
        'baselinePeriod',
        'targetValue',
        'targetDate',
        'toleranceKind',
        'toleranceValue',
      ] as const;
      for (const field of fields) {
        if (input[field] !== undefined) (link as unknown as Record<string, unknown>)[field] = input[field];
      }
      return this.repository.save(link, manager);
    });
  }

  async unlinkIndicator(caller: Caller, id: string): Promise<void> {
    await this.transactions.withTransaction(async (manager) => {
      const link = await this.repository.findLink(caller.authorityId, id, manager);
      if (!link) throw DomainError.notFound("The action's indicator");
      await this.repository.remove(link, manager);
    });
  }

  /**
   * Appends an owner's update. The action takes the update's % complete, and a not-started action
   * becomes in progress. The period must be one of the plan's reporting periods. The action is
   * locked first, so posts on one action take effect one at a time, each update stamped after the
   * one before it (see ProgressUpdateEntity.createdAt).
   */
  async postProgress(caller: Caller, actionId: string, input: PostProgressDto): Promise<ProgressUpdateEntity> {
    return this.transactions.withTransaction(
      async (manager) => (await this.postProgressWith(manager, caller, actionId, input)).update,
    );
  }

  /**
   * The progress update, the milestones it completes and the indicator values it reports, in one
   * transaction: a value or milestone that is refused leaves no update behind.
   */
  async postOwnerUpdate(caller: Caller, actionId: string, input: OwnerUpdateInput): Promise<ProgressUpdateEntity> {
    return this.transactions.withTransaction(async (manager) => {
      const { update, period } = await this.postProgressWith(manager, caller, actionId, input);
      const today = londonToday();
      for (const id of input.milestonesCompleted) {
        const milestone = await this.repository.findMilestone(caller.authorityId, id, manager, { actionId });
        if (!milestone) throw DomainError.invalid('Choose only milestones of this action.', 'milestonesCompleted');
        if (milestone.completedOn) continue;
        milestone.completedOn = today;
        await this.repository.save(milestone, manager);
      }
      if (input.values.length) {
        const links = await this.repository.linksOf(caller.authorityId, actionId, manager);
        for (const entry of input.values) {
          const link = links.find((candidate) => candidate.indicatorId === entry.indicatorId);
          if (!link) throw DomainError.invalid('Give values only for indicators of this action.', 'values');
          await this.indicators.recordMeasurementWith(manager, caller, entry.indicatorId, {
            period: measurementPeriodFor(period, (link.indicator as IndicatorEntity).frequency).label,
            value: entry.value,
          });
        }
      }
      return update;
    });
  }

  async postProgressWith(
    manager: Transaction,
    caller: Caller,
    actionId: string,
    input: PostProgressDto,
  ): Promise<{ update: ProgressUpdateEntity; period: Period }> {
    const action = await this.get(caller, actionId, manager, true);
    assertMayUpdateProgress(caller, [action.ownerId], 'post progress on it');
    const plan = await this.repository.findPlan(caller.authorityId, action.planId, manager);
    if (!plan) throw DomainError.notFound('The improvement plan');
    const frequency = planFrequency(plan.reportingFrequency);
    const period = parsePeriod(input.period.trim(), frequency);
    if (!period.ok)
      throw DomainError.invalid(`The plan reports ${FREQUENCY_WORDS[frequency]}: ${period.message}`, 'period');
    if (action.status === 'cancelled')
      throw DomainError.invalid(`Action ${action.reference} is cancelled.`, 'actionId');
    // A signed-off period is locked: an update for it is a correction and must say why.
    const correction = await this.signOff.correctionFor(
      manager,
      caller,
      action,
      period.period.label,
      input.correctionReason,
    );
    const update = await this.repository.insertProgress(
      {
        authorityId: caller.authorityId,
        actionId,
        authorId: caller.userId,
        period: period.period.label,
        narrative: input.narrative.trim(),
        percentComplete: input.percentComplete,
        proposedRag: input.proposedRag ?? null,
        ...correction,
      },
      manager,
    );
    action.percentComplete = input.percentComplete;
    if (action.status === 'not_started') action.status = 'in_progress';
    await this.repository.save(action, manager);
    // The insert returned the id and the time; the author is the caller.
    return { update, period: period.period };
  }

  async progress(caller: Caller, actionId: string): Promise<ProgressUpdateEntity[]> {
    await this.get(caller, actionId);
    return this.repository.progressOf(caller.authorityId, actionId);
  }
}
