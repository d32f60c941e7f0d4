import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateWorkbookUploadEntity } from './update-workbook-upload.entity';

const OUTCOMES = ['apply', 'unchanged', 'stale', 'not_yours', 'invalid'];

class PercentChangeDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

class ActionChangeDto {
  @ApiProperty() narrative: string;
  @ApiProperty({ type: PercentChangeDto }) percentComplete: PercentChangeDto;
  @ApiProperty({ enum: ['red', 'amber', 'green'], nullable: true }) proposedRag: string | null;
}

class ActionRowDto {
  @ApiProperty({ description: 'The row in the Actions sheet.' }) row: number;
  @ApiProperty() actionId: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OUTCOMES }) outcome: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: ActionChangeDto, nullable: true }) change: ActionChangeDto | null;
}

class ValueChangeDto {
  @ApiProperty({ nullable: true }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ nullable: true }) note: string | null;
}

class IndicatorRowDto {
  @ApiProperty({ description: 'The row in the Indicators sheet.' }) row: number;
  @ApiProperty() indicatorId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() period: string;
  @ApiProperty({ enum: OUTCOMES }) outcome: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: ValueChangeDto, nullable: true }) change: ValueChangeDto | null;
}

class OutcomeCountsDto {
  @ApiProperty({ description: 'Rows that will be (or were) applied.' }) apply: number;
  @ApiProperty({ description: 'Rows left blank.' }) unchanged: number;
  @ApiProperty({ description: 'Rows refused: stale, not the uploader’s, or invalid.' }) refused: number;
}

export class UpdateWorkbookUploadDto {
  @ApiProperty() id: string;
  @ApiProperty() planId: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: '2009-10 Q2' }) period: string;
  @ApiProperty({ description: 'When the workbook was downloaded.' }) downloadedAt: string;
  @ApiProperty() uploadedAt: string;
  @ApiPropertyOptional({ nullable: true }) appliedAt: string | null;
  @ApiProperty({ type: OutcomeCountsDto }) counts: OutcomeCountsDto;
  @ApiProperty({ type: [ActionRowDto] }) actions: ActionRowDto[];
  @ApiProperty({ type: [IndicatorRowDto] }) indicators: IndicatorRowDto[];
  @ApiProperty({ description: 'POST here to apply the rows marked apply.' }) applyHref: string;
}

export function toUpdateWorkbookUploadDto(upload: UpdateWorkbookUploadEntity): UpdateWorkbookUploadDto {
  return {
    id: upload.id,
    planId: upload.planId,
    fileName: upload.fileName,
    period: upload.period,
    downloadedAt: upload.madeAt.toISOString(),
    uploadedAt: upload.createdAt.toISOString(),
    appliedAt: upload.appliedAt?.toISOString() ?? null,
    counts: upload.preview.counts,
    actions: upload.preview.actions,
    indicators: upload.preview.indicators,
    applyHref: `/api/v1/plans/${upload.planId}/update-workbook/uploads/${upload.id}/apply`,
  };
}
