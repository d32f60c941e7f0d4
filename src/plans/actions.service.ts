import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import {
  FREQUENCY_WORDS,
  type Period,
  londonToday,
  measurementPeriodFor,
  parsePeriod,
  planFrequency,
} from '../domain/periods';
import type { ProgressRag } from '../domain/vocabulary';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import type { IndicatorEntity } from '../indicators/indicator.entity';
import { IndicatorsService } from '../indicators/indicators.service';
import { ActionEntity } from './action.entity';
import { ImprovementPlanEntity } from './improvement-plan.entity';
import { MilestoneEntity } from './milestone.entity';
import { assertMayMoveDueDates, assertMayUpdateProgress } from './ownership';
import type {
  ActionIndicatorInput,
  ActionInput,
  MilestoneInput,
  PostProgressDto,
  UpdateActionDto,
  UpdateMilestoneDto,
} from './plan-input.dto';
import { PlanWriter } from './plan-writer';
import { ProgressUpdateEntity } from './progress-update.entity';
import { RecommendationEntity } from '../inspections/recommendation.entity';
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
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
    private readonly signOff: SignOffService,
  ) {}

  async get(caller: Caller, id: string, manager: EntityManager = this.dataSource.manager, lock = false) {
    const action = await manager.getRepository(ActionEntity).findOne({
      where: { id, authorityId: caller.authorityId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!action) throw DomainError.notFound('The action');
    return action;
  }

  /** The action as the API shows it: owner, lead partner, milestones and indicators. */
  async read(caller: Caller, id: string): Promise<{ action: ActionEntity; links: ActionIndicatorEntity[] }> {
    const action = await this.dataSource.getRepository(ActionEntity).findOne({
      where: { id, authorityId: caller.authorityId },
      relations: { owner: true, leadPartner: true, milestones: true },
      order: { milestones: { dueDate: 'ASC' } },
    });
    if (!action) throw DomainError.notFound('The action');
    const links = await this.dataSource.getRepository(ActionIndicatorEntity).find({
      where: { actionId: id, authorityId: caller.authorityId },
      relations: { indicator: true },
    });
    return { action, links };
  }

  async add(caller: Caller, planId: string, input: ActionInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager
        .getRepository(ImprovementPlanEntity)
        .findOneBy({ id: planId, authorityId: caller.authorityId });
      if (!plan) throw DomainError.notFound('The improvement plan');
      if (plan.status === 'closed') throw DomainError.invalid('A closed plan cannot take new actions.', 'planId');
      const served = await manager
        .getRepository(RecommendationEntity)
        .existsBy({ id: input.recommendationId, inspectionId: plan.inspectionId, authorityId: caller.authorityId });
      if (!served)
        throw DomainError.invalid("The recommendation is not one of this plan's inspection.", 'recommendationId');
      if (await manager.getRepository(ActionEntity).existsBy({ planId, reference: input.reference })) {
        throw new DomainError(ErrorCode.Conflict, `The plan already has an action ${input.reference}.`, [
          { field: 'reference', messages: ['Choose another reference.'] },
        ]);
      }
      const writer = new PlanWriter(manager, caller.authorityId);
      await writer.assertPeople([input.ownerId], [input.leadPartnerId], '');
      return (await writer.insertAction(planId, input, '')).id;
    });
  }

  async update(caller: Caller, id: string, input: UpdateActionDto, ifMatch: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const action = await this.get(caller, id, manager, true);
      assertVersion('action', action.version, input.version, ifMatch);
      await new PlanWriter(manager, caller.authorityId).assertPeople([input.ownerId], [input.leadPartnerId], '');
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
      await manager.save(action);
    });
  }

  /** An action with progress recorded against it is cancelled, not deleted, so its history stays. */
  async remove(caller: Caller, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const action = await this.get(caller, id, manager, true);
      if (await manager.getRepository(ProgressUpdateEntity).existsBy({ actionId: id })) {
        throw new DomainError(
          ErrorCode.Conflict,
          `Action ${action.reference} has progress updates, so it cannot be deleted: set its status to cancelled instead.`,
        );
      }
      const others = await manager.getRepository(ActionEntity).countBy({
        planId: action.planId,
        recommendationId: action.recommendationId,
      });
      if (others <= 1) {
        throw new DomainError(
          ErrorCode.Conflict,
          `Action ${action.reference} is the only one serving its recommendation: add another before deleting it, or cancel it.`,
        );
      }
      await manager.remove(await manager.getRepository(MilestoneEntity).findBy({ actionId: id }));
      await manager.remove(await manager.getRepository(ActionIndicatorEntity).findBy({ actionId: id }));
      await manager.remove(action);
    });
  }

  async addMilestone(caller: Caller, actionId: string, input: MilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.get(caller, actionId, manager);
      assertMayUpdateProgress(caller, [action.ownerId], 'add milestones');
      PlanWriter.assertNotFuture(input.completedOn, 'completedOn');
      return new PlanWriter(manager, caller.authorityId).insertMilestone(actionId, input);
    });
  }

  async updateMilestone(caller: Caller, id: string, input: UpdateMilestoneDto): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await manager.getRepository(MilestoneEntity).findOne({
        where: { id, authorityId: caller.authorityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!milestone) throw DomainError.notFound('The milestone');
      const action = await this.get(caller, milestone.actionId, manager);
      assertMayUpdateProgress(caller, [action.ownerId], 'update its milestones');
      if (input.dueDate !== undefined && input.dueDate !== milestone.dueDate) assertMayMoveDueDates(caller);
      if (input.title !== undefined) milestone.title = input.title.trim();
      if (input.dueDate !== undefined) milestone.dueDate = input.dueDate;
      PlanWriter.assertNotFuture(input.completedOn, 'completedOn');
      if (input.completedOn !== undefined) milestone.completedOn = input.completedOn;
      return manager.save(milestone);
    });
  }

  async removeMilestone(caller: Caller, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const milestone = await manager.getRepository(MilestoneEntity).findOneBy({ id, authorityId: caller.authorityId });
      if (!milestone) throw DomainError.notFound('The milestone');
      await manager.remove(milestone);
    });
  }

  async linkIndicator(caller: Caller, actionId: string, input: ActionIndicatorInput): Promise<ActionIndicatorEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.get(caller, actionId, manager);
      const writer = new PlanWriter(manager, caller.authorityId);
      const indicatorId = await writer.indicatorId(input.code, 'code');
      if (await manager.getRepository(ActionIndicatorEntity).existsBy({ actionId, indicatorId })) {
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
    return this.dataSource.transaction(async (manager) => {
      const link = await manager.getRepository(ActionIndicatorEntity).findOne({
        where: { id, authorityId: caller.authorityId },
        lock: { mode: 'pessimistic_write' },
      });
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
      return manager.save(link);
    });
  }

  async unlinkIndicator(caller: Caller, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await manager
        .getRepository(ActionIndicatorEntity)
        .findOneBy({ id, authorityId: caller.authorityId });
      if (!link) throw DomainError.notFound("The action's indicator");
      await manager.remove(link);
    });
  }

  /**
   * Appends an owner's update. The action takes the update's % complete, and a not-started action
   * becomes in progress. The period must be one of the plan's reporting periods. The action is
   * locked first, so posts on one action take effect one at a time, each update stamped after the
   * one before it (see ProgressUpdateEntity.createdAt).
   */
  async postProgress(caller: Caller, actionId: string, input: PostProgressDto): Promise<ProgressUpdateEntity> {
    return this.dataSource.transaction(
      async (manager) => (await this.postProgressWith(manager, caller, actionId, input)).update,
    );
  }

  /**
   * The progress update, the milestones it completes and the indicator values it reports, in one
   * transaction: a value or milestone that is refused leaves no update behind.
   */
  async postOwnerUpdate(caller: Caller, actionId: string, input: OwnerUpdateInput): Promise<ProgressUpdateEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { update, period } = await this.postProgressWith(manager, caller, actionId, input);
      const today = londonToday();
      for (const id of input.milestonesCompleted) {
        const milestone = await manager
          .getRepository(MilestoneEntity)
          .findOneBy({ id, actionId, authorityId: caller.authorityId });
        if (!milestone) throw DomainError.invalid('Choose only milestones of this action.', 'milestonesCompleted');
        if (milestone.completedOn) continue;
        milestone.completedOn = today;
        await manager.save(milestone);
      }
      if (input.values.length) {
        const links = await manager
          .getRepository(ActionIndicatorEntity)
          .find({ where: { actionId, authorityId: caller.authorityId }, relations: { indicator: true } });
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
    manager: EntityManager,
    caller: Caller,
    actionId: string,
    input: PostProgressDto,
  ): Promise<{ update: ProgressUpdateEntity; period: Period }> {
    const action = await this.get(caller, actionId, manager, true);
    assertMayUpdateProgress(caller, [action.ownerId], 'post progress on it');
    const plan = await manager.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: action.planId });
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
    const update = await manager.save(
      manager.create(ProgressUpdateEntity, {
        authorityId: caller.authorityId,
        actionId,
        authorId: caller.userId,
        period: period.period.label,
        narrative: input.narrative.trim(),
        percentComplete: input.percentComplete,
        proposedRag: input.proposedRag ?? null,
        ...correction,
      }),
    );
    action.percentComplete = input.percentComplete;
    if (action.status === 'not_started') action.status = 'in_progress';
    await manager.save(action);
    // The insert returned the id and the time; the author is the caller.
    return { update, period: period.period };
  }

  async progress(caller: Caller, actionId: string): Promise<ProgressUpdateEntity[]> {
    await this.get(caller, actionId);
    return this.dataSource.getRepository(ProgressUpdateEntity).find({
      where: { actionId, authorityId: caller.authorityId },
      relations: { author: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }
}
