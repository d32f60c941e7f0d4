import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../common/validation';
import { StatutoryClockDto } from '../clock/clock.dto';
import { ACTION_RAGS, INDICATOR_RAGS } from '../domain/vocabulary';

export class AsOfQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The date to report as of (Europe/London); today if left out.' })
  @IsOptional()
  @IsDateOnly()
  asOf?: string;
}

export class SnapshotRequest extends AsOfQuery {}

export class MovementQuery {
  @ApiProperty({ format: 'uuid', description: 'The earlier snapshot.' }) from: string;
  @ApiPropertyOptional({ description: 'A later snapshot’s id, or "now" (the default).' }) to?: string;
}

class RagCountsDto {
  @ApiProperty() red: number;
  @ApiProperty() amber: number;
  @ApiProperty() green: number;
  @ApiProperty({ name: 'not_started' }) not_started: number;
  @ApiProperty() complete: number;
  @ApiProperty() cancelled: number;
}

export class RollUpDto {
  @ApiProperty({ type: RagCountsDto }) counts: RagCountsDto;
  @ApiProperty({ description: 'Actions counted: all but cancelled.' }) total: number;
  @ApiProperty({ nullable: true, type: Number, description: '(Green + Complete) ÷ total, as a percentage.' })
  shareOnTrack: number | null;
  @ApiProperty({ enum: ACTION_RAGS, nullable: true, description: 'The worst colour of the group.' })
  headline: string | null;
}

export class RollUpGroupDto extends RollUpDto {
  @ApiProperty({ nullable: true, type: String }) key: string | null;
  @ApiProperty() label: string;
}

class RollUpsDto {
  @ApiProperty({ type: RollUpDto }) plan: RollUpDto;
  @ApiProperty({ type: [RollUpGroupDto] }) byRecommendation: RollUpGroupDto[];
  @ApiProperty({ type: [RollUpGroupDto] }) byJudgementArea: RollUpGroupDto[];
  @ApiProperty({ type: [RollUpGroupDto] }) byEcmOutcome: RollUpGroupDto[];
  @ApiProperty({ type: [RollUpGroupDto] }) byLeadPartner: RollUpGroupDto[];
  @ApiProperty({ type: [RollUpGroupDto] }) byOwner: RollUpGroupDto[];
}

export class ActionStatusDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'O2.1' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ACTION_RAGS }) rag: string;
  @ApiProperty({ example: 'Overdue by 12 days: due 31 March 2010.' }) reason: string;
  @ApiProperty() overridden: boolean;
  @ApiProperty({ description: 'The update for the last reporting period to end has not been posted.' })
  updateOverdue: boolean;
  @ApiProperty({ nullable: true, type: Object }) owner: { id: string; name: string } | null;
  @ApiProperty({ nullable: true, type: Object }) leadPartner: { id: string; name: string } | null;
  @ApiProperty({ type: Object }) recommendation: { id: string; position: number; text: string };
  @ApiProperty({ nullable: true, type: String }) judgementAreaKey: string | null;
  @ApiProperty({ nullable: true, type: String }) ecmOutcome: string | null;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty() percentComplete: number;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest update by the as-of date: the commentary.' })
  latestUpdate: object | null;
}

export class IndicatorStatusDto {
  @ApiProperty({ format: 'uuid' }) actionIndicatorId: string;
  @ApiProperty({ example: 'O1' }) actionReference: string;
  @ApiProperty({ example: 'NI 117' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: ['higher_is_better', 'lower_is_better'] }) polarity: string;
  @ApiProperty({ nullable: true, type: Object }) baseline: object | null;
  @ApiProperty({ nullable: true, type: Object }) target: object | null;
  @ApiProperty({ nullable: true, type: Object }) latest: object | null;
  @ApiProperty({ nullable: true, type: Object }) previous: object | null;
  @ApiProperty({ enum: INDICATOR_RAGS }) rag: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['improving', 'worsening', 'no_change'], nullable: true }) direction: string | null;
}

export class MovementDto {
  @ApiProperty({ format: 'date' }) fromAsOf: string;
  @ApiProperty({ format: 'date' }) toAsOf: string;
  @ApiProperty({ type: [Object], description: 'Actions that changed colour, are new, closed or removed.' })
  actions: object[];
  @ApiProperty({ type: [Object] }) indicators: object[];
  @ApiProperty({ type: Object }) counts: Record<string, number>;
}

export class PlanDashboardDto {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: Object }) plan: object;
  @ApiProperty({ type: Object }) thresholds: object;
  @ApiProperty({ type: Object, description: 'The reporting period the as-of date falls in: label, start, end.' })
  reportingPeriod: object;
  @ApiProperty({ type: Object, description: 'The last period to have ended: its updates are due.' })
  updatesDueFor: object;
  @ApiProperty({ type: [ActionStatusDto] }) actions: ActionStatusDto[];
  @ApiProperty({ type: [IndicatorStatusDto] }) indicators: IndicatorStatusDto[];
  @ApiProperty({ type: RollUpsDto }) rollUps: RollUpsDto;
  @ApiProperty({ type: [ActionStatusDto], description: 'Every red and amber action, red first.' })
  exceptions: ActionStatusDto[];
  @ApiProperty({ type: [ActionStatusDto] }) updateOverdue: ActionStatusDto[];
  @ApiProperty({ type: MovementDto, nullable: true, description: 'Since the last snapshot (the last paper).' })
  movement: MovementDto | null;
}

export class PlanHeadlineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: RollUpDto }) rollUp: RollUpDto;
  @ApiProperty({ type: Object }) exceptions: { red: number; amber: number };
  @ApiProperty() updateOverdue: number;
  @ApiProperty({ type: StatutoryClockDto, nullable: true }) statutoryClock: StatutoryClockDto | null;
}

export class AuthorityDashboardDto {
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: [PlanHeadlineDto] }) plans: PlanHeadlineDto[];
}

export class SnapshotDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ format: 'date-time' }) takenAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) takenById: string | null;
}
