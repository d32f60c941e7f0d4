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
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../common/validation';
import type { BoardPaperEntity } from './board-paper.entity';
import { HOUSE_STYLES } from './paper-html';

export class ImplicationsInput {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) policy?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) financial?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) legal?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) equalities?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) risk?: string;
  @ApiPropertyOptional({ description: 'Section 17 of the Crime and Disorder Act 1998.' })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  crimeAndDisorder?: string;
}

export class CreatePaperDto {
  @ApiProperty({ example: 'Executive Board' }) @IsString() @Length(2, 200) committee: string;

  @ApiProperty({ format: 'date', example: '2009-10-29' })
  @IsDateOnly()
  meetingDate: string;

  @ApiPropertyOptional({ example: '7' }) @IsOptional() @IsString() @Length(1, 40) agendaItem?: string;

  @ApiProperty({ example: 'Strategic Director – Children & Young People' })
  @IsString()
  @Length(2, 200)
  reportingOfficer: string;

  @ApiProperty({ example: 'Joint Area Review: progress on the improvement plan' })
  @IsString()
  @Length(2, 300)
  subject: string;

  @ApiPropertyOptional({ enum: ['public', 'exempt'], default: 'public' })
  @IsOptional()
  @IsIn(['public', 'exempt'], { message: 'status must be public or exempt.' })
  status?: 'public' | 'exempt';

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'Schedule 12A paragraph; required when exempt.' })
  @IsOptional()
  @IsInt({ message: 'exemptParagraph must be a whole number from 1 to 7.' })
  @Min(1)
  @Max(7)
  exemptParagraph?: number;

  @ApiPropertyOptional({ enum: HOUSE_STYLES, description: "The authority's house style when left out." })
  @IsOptional()
  @IsIn(HOUSE_STYLES, { message: `houseStyle must be one of ${HOUSE_STYLES.join(', ')}.` })
  houseStyle?: (typeof HOUSE_STYLES)[number];

  @ApiPropertyOptional({ format: 'date', description: 'The date the paper reports as at; today when left out.' })
  @IsOptional()
  @IsDateOnly()
  asOf?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) purpose?: string;

  @ApiPropertyOptional({ type: [String], example: ['the report be noted'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  recommendations?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) nextSteps?: string;

  @ApiPropertyOptional({ type: ImplicationsInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImplicationsInput)
  implications?: ImplicationsInput;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  backgroundPapers?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 200) contactOfficer?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 200) portfolioHolder?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() keyDecision?: boolean;
  @ApiPropertyOptional({ example: 'All wards' }) @IsOptional() @IsString() @Length(0, 500) wards?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The paper this one corrects; the earlier one is kept.' })
  @IsOptional()
  @IsUUID()
  replacesId?: string;
}

export class PaperDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() committee: string;
  @ApiProperty({ format: 'date' }) meetingDate: string;
  @ApiProperty({ nullable: true, type: String }) agendaItem: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() reportingOfficer: string;
  @ApiProperty({ enum: ['public', 'exempt'] }) status: string;
  @ApiProperty({ nullable: true, type: Number }) exemptParagraph: number | null;
  @ApiProperty({ enum: HOUSE_STYLES }) houseStyle: string;
  @ApiProperty({ format: 'uuid' }) snapshotId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) replacesId: string | null;
  @ApiProperty({ description: 'SHA-256 of the PDF, hex.' }) pdfSha256: string;
  @ApiProperty({
    description: 'SHA-256 of the Word version, hex; null for a paper printed before Word versions were kept.',
    nullable: true,
    type: String,
  })
  docxSha256: string | null;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ description: 'Where to download the PDF.' }) href: string;
  @ApiProperty({ description: 'Where to download the Word version (.docx), or null.', nullable: true, type: String })
  docxHref: string | null;
}

export class PaperFormatQuery {
  @ApiPropertyOptional({
    enum: ['json', 'pdf', 'docx'],
    description: 'The record as JSON (the default), or the stored PDF or Word file. Overrides the Accept header.',
  })
  @IsOptional()
  @IsIn(['json', 'pdf', 'docx'], { message: 'format must be json, pdf or docx.' })
  format?: 'json' | 'pdf' | 'docx';
}

export function toPaperDto(paper: BoardPaperEntity, meeting: { committee: string; meetingDate: string }): PaperDto {
  return {
    id: paper.id,
    planId: paper.planId,
    committee: meeting.committee,
    meetingDate: meeting.meetingDate,
    agendaItem: paper.agendaItem,
    subject: paper.subject,
    reportingOfficer: paper.reportingOfficer,
    status: paper.status,
    exemptParagraph: paper.exemptParagraph,
    houseStyle: paper.houseStyle,
    snapshotId: paper.snapshotId,
    replacesId: paper.replacesId,
    pdfSha256: paper.pdfSha256 ?? '',
    docxSha256: paper.docxSha256,
    generatedAt: paper.generatedAt.toISOString(),
    href: `/api/v1/papers/${paper.id}/pdf`,
    docxHref: paper.docxSha256 ? `/api/v1/papers/${paper.id}/docx` : null,
  };
}
