import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsDecimal } from '../common/validation';
import { FREQUENCIES, type FrequencyKey, POLARITIES, type Polarity } from '../domain/vocabulary';
import type { IndicatorEra } from '../frameworks/frameworks';
import { eraOfCode } from './catalogue/eras';
import type { IndicatorEntity } from './indicator.entity';
import type { MeasurementEntity } from './measurement.entity';

export class IndicatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'NI 117' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'percentage' }) unit: string;
  @ApiProperty({ enum: POLARITIES }) polarity: Polarity;
  @ApiProperty({ enum: FREQUENCIES }) frequency: FrequencyKey;
  @ApiProperty({ nullable: true, type: String, description: 'What is counted, where the catalogue gives it.' })
  definition: string | null;
  @ApiProperty({ description: 'Where the definition was checked.' }) source: string;
  @ApiProperty({
    enum: ['ni_2008', 'childrens_social_care'],
    nullable: true,
    description:
      "The national catalogue it belongs to: the National Indicator Set 2008 (JAR and APA plans) or today's children's social care measures (SIF and ILACS plans); null for local indicators.",
  })
  era: IndicatorEra | null;
  @ApiProperty({ description: "True for the authority's own indicators, false for the national catalogue." })
  local: boolean;
}

export class CreateIndicatorDto {
  @ApiProperty({
    example: 'HBC L03',
    description: 'Unique among the national catalogue and the authority’s indicators.',
  })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}$/, {
    message: 'code must be up to 40 letters, digits, spaces, dots, slashes or dashes.',
  })
  code: string;

  @ApiProperty() @IsString() @Length(3, 300) title: string;
  @ApiProperty({ example: 'percentage' }) @IsString() @Length(1, 40) unit: string;

  @ApiProperty({ enum: POLARITIES })
  @IsIn(POLARITIES, { message: `polarity must be one of ${POLARITIES.join(', ')}.` })
  polarity: Polarity;

  @ApiProperty({ enum: FREQUENCIES })
  @IsIn(FREQUENCIES, { message: `frequency must be one of ${FREQUENCIES.join(', ')}.` })
  frequency: FrequencyKey;

  @ApiPropertyOptional({ description: 'Where the definition comes from.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  source?: string;
}

export class RecordMeasurementDto {
  @ApiProperty({ example: '2008-09 Q3', description: 'Named as the indicator’s frequency names periods.' })
  @IsString()
  @Length(4, 20)
  period: string;

  @ApiProperty({ example: '10.4', description: 'A decimal number, as a string to keep it exact.' })
  @IsDecimal()
  @Length(1, 20)
  value: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string | null;
}

export class MeasurementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) indicatorId: string;
  @ApiProperty({ example: '2008-09 Q3' }) period: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ example: '10.4' }) value: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enteredById: string | null;
}

export function toIndicatorDto(indicator: IndicatorEntity): IndicatorDto {
  return {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    unit: indicator.unit,
    polarity: indicator.polarity,
    frequency: indicator.frequency,
    definition: indicator.definition ?? null,
    source: indicator.source,
    era: indicator.authorityId === null ? eraOfCode(indicator.code) : null,
    local: indicator.authorityId !== null,
  };
}

/** Numeric columns come back padded to their scale ("10.4000"): show what was entered. */
export function plainNumber(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

export function toMeasurementDto(measurement: MeasurementEntity): MeasurementDto {
  return {
    id: measurement.id,
    indicatorId: measurement.indicatorId,
    period: measurement.period,
    periodEnd: measurement.periodEnd,
    value: plainNumber(measurement.value),
    note: measurement.note,
    enteredById: measurement.enteredById,
  };
}
