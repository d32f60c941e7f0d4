import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { PeriodSignOffEntity } from './period-sign-off.entity';
import type { SignOffStatus } from './sign-off.service';
import type { UpdateReturnEntity } from './update-return.entity';

export class SignOffPeriodQuery {
  @ApiPropertyOptional({
    example: '2009-10 Q2',
    description: 'The reporting period; by default the one updates are due for today.',
  })
  @IsOptional()
  @IsString()
  @Length(4, 20)
  period?: string;
}

export class SignOffThemeDto {
  @ApiProperty({ example: '2009-10 Q2', description: 'The reporting period whose updates are confirmed.' })
  @IsString()
  @Length(4, 20, { message: 'period must name a reporting period, like 2009-10 Q2.' })
  period: string;

  @ApiProperty({
    example: 'safeguarding',
    description: 'The theme: a judgement area key or an Every Child Matters outcome, as in the status.',
  })
  @IsString()
  @Length(1, 80, { message: 'theme must name a theme of the plan, like safeguarding.' })
  theme: string;
}

export class ReturnUpdateDto {
  @ApiProperty({ format: 'uuid', description: 'The progress update to send back to its owner.' })
  @IsUUID('all', { message: 'updateId must be the id of a progress update.' })
  updateId: string;

  @ApiProperty({ description: 'What the owner should put right; shown to them with the update.' })
  @IsString()
  @Length(3, 2000, { message: 'comment must say what to put right, in 3 to 2,000 characters.' })
  comment: string;
}

export class SignOffDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2009-10 Q2' }) period: string;
  @ApiProperty({ example: 'safeguarding' }) theme: string;
  @ApiProperty() signedBy: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
}

export class UpdateReturnDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) updateId: string;
  @ApiProperty() comment: string;
  @ApiProperty() returnedBy: string;
  @ApiProperty({ format: 'date-time' }) returnedAt: string;
}

class SignOffUpdateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() narrative: string;
  @ApiProperty() percentComplete: number;
  @ApiProperty({ enum: ['red', 'amber', 'green'], nullable: true }) proposedRag: string | null;
  @ApiProperty() author: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Set when the update was returned and not yet answered.' })
  returnedWith: string | null;
}

class SignOffActionDto {
  @ApiProperty({ format: 'uuid' }) actionId: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) owner: string | null;
  @ApiProperty({ nullable: true, type: SignOffUpdateDto }) update: SignOffUpdateDto | null;
}

class ThemeSignOffDto {
  @ApiProperty({ example: 'safeguarding' }) theme: string;
  @ApiProperty({ example: 'Safeguarding' }) label: string;
  @ApiProperty({ nullable: true, type: String }) lead: string | null;
  @ApiProperty({ enum: ['signed_off', 'waiting'] }) state: 'signed_off' | 'waiting';
  @ApiProperty({ nullable: true, type: String }) signedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) signedAt: string | null;
  @ApiProperty({ type: [SignOffActionDto] }) actions: SignOffActionDto[];
}

export class SignOffStatusDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: '2009-10 Q2' }) period: string;
  @ApiProperty({ description: 'Whether every theme is signed off for the period.' }) complete: boolean;
  @ApiProperty({ type: [ThemeSignOffDto] }) themes: ThemeSignOffDto[];
}

export function toSignOffDto(entity: PeriodSignOffEntity): SignOffDto {
  return {
    id: entity.id,
    period: entity.period,
    theme: entity.theme,
    signedBy: entity.signedByName,
    signedAt: entity.signedAt.toISOString(),
  };
}

export function toUpdateReturnDto(entity: UpdateReturnEntity): UpdateReturnDto {
  return {
    id: entity.id,
    updateId: entity.updateId,
    comment: entity.comment,
    returnedBy: entity.returnedByName,
    returnedAt: entity.returnedAt.toISOString(),
  };
}

export function toSignOffStatusDto(status: SignOffStatus): SignOffStatusDto {
  return {
    planId: status.plan.id,
    period: status.period.label,
    complete: status.complete,
    themes: status.themes.map((theme) => ({
      theme: theme.theme,
      label: theme.label,
      lead: theme.leadName,
      state: theme.signedOff ? 'signed_off' : 'waiting',
      signedBy: theme.signedOff?.by ?? null,
      signedAt: theme.signedOff?.at.toISOString() ?? null,
      actions: theme.actions.map((line) => ({
        actionId: line.actionId,
        reference: line.reference,
        title: line.title,
        owner: line.ownerName,
        update: line.update
          ? {
              id: line.update.id,
              narrative: line.update.narrative,
              percentComplete: line.update.percentComplete,
              proposedRag: line.update.proposedRag,
              author: line.update.authorName,
              createdAt: line.update.createdAt.toISOString(),
              returnedWith: line.returned?.comment ?? null,
            }
          : null,
      })),
    })),
  };
}
