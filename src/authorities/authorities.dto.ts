import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumberString, IsOptional, Max, Min } from 'class-validator';
import type { AuthorityEntity } from './authority.entity';

export class AuthorityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Halton Borough Council' }) name: string;
  @ApiProperty({ example: 'E06000006' }) onsCode: string;
  @ApiProperty({ example: 'North West' }) region: string;
  @ApiProperty({ description: 'Days a milestone may slip before its action is red.', example: 30 })
  milestoneSlipLimitDays: number;
  @ApiProperty({ description: 'Points % complete may lag time elapsed before an action is amber.', example: 25 })
  progressLagLimitPoints: number;
  @ApiProperty({ description: 'Default amber tolerance for indicators, as a percentage of target.', example: '5.00' })
  amberTolerancePercent: string;
  @ApiProperty({ example: 'executive-board' }) houseStyle: string;
}

export function toAuthorityDto(authority: AuthorityEntity): AuthorityDto {
  return {
    id: authority.id,
    name: authority.name,
    onsCode: authority.onsCode,
    region: authority.region,
    milestoneSlipLimitDays: authority.milestoneSlipLimitDays,
    progressLagLimitPoints: authority.progressLagLimitPoints,
    amberTolerancePercent: authority.amberTolerancePercent,
    houseStyle: authority.houseStyle,
  };
}

/** The RAG thresholds, which only an admin changes; each left out keeps its value. */
export class UpdateThresholdsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 365, example: 30 })
  @IsOptional()
  @IsInt({ message: 'milestoneSlipLimitDays must be a whole number of days.' })
  @Min(0)
  @Max(365)
  milestoneSlipLimitDays?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 25 })
  @IsOptional()
  @IsInt({ message: 'progressLagLimitPoints must be a whole number from 0 to 100.' })
  @Min(0)
  @Max(100)
  progressLagLimitPoints?: number;

  @ApiPropertyOptional({ example: '5', description: 'A percentage of target, 0 to 100.' })
  @IsOptional()
  @IsNumberString({}, { message: 'amberTolerancePercent must be a number.' })
  amberTolerancePercent?: string;
}
