import { DomainError } from '../common/domain-error';
import type { Transaction } from '../database/transaction';
import { londonToday } from '../domain/periods';
import type { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import type { IndicatorsRepository } from '../indicators/indicators.repository';
import type { ActionEntity } from './action.entity';
import type { ActionsRepository } from './actions.repository';
import type { MilestoneEntity } from './milestone.entity';
import type { ActionIndicatorInput, ActionInput, MilestoneInput } from './plan-input.dto';

/**
 * Writes actions with their milestones and indicators inside the caller's transaction, checking
 * everything a clerk could get wrong: owners and partners of another authority, due before start,
 * unknown indicator codes. Shared by plan creation and by adding an action to a plan.
 */
export class PlanWriter {
  private readonly indicatorIds = new Map<string, string>();
  private defaultTolerance: string | null = null;

  constructor(
    private readonly repositories: { actions: ActionsRepository; indicators: IndicatorsRepository },
    private readonly transaction: Transaction,
    private readonly authorityId: string,
  ) {}

  async assertPeople(ownerIds: (string | null | undefined)[], partnerIds: (string | null | undefined)[], at: string) {
    const owners = [...new Set(ownerIds.filter((id): id is string => Boolean(id)))];
    if (owners.length) {
      const found = await this.repositories.actions.activeUserIds(this.authorityId, owners, this.transaction);
      const missing = owners.find((id) => !found.includes(id));
      if (missing)
        throw DomainError.invalid(`The owner ${missing} is not an active user of this authority.`, `${at}ownerId`);
    }
    const partners = [...new Set(partnerIds.filter((id): id is string => Boolean(id)))];
    if (partners.length) {
      const found = await this.repositories.actions.partnerIds(this.authorityId, partners, this.transaction);
      const missing = partners.find((id) => !found.includes(id));
      if (missing)
        throw DomainError.invalid(
          `The lead partner ${missing} is not a partner of this authority.`,
          `${at}leadPartnerId`,
        );
    }
  }

  /** The indicator's id for a code: the authority's own first, then the national catalogue. */
  async indicatorId(code: string, field: string): Promise<string> {
    const key = code.trim().toLowerCase();
    const known = this.indicatorIds.get(key);
    if (known) return known;
    const indicator = await this.repositories.indicators.findByCodePreferringLocal(
      this.authorityId,
      key,
      this.transaction,
    );
    if (!indicator) {
      throw DomainError.invalid(
        `There is no indicator with the code ${code}: add it as a local indicator first.`,
        field,
      );
    }
    this.indicatorIds.set(key, indicator.id);
    return indicator.id;
  }

  remember(code: string, id: string): void {
    this.indicatorIds.set(code.trim().toLowerCase(), id);
  }

  /** Completion and closure are facts: they cannot be recorded ahead of time. */
  static assertNotFuture(date: string | null | undefined, field: string): void {
    if (date && date > londonToday())
      throw DomainError.invalid(`${field.replace(/^.*\./, '')} cannot be in the future.`, field);
  }

  static assertDates(startDate: string, dueDate: string, at: string): void {
    if (dueDate < startDate) throw DomainError.invalid('The due date cannot be before the start date.', `${at}dueDate`);
  }

  async insertAction(planId: string, input: ActionInput, at: string): Promise<ActionEntity> {
    PlanWriter.assertDates(input.startDate, input.dueDate, at);
    const closed = input.status === 'complete' || input.status === 'cancelled';
    PlanWriter.assertNotFuture(input.closedOn, `${at}closedOn`);
    (input.milestones ?? []).forEach((milestone, i) =>
      PlanWriter.assertNotFuture(milestone.completedOn, `${at}milestones[${i}].completedOn`),
    );
    if (closed && !input.closedOn) {
      throw DomainError.invalid(
        `Say when action ${input.reference} was ${input.status === 'complete' ? 'completed' : 'cancelled'} (closedOn).`,
        `${at}closedOn`,
      );
    }
    const action = await this.repositories.actions.insertAction(
      {
        authorityId: this.authorityId,
        planId,
        recommendationId: input.recommendationId,
        reference: input.reference,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        kind: input.kind,
        judgementAreaKey: input.judgementAreaKey ?? null,
        ecmOutcome: input.ecmOutcome ?? null,
        ownerId: input.ownerId ?? null,
        leadPartnerId: input.leadPartnerId ?? null,
        startDate: input.startDate,
        dueDate: input.dueDate,
        status: input.status ?? 'not_started',
        percentComplete: input.percentComplete ?? (input.status === 'complete' ? 100 : 0),
        closedOn: closed ? (input.closedOn ?? null) : null,
      },
      this.transaction,
    );
    for (const milestone of input.milestones ?? []) await this.insertMilestone(action.id, milestone);
    const links = input.indicators ?? [];
    const seen = new Set<string>();
    for (const [index, link] of links.entries()) {
      const indicatorId = await this.indicatorId(link.code, `${at}indicators[${index}].code`);
      if (seen.has(indicatorId)) continue;
      seen.add(indicatorId);
      await this.insertActionIndicator(action.id, indicatorId, link);
    }
    return action;
  }

  insertMilestone(actionId: string, input: MilestoneInput): Promise<MilestoneEntity> {
    return this.repositories.actions.insertMilestone(
      {
        authorityId: this.authorityId,
        actionId,
        title: input.title.trim(),
        dueDate: input.dueDate,
        completedOn: input.completedOn ?? null,
      },
      this.transaction,
    );
  }

  /** A target's tolerance, when the clerk gives none: the authority's default amber tolerance. */
  private async toleranceFor(input: Omit<ActionIndicatorInput, 'code'>): Promise<string> {
    if (input.toleranceValue !== undefined) return input.toleranceValue;
    if (input.toleranceKind === 'absolute') return '0';
    this.defaultTolerance ??= await this.repositories.actions.amberTolerancePercent(this.authorityId, this.transaction);
    return this.defaultTolerance;
  }

  async insertActionIndicator(
    actionId: string,
    indicatorId: string,
    input: Omit<ActionIndicatorInput, 'code'>,
  ): Promise<ActionIndicatorEntity> {
    const toleranceValue = await this.toleranceFor(input);
    return this.repositories.actions.insertLink(
      {
        authorityId: this.authorityId,
        actionId,
        indicatorId,
        baselineValue: input.baselineValue ?? null,
        baselinePeriod: input.baselinePeriod ?? null,
        targetValue: input.targetValue ?? null,
        targetDate: input.targetDate ?? null,
        toleranceKind: input.toleranceKind ?? 'percentage',
        toleranceValue,
      },
      this.transaction,
    );
  }
}
