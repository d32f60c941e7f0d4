import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  type ActionStatus,
  ECM_OUTCOME_KEYS,
  type EcmOutcome,
  PLAN_STATUSES,
  type PlanStatus,
  PROGRESS_RAGS,
  type ProgressRag,
  RECOMMENDATION_KINDS,
  type RecommendationKind,
} from '../domain/vocabulary';
import type { ActionIndicatorEntity } from '../indicators/action-indicator.entity';
import { plainNumber } from '../indicators/indicators.dto';
import type { ActionEntity } from './action.entity';
import { StatutoryClockDto } from '../clock/clock.dto';
import type { PlanClock } from '../clock/plan-clock';
import type { ImprovementPlanEntity } from './improvement-plan.entity';
import type { MilestoneEntity } from './milestone.entity';

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn: string | null;
}

export class ActionIndicatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) indicatorId: string;
  @ApiProperty({ example: 'NI 117' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) baselineValue: string | null;
  @ApiProperty({ nullable: true, type: String }) baselinePeriod: string | null;
  @ApiProperty({ nullable: true, type: String }) targetValue: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) targetDate: string | null;
  @ApiProperty({ enum: ['percentage', 'absolute'] }) toleranceKind: string;
  @ApiProperty() toleranceValue: string;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'O2.1' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: RECOMMENDATION_KINDS }) kind: RecommendationKind;
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ nullable: true, type: String }) judgementAreaKey: string | null;
  @ApiProperty({ enum: ECM_OUTCOME_KEYS, nullable: true }) ecmOutcome: EcmOutcome | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) leadPartner: NamedRefDto | null;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status: ActionStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) percentComplete: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'When it was completed or cancelled.' })
  closedOn: string | null;
  @ApiProperty({ enum: PROGRESS_RAGS, nullable: true }) ragOverride: ProgressRag | null;
  @ApiProperty({ nullable: true, type: String }) ragOverrideReason: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The last day the override holds.' })
  ragOverrideUntil: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why a cancelled action was cancelled.' })
  cancellationReason: string | null;
  @ApiProperty({ description: 'Send it back with a change; a stale version is refused with 409.' })
  version: number;
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
  @ApiProperty({ type: [ActionIndicatorDto] }) indicators: ActionIndicatorDto[];
}

export class PlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorityId: string;
  @ApiProperty({ format: 'uuid' }) inspectionId: string;
  @ApiProperty({ example: 'HALTON-JAR-2008' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status: PlanStatus;
  @ApiProperty({ nullable: true, type: String }) endorsedBy: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endorsedOn: string | null;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ example: 'quarterly' }) reportingFrequency: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) reportReceivedOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) sentToInspectorateOn: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'When a draft was shared with the inspectorate, where the framework asks for one first.',
  })
  draftSentOn: string | null;
  @ApiProperty({
    type: StatutoryClockDto,
    nullable: true,
    description:
      "What the inspection's framework asks the council to send the inspectorate, by when, and whether it was met.",
  })
  statutoryClock: StatutoryClockDto | null;
  @ApiProperty() version: number;
}

export class PlanDto extends PlanSummaryDto {
  @ApiProperty({ type: [ActionDto] }) actions: ActionDto[];
}

export function toMilestoneDto(milestone: MilestoneEntity): MilestoneDto {
  return {
    id: milestone.id,
    title: milestone.title,
    dueDate: milestone.dueDate,
    completedOn: milestone.completedOn,
  };
}

export function toActionIndicatorDto(link: ActionIndicatorEntity): ActionIndicatorDto {
  const number = (value: string | null) => (value === null ? null : plainNumber(value));
  return {
    id: link.id,
    indicatorId: link.indicatorId,
    code: link.indicator?.code ?? '',
    title: link.indicator?.title ?? '',
    baselineValue: number(link.baselineValue),
    baselinePeriod: link.baselinePeriod,
    targetValue: number(link.targetValue),
    targetDate: link.targetDate,
    toleranceKind: link.toleranceKind,
    toleranceValue: plainNumber(link.toleranceValue),
  };
}

export function toActionDto(action: ActionEntity, links: ActionIndicatorEntity[] = []): ActionDto {
  return {
    id: action.id,
    reference: action.reference,
    title: action.title,
    description: action.description,
    kind: action.kind,
    recommendationId: action.recommendationId,
    judgementAreaKey: action.judgementAreaKey,
    ecmOutcome: action.ecmOutcome,
    owner: action.owner ? { id: action.owner.id, name: action.owner.displayName } : null,
    leadPartner: action.leadPartner ? { id: action.leadPartner.id, name: action.leadPartner.name } : null,
    startDate: action.startDate,
    dueDate: action.dueDate,
    status: action.status,
    percentComplete: action.percentComplete,
    closedOn: action.closedOn,
    ragOverride: action.ragOverride,
    ragOverrideReason: action.ragOverrideReason,
    ragOverrideUntil: action.ragOverrideUntil,
    cancellationReason: action.cancellationReason,
    version: action.version,
    milestones: (action.milestones ?? []).map(toMilestoneDto),
    indicators: links.filter((link) => link.actionId === action.id).map(toActionIndicatorDto),
  };
}

export function toPlanSummaryDto(plan: ImprovementPlanEntity, clock: PlanClock | null): PlanSummaryDto {
  return {
    id: plan.id,
    authorityId: plan.authorityId,
    inspectionId: plan.inspectionId,
    reference: plan.reference,
    title: plan.title,
    status: plan.status,
    endorsedBy: plan.endorsedBy,
    endorsedOn: plan.endorsedOn,
    startDate: plan.startDate,
    reportingFrequency: plan.reportingFrequency,
    reportReceivedOn: plan.reportReceivedOn,
    sentToInspectorateOn: plan.sentToInspectorateOn,
    draftSentOn: plan.draftSentOn,
    statutoryClock: clock,
    version: plan.version,
  };
}

export function toPlanDto(
  plan: ImprovementPlanEntity,
  actions: ActionEntity[],
  clock: PlanClock | null,
  links: ActionIndicatorEntity[],
): PlanDto {
  return { ...toPlanSummaryDto(plan, clock), actions: actions.map((action) => toActionDto(action, links)) };
}
