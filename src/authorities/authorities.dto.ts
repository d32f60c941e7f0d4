import { ApiProperty } from '@nestjs/swagger';
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
