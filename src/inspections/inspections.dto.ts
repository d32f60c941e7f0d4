import { ApiProperty } from '@nestjs/swagger';
import {
  GRADE_KEYS,
  type GradeKey,
  INSPECTION_KINDS,
  type InspectionKind,
  RECOMMENDATION_KINDS,
  type RecommendationKind,
  TIMESCALES,
  type Timescale,
} from '../domain/vocabulary';
import { FRAMEWORKS, FRAMEWORK_KEYS, type FrameworkKey, areasOf } from '../frameworks/frameworks';
import { areaLabelIn, inspectedOnOf } from '../frameworks/inspection-framework';
import type { InspectionEntity } from './inspection.entity';
import type { JudgementEntity } from './judgement.entity';
import type { RecommendationEntity } from './recommendation.entity';

export class LineSpanDto {
  @ApiProperty({ description: 'First line in the source text (1-based).' }) from: number;
  @ApiProperty({ description: 'Last line in the source text (inclusive).' }) to: number;
}

export class JudgementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'safeguarding' }) areaKey: string;
  @ApiProperty({ example: 'Safeguarding', description: 'The label as published.' }) label: string;
  @ApiProperty({ example: 'Safeguarding', description: "The area in its framework's own words." })
  areaLabel: string;
  @ApiProperty({ description: 'The grade exactly as published.', example: 'Outstanding' }) gradePublished: string;
  @ApiProperty({ enum: GRADE_KEYS }) grade: GradeKey;
  @ApiProperty({ description: '4 outstanding … 1 inadequate, whatever numbering the framework used.' })
  level: number;
  @ApiProperty({ description: 'False for areas judged but not scored (additional investigations).' })
  scored: boolean;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: LineSpanDto }) lines: LineSpanDto | null;
}

export class RecommendationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty({ description: 'Verbatim as published.' }) text: string;
  @ApiProperty({ enum: RECOMMENDATION_KINDS, nullable: true }) kind: RecommendationKind | null;
  @ApiProperty({ enum: TIMESCALES, nullable: true }) timescale: Timescale | null;
  @ApiProperty({ description: 'Listed under a focused visit\'s "Areas for priority action".' }) priorityAction: boolean;
  @ApiProperty({ nullable: true, type: String }) addressee: string | null;
  @ApiProperty({ nullable: true, type: String }) judgementAreaKey: string | null;
  @ApiProperty({ nullable: true, type: LineSpanDto }) lines: LineSpanDto | null;
}

export class FrameworkAreaDto {
  @ApiProperty({ example: 'help_and_protection' }) key: string;
  @ApiProperty({ example: 'The experiences and progress of children who need help and protection' }) label: string;
  @ApiProperty({ description: 'Judged with a grade, or a focus without one.' }) graded: boolean;
}

export class InspectionFrameworkDto {
  @ApiProperty({ enum: FRAMEWORK_KEYS }) key: FrameworkKey;
  @ApiProperty({ example: 'Inspecting local authority children’s services' }) name: string;
  @ApiProperty({ example: '2018–2026' }) years: string;
  @ApiProperty({ description: 'Why the inspection is taken to be of this framework.' }) reason: string;
  @ApiProperty({ type: [FrameworkAreaDto], description: 'The judgement areas of the framework in force then.' })
  areas: FrameworkAreaDto[];
}

export class InspectionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorityId: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) kind: InspectionKind;
  @ApiProperty({ type: InspectionFrameworkDto, nullable: true, description: 'Null when no framework is known.' })
  framework: InspectionFrameworkDto | null;
  @ApiProperty() title: string;
  @ApiProperty() inspectorate: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) fieldworkStart: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) fieldworkEnd: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) publishedOn: string | null;
}

export class InspectionDto extends InspectionSummaryDto {
  @ApiProperty({ type: [JudgementDto] }) judgements: JudgementDto[];
  @ApiProperty({ type: [RecommendationDto] }) recommendations: RecommendationDto[];
}

function lineSpan(from: number | null, to: number | null): LineSpanDto | null {
  return from === null || to === null ? null : { from, to };
}

export function toJudgementDto(judgement: JudgementEntity, inspection?: InspectionEntity): JudgementDto {
  return {
    id: judgement.id,
    areaKey: judgement.areaKey,
    label: judgement.label,
    areaLabel: inspection
      ? areaLabelIn(inspection.framework, judgement.areaKey, inspectedOnOf(inspection))
      : judgement.label,
    gradePublished: judgement.gradePublished,
    grade: judgement.grade,
    level: judgement.level,
    scored: judgement.scored,
    summary: judgement.summary,
    lines: lineSpan(judgement.lineFrom, judgement.lineTo),
  };
}

export function toRecommendationDto(recommendation: RecommendationEntity): RecommendationDto {
  return {
    id: recommendation.id,
    position: recommendation.position,
    text: recommendation.text,
    kind: recommendation.kind,
    timescale: recommendation.timescale,
    priorityAction: recommendation.priorityAction,
    addressee: recommendation.addressee,
    judgementAreaKey: recommendation.judgementAreaKey,
    lines: lineSpan(recommendation.lineFrom, recommendation.lineTo),
  };
}

export function toInspectionFrameworkDto(inspection: InspectionEntity): InspectionFrameworkDto | null {
  if (!inspection.framework) return null;
  const framework = FRAMEWORKS[inspection.framework];
  return {
    key: framework.key,
    name: framework.name,
    years: framework.years,
    reason: inspection.frameworkReason ?? '',
    areas: areasOf(framework.key, inspectedOnOf(inspection)).map(({ key, label, graded }) => ({ key, label, graded })),
  };
}

export function toInspectionSummaryDto(inspection: InspectionEntity): InspectionSummaryDto {
  return {
    id: inspection.id,
    authorityId: inspection.authorityId,
    kind: inspection.kind,
    framework: toInspectionFrameworkDto(inspection),
    title: inspection.title,
    inspectorate: inspection.inspectorate,
    fieldworkStart: inspection.fieldworkStart,
    fieldworkEnd: inspection.fieldworkEnd,
    publishedOn: inspection.publishedOn,
  };
}

export function toInspectionDto(
  inspection: InspectionEntity,
  judgements: JudgementEntity[],
  recommendations: RecommendationEntity[],
): InspectionDto {
  return {
    ...toInspectionSummaryDto(inspection),
    judgements: judgements.map((judgement) => toJudgementDto(judgement, inspection)),
    recommendations: recommendations.map(toRecommendationDto),
  };
}
