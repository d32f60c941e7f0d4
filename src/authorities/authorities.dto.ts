import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumberString,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HOUSE_STYLES } from '../reports/paper-html';
import type { AuthorityEntity } from './authority.entity';
import {
  MAX_AUTHORITY_NAME_LENGTH,
  MAX_FRONT_SHEET_NAME_LENGTH,
  MAX_FRONT_SHEET_NAMES,
  REPORTING_FREQUENCIES,
} from './council-settings';

export class AuthorityLogoDto {
  @ApiProperty({ enum: ['image/png', 'image/jpeg'] }) mediaType: string;
  @ApiProperty({ example: '/api/v1/authorities/6f1c…/logo' }) href: string;
}

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
  @ApiProperty({ enum: HOUSE_STYLES, example: 'executive-board' }) houseStyle: string;
  @ApiProperty({
    description: 'Committees a paper usually goes to, the usual one first.',
    example: ['Executive Board'],
  })
  committees: string[];
  @ApiProperty({ description: 'Reporting officers a paper is usually from, the usual one first.', type: [String] })
  reportingOfficers: string[];
  @ApiProperty({ type: AuthorityLogoDto, nullable: true }) logo: AuthorityLogoDto | null;
  @ApiProperty({ enum: REPORTING_FREQUENCIES, description: 'How often a new plan asks for progress.' })
  reportingFrequency: string;
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
    committees: authority.committees ?? [],
    reportingOfficers: authority.reportingOfficers ?? [],
    logo: authority.logoMediaType
      ? { mediaType: authority.logoMediaType, href: `/api/v1/authorities/${authority.id}/logo` }
      : null,
    reportingFrequency: authority.reportingFrequency,
  };
}

/** The council's own settings, which only an admin changes; each left out keeps its value. */
export class UpdateAuthorityDto {
  @ApiPropertyOptional({ example: 'Halton Borough Council', description: 'The name papers and pages give.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty.' })
  @MaxLength(MAX_AUTHORITY_NAME_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: HOUSE_STYLES })
  @IsOptional()
  @IsIn(HOUSE_STYLES, { message: `houseStyle must be one of ${HOUSE_STYLES.join(', ')}.` })
  houseStyle?: string;

  @ApiPropertyOptional({ enum: REPORTING_FREQUENCIES })
  @IsOptional()
  @IsIn(REPORTING_FREQUENCIES, { message: `reportingFrequency must be one of ${REPORTING_FREQUENCIES.join(', ')}.` })
  reportingFrequency?: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_FRONT_SHEET_NAMES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FRONT_SHEET_NAMES, { message: `Give at most ${MAX_FRONT_SHEET_NAMES} committees.` })
  @IsString({ each: true })
  @MaxLength(MAX_FRONT_SHEET_NAME_LENGTH, { each: true })
  committees?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_FRONT_SHEET_NAMES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FRONT_SHEET_NAMES, { message: `Give at most ${MAX_FRONT_SHEET_NAMES} officers.` })
  @IsString({ each: true })
  @MaxLength(MAX_FRONT_SHEET_NAME_LENGTH, { each: true })
  reportingOfficers?: string[];
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
