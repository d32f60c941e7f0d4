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
import type { ActionEntity } from './action.entity';
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
  @ApiProperty({ enum: PROGRESS_RAGS, nullable: true }) ragOverride: ProgressRag | null;
  @ApiProperty({ nullable: true, type: String }) ragOverrideReason: string | null;
  @ApiProperty({ description: 'Send it back with a change; a stale version is refused with 409.' })
  version: number;
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
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

export function toActionDto(action: ActionEntity): ActionDto {
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
    ragOverride: action.ragOverride,
    ragOverrideReason: action.ragOverrideReason,
    version: action.version,
    milestones: (action.milestones ?? []).map(toMilestoneDto),
  };
}

export function toPlanSummaryDto(plan: ImprovementPlanEntity): PlanSummaryDto {
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
    version: plan.version,
  };
}

export function toPlanDto(plan: ImprovementPlanEntity, actions: ActionEntity[]): PlanDto {
  return { ...toPlanSummaryDto(plan), actions: actions.map(toActionDto) };
}
