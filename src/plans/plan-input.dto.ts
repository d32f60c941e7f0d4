/**
 * What a clerk sends to create and change plans and actions. Dates are `YYYY-MM-DD`; lists are
 * bounded; every field is validated before anything is read from the database.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly, IsDecimal } from '../common/validation';
import {
  ACTION_STATUSES,
  type ActionStatus,
  ECM_OUTCOME_KEYS,
  type EcmOutcome,
  FREQUENCIES,
  type FrequencyKey,
  PLAN_STATUSES,
  type PlanStatus,
  POLARITIES,
  type Polarity,
  PROGRESS_RAGS,
  type ProgressRag,
  RECOMMENDATION_KINDS,
  type RecommendationKind,
  TOLERANCE_KINDS,
  type ToleranceKind,
} from '../domain/vocabulary';

export class PreviewPlanDto {
  @ApiProperty({ format: 'uuid', description: 'A confirmed inspection of the caller’s authority.' })
  @IsUUID()
  inspectionId: string;

  @ApiProperty({ format: 'date', example: '2008-10-01', description: 'Actions start here; due dates count from it.' })
  @IsDateOnly()
  startDate: string;
}

export class MilestoneInput {
  @ApiProperty() @IsString() @Length(1, 500) title: string;
  @ApiProperty({ format: 'date' }) @IsDateOnly() dueDate: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  completedOn?: string | null;
}

export class ActionIndicatorInput {
  @ApiProperty({ example: 'NI 117', description: 'A national code or one of the authority’s own.' })
  @IsString()
  @Length(1, 40)
  code: string;

  @ApiPropertyOptional({ example: '11.2', nullable: true, type: String })
  @IsOptional()
  @IsDecimal()
  baselineValue?: string | null;

  @ApiPropertyOptional({ example: '2007-08', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(4, 20)
  baselinePeriod?: string | null;

  @ApiPropertyOptional({ example: '9.0', nullable: true, type: String })
  @IsOptional()
  @IsDecimal()
  targetValue?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  targetDate?: string | null;

  @ApiPropertyOptional({ enum: TOLERANCE_KINDS, default: 'percentage' })
  @IsOptional()
  @IsIn(TOLERANCE_KINDS, { message: `toleranceKind must be one of ${TOLERANCE_KINDS.join(', ')}.` })
  toleranceKind?: ToleranceKind;

  @ApiPropertyOptional({
    example: '5',
    description: "Percent of target, or an absolute amount; by default the authority's amber tolerance (5 %).",
  })
  @IsOptional()
  @IsDecimal()
  toleranceValue?: string;
}

export class LocalIndicatorInput {
  @ApiProperty({ example: 'HBC L01' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}$/, {
    message: 'localIndicator.code must be up to 40 letters or digits.',
  })
  code: string;

  @ApiProperty() @IsString() @Length(3, 300) title: string;
  @ApiProperty() @IsString() @Length(1, 40) unit: string;

  @ApiProperty({ enum: POLARITIES })
  @IsIn(POLARITIES, { message: `polarity must be one of ${POLARITIES.join(', ')}.` })
  polarity: Polarity;

  @ApiProperty({ enum: FREQUENCIES })
  @IsIn(FREQUENCIES, { message: `frequency must be one of ${FREQUENCIES.join(', ')}.` })
  frequency: FrequencyKey;
}

export class ActionInput {
  @ApiProperty({ example: 'O2.1' })
  @Matches(/^[A-Z]{1,3}\d{1,3}(?:\.\d{1,3})?$/, { message: 'reference must look like O1, P3 or O2.1.' })
  reference: string;

  @ApiProperty({ format: 'uuid', description: 'The recommendation the action serves.' })
  @IsUUID()
  recommendationId: string;

  @ApiProperty() @IsString() @Length(3, 500) title: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  description?: string | null;

  @ApiProperty({ enum: RECOMMENDATION_KINDS })
  @IsIn(RECOMMENDATION_KINDS, { message: `kind must be one of ${RECOMMENDATION_KINDS.join(', ')}.` })
  kind: RecommendationKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,79}$/, { message: 'judgementAreaKey must be a key such as safeguarding.' })
  judgementAreaKey?: string | null;

  @ApiPropertyOptional({ enum: ECM_OUTCOME_KEYS, nullable: true })
  @IsOptional()
  @IsIn(ECM_OUTCOME_KEYS, { message: `ecmOutcome must be one of ${ECM_OUTCOME_KEYS.join(', ')}.` })
  ecmOutcome?: EcmOutcome | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  leadPartnerId?: string | null;

  @ApiProperty({ format: 'date' }) @IsDateOnly() startDate: string;
  @ApiProperty({ format: 'date' }) @IsDateOnly() dueDate: string;

  @ApiPropertyOptional({
    enum: ACTION_STATUSES,
    default: 'not_started',
    description: 'For an action already under way.',
  })
  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: `status must be one of ${ACTION_STATUSES.join(', ')}.` })
  status?: ActionStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0 })
  @IsOptional()
  @IsInt({ message: 'percentComplete must be a whole number from 0 to 100.' })
  @Min(0)
  @Max(100)
  percentComplete?: number;

  @ApiPropertyOptional({ format: 'date', description: 'When a complete or cancelled action closed.' })
  @IsOptional()
  @IsDateOnly()
  closedOn?: string;

  @ApiPropertyOptional({ type: [MilestoneInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones?: MilestoneInput[];

  @ApiPropertyOptional({ type: [ActionIndicatorInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionIndicatorInput)
  indicators?: ActionIndicatorInput[];

  @ApiPropertyOptional({ type: LocalIndicatorInput, description: 'A new local indicator, created with the plan.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalIndicatorInput)
  localIndicator?: LocalIndicatorInput | null;
}

export class CreatePlanDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() inspectionId: string;

  @ApiProperty({ example: 'HALTON-JAR-2008', description: 'Unique in the authority.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'reference must be 2–40 capital letters, digits and dashes.' })
  reference: string;

  @ApiProperty() @IsString() @Length(3, 300) title: string;
  @ApiProperty({ format: 'date' }) @IsDateOnly() startDate: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Starts the statutory clock.' })
  @IsOptional()
  @IsDateOnly()
  reportReceivedOn?: string | null;

  @ApiPropertyOptional({ enum: ['quarterly', 'monthly'], default: 'quarterly' })
  @IsOptional()
  @IsIn(['quarterly', 'monthly'], { message: 'reportingFrequency must be quarterly or monthly.' })
  reportingFrequency?: 'quarterly' | 'monthly';

  @ApiProperty({ type: [ActionInput] })
  @IsArray()
  @ArrayMinSize(1, { message: 'A plan needs at least one action.' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions: ActionInput[];
}

export class VersionedDto {
  @ApiPropertyOptional({ description: 'The version you read; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class UpdatePlanDto extends VersionedDto {
  @ApiPropertyOptional({ example: 'HALTON-JAR-2008', description: 'Unique in the authority.' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'reference must be 2–40 capital letters, digits and dashes.' })
  reference?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 300) title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  startDate?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  reportReceivedOn?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'When the plan was sent to the inspectorate; meets the statutory deadline.',
  })
  @IsOptional()
  @IsDateOnly()
  sentToInspectorateOn?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description:
      'When a draft of the plan was shared with the inspectorate; meets the draft deadline after a focused visit with priority actions.',
  })
  @IsOptional()
  @IsDateOnly()
  draftSentOn?: string | null;

  @ApiPropertyOptional({ enum: ['quarterly', 'monthly'] })
  @IsOptional()
  @IsIn(['quarterly', 'monthly'], { message: 'reportingFrequency must be quarterly or monthly.' })
  reportingFrequency?: 'quarterly' | 'monthly';

  @ApiPropertyOptional({
    enum: PLAN_STATUSES,
    description: 'draft → endorsed (needs endorsedBy and endorsedOn) → closed.',
  })
  @IsOptional()
  @IsIn(PLAN_STATUSES, { message: `status must be one of ${PLAN_STATUSES.join(', ')}.` })
  status?: PlanStatus;

  @ApiPropertyOptional({ example: 'Executive Board' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  endorsedBy?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  endorsedOn?: string;
}

export class UpdateActionDto extends VersionedDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 500) title?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: RECOMMENDATION_KINDS })
  @IsOptional()
  @IsIn(RECOMMENDATION_KINDS, { message: `kind must be one of ${RECOMMENDATION_KINDS.join(', ')}.` })
  kind?: RecommendationKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,79}$/, { message: 'judgementAreaKey must be a key such as safeguarding.' })
  judgementAreaKey?: string | null;

  @ApiPropertyOptional({ enum: ECM_OUTCOME_KEYS, nullable: true })
  @IsOptional()
  @IsIn(ECM_OUTCOME_KEYS, { message: `ecmOutcome must be one of ${ECM_OUTCOME_KEYS.join(', ')}.` })
  ecmOutcome?: EcmOutcome | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  leadPartnerId?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  startDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: `status must be one of ${ACTION_STATUSES.join(', ')}.` })
  status?: ActionStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt({ message: 'percentComplete must be a whole number from 0 to 100.' })
  @Min(0)
  @Max(100)
  percentComplete?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'When it was completed or cancelled; today when status moves there without one.',
  })
  @IsOptional()
  @IsDateOnly()
  closedOn?: string;

  @ApiPropertyOptional({
    enum: PROGRESS_RAGS,
    nullable: true,
    description: 'Needs ragOverrideReason; null removes it.',
  })
  @IsOptional()
  @IsIn(PROGRESS_RAGS, { message: `ragOverride must be one of ${PROGRESS_RAGS.join(', ')}.` })
  ragOverride?: ProgressRag | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  ragOverrideReason?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The last day the override holds (today or later); null or left out: until it is removed.',
  })
  @IsOptional()
  @IsDateOnly()
  ragOverrideUntil?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Why the action is cancelled; kept while it stays cancelled.',
  })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  cancellationReason?: string | null;
}

export class UpdateMilestoneDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null reopens it.' })
  @IsOptional()
  @IsDateOnly()
  completedOn?: string | null;
}

export class PostProgressDto {
  @ApiProperty({ example: '2008-09 Q3', description: 'The reporting period the update is for.' })
  @IsString()
  @Length(4, 20)
  period: string;

  @ApiProperty() @IsString() @Length(3, 10000) narrative: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'percentComplete must be a whole number from 0 to 100.' })
  @Min(0)
  @Max(100)
  percentComplete: number;

  @ApiPropertyOptional({ enum: PROGRESS_RAGS, nullable: true })
  @IsOptional()
  @IsIn(PROGRESS_RAGS, { message: `proposedRag must be one of ${PROGRESS_RAGS.join(', ')}.` })
  proposedRag?: ProgressRag | null;

  @ApiPropertyOptional({
    description:
      "Required when the period's updates are signed off: the update is then a correction of the latest one, and this says why.",
  })
  @IsOptional()
  @IsString()
  @Length(3, 2000, { message: 'correctionReason must say why, in 3 to 2,000 characters.' })
  correctionReason?: string;
}
