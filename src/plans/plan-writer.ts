import { type EntityManager, In } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { UserEntity } from '../users/user.entity';
import { DomainError } from '../common/domain-error';
import { londonToday } from '../domain/periods';
import { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { ActionEntity } from './action.entity';
import { MilestoneEntity } from './milestone.entity';
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
    private readonly manager: EntityManager,
    private readonly authorityId: string,
  ) {}

  async assertPeople(ownerIds: (string | null | undefined)[], partnerIds: (string | null | undefined)[], at: string) {
    const owners = [...new Set(ownerIds.filter((id): id is string => Boolean(id)))];
    if (owners.length) {
      const found = await this.manager
        .getRepository(UserEntity)
        .find({ where: { id: In(owners), authorityId: this.authorityId, active: true }, select: { id: true } });
      const missing = owners.find((id) => !found.some((user) => user.id === id));
      if (missing)
        throw DomainError.invalid(`The owner ${missing} is not an active user of this authority.`, `${at}ownerId`);
    }
    const partners = [...new Set(partnerIds.filter((id): id is string => Boolean(id)))];
    if (partners.length) {
      const found = await this.manager
        .getRepository(PartnerOrganisationEntity)
        .find({ where: { id: In(partners), authorityId: this.authorityId }, select: { id: true } });
      const missing = partners.find((id) => !found.some((partner) => partner.id === id));
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
    const repository = this.manager.getRepository(IndicatorEntity);
    const indicator =
      (await repository
        .createQueryBuilder('indicator')
        .where('lower(indicator.code) = :key AND indicator.authorityId = :authorityId', {
          key,
          authorityId: this.authorityId,
        })
        .getOne()) ??
      (await repository
        .createQueryBuilder('indicator')
        .where('lower(indicator.code) = :key AND indicator.authorityId IS NULL', { key })
        .getOne());
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
    const action = await this.manager.save(
      this.manager.create(ActionEntity, {
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
      }),
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
    return this.manager.save(
      this.manager.create(MilestoneEntity, {
        authorityId: this.authorityId,
        actionId,
        title: input.title.trim(),
        dueDate: input.dueDate,
        completedOn: input.completedOn ?? null,
      }),
    );
  }

  /** A target's tolerance, when the clerk gives none: the authority's default amber tolerance. */
  private async toleranceFor(input: Omit<ActionIndicatorInput, 'code'>): Promise<string> {
    if (input.toleranceValue !== undefined) return input.toleranceValue;
    if (input.toleranceKind === 'absolute') return '0';
    this.defaultTolerance ??= (
      await this.manager.getRepository(AuthorityEntity).findOneByOrFail({ id: this.authorityId })
    ).amberTolerancePercent;
    return this.defaultTolerance;
  }

  async insertActionIndicator(
    actionId: string,
    indicatorId: string,
    input: Omit<ActionIndicatorInput, 'code'>,
  ): Promise<ActionIndicatorEntity> {
    const toleranceValue = await this.toleranceFor(input);
    return this.manager.save(
      this.manager.create(ActionIndicatorEntity, {
        authorityId: this.authorityId,
        actionId,
        indicatorId,
        baselineValue: input.baselineValue ?? null,
        baselinePeriod: input.baselinePeriod ?? null,
        targetValue: input.targetValue ?? null,
        targetDate: input.targetDate ?? null,
        toleranceKind: input.toleranceKind ?? 'percentage',
        toleranceValue,
      }),
    );
  }
}
