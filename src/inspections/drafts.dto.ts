import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
  ArrayMinSize,
} from 'class-validator';
import { IsDateOnly } from '../common/validation';
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
import type { DraftContent } from './draft-content';
import type { InspectionDraftEntity } from './inspection-draft.entity';

export class JudgementInput {
  @ApiProperty({ description: 'Key in the framework vocabulary, or a slug of the label.', example: 'safeguarding' })
  @Matches(/^[a-z][a-z0-9_]{0,79}$/, { message: 'key must be lower-case letters, digits and underscores.' })
  key: string;

  @ApiProperty({ example: 'Safeguarding' })
  @IsString()
  @Length(1, 300)
  label: string;

  @ApiProperty({ description: 'The grade exactly as published.', example: 'Outstanding' })
  @IsString()
  @Length(1, 100)
  gradePublished: string;

  @ApiProperty({ enum: GRADE_KEYS })
  @IsIn(GRADE_KEYS, { message: `grade must be one of ${GRADE_KEYS.join(', ')}.` })
  grade: GradeKey;

  @ApiProperty({ description: 'False for areas judged but not scored.' })
  @IsBoolean()
  scored: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  summary?: string | null;

  @ApiPropertyOptional({ type: [Number], description: '[first line, last line] in the source text.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(1, { each: true })
  lines?: [number, number] | null;
}

export class RecommendationInput {
  @ApiProperty({ description: 'Verbatim as published.' })
  @IsString()
  @Length(1, 5000)
  text: string;

  @ApiPropertyOptional({ enum: RECOMMENDATION_KINDS, nullable: true })
  @IsOptional()
  @IsIn(RECOMMENDATION_KINDS, { message: `kind must be one of ${RECOMMENDATION_KINDS.join(', ')}.` })
  kind?: RecommendationKind | null;

  @ApiPropertyOptional({ enum: TIMESCALES, nullable: true })
  @IsOptional()
  @IsIn(TIMESCALES, { message: `timescale must be one of ${TIMESCALES.join(', ')}.` })
  timescale?: Timescale | null;

  @ApiPropertyOptional({
    description:
      'Listed under a focused visit\'s "Areas for priority action": the letter asks for a plan by a deadline.',
  })
  @IsOptional()
  @IsBoolean({ message: 'priorityAction must be true or false.' })
  priorityAction?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  addressee?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,79}$/, { message: 'judgementAreaKey must be a judgement key.' })
  judgementAreaKey?: string | null;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(1, { each: true })
  lines?: [number, number] | null;
}

/** A clerk's corrections. Lists given replace the draft's lists whole; `version` must be current. */
export class UpdateDraftDto {
  @ApiProperty({ description: 'The version read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) inspectorate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) authorityName?: string;

  @ApiPropertyOptional({ enum: INSPECTION_KINDS })
  @IsOptional()
  @IsIn(INSPECTION_KINDS, { message: `kind must be one of ${INSPECTION_KINDS.join(', ')}.` })
  kind?: InspectionKind;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  fieldworkStart?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  fieldworkEnd?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  publishedOn?: string | null;

  @ApiPropertyOptional({ type: [JudgementInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => JudgementInput)
  judgements?: JudgementInput[];

  @ApiPropertyOptional({ type: [RecommendationInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RecommendationInput)
  recommendations?: RecommendationInput[];
}

export class DraftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['pdf', 'docx', 'text', 'json'] }) format: string;
  @ApiProperty() byteSize: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ description: 'What the import found, as corrected so far.' }) draft: DraftContent;
  @ApiProperty({ description: 'The text the import read, numbered from line 1.' }) text: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
}

export function toDraftDto(entity: InspectionDraftEntity): DraftDto {
  return {
    id: entity.id,
    fileName: entity.fileName,
    format: entity.format,
    byteSize: entity.byteSize,
    sha256: entity.sha256,
    draft: entity.draft,
    text: entity.extractedText,
    version: entity.version,
    createdAt: entity.createdAt,
  };
}
