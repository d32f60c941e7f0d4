import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { PARTNER_KINDS, type PartnerKind } from '../domain/vocabulary';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';
import type { ThemeLeadEntity } from './theme-lead.entity';

const KIND_MESSAGE = `The kind must be one of ${PARTNER_KINDS.join(', ')}.`;
const NAME_MESSAGE = 'Enter a name of 1 to 200 characters.';
const THEME_MESSAGE =
  'The theme must be an Every Child Matters outcome or a judgement area key, like stay_safe or safeguarding.';
const USER_MESSAGE = 'The user must be an id of a user of this authority.';
const PARTNER_MESSAGE = 'The partner organisation must be an id from this authority.';

/** A name must have something in it besides spaces. */
const NOT_BLANK = /\S/;

export class CreatePartnerDto {
  @ApiProperty({ example: 'Halton and St Helens PCT', maxLength: 200 })
  @IsString({ message: NAME_MESSAGE })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(NOT_BLANK, { message: NAME_MESSAGE })
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  @IsIn(PARTNER_KINDS, { message: KIND_MESSAGE })
  kind: PartnerKind;
}

/** A new name (when the agency is renamed or merged) or kind; each left out keeps its value. */
export class UpdatePartnerDto extends PartialType(CreatePartnerDto) {}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Halton and St Helens PCT' }) name: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind: PartnerKind;
}

export function toPartnerDto(partner: PartnerOrganisationEntity): PartnerDto {
  return { id: partner.id, name: partner.name, kind: partner.kind };
}

export class CreateThemeLeadDto {
  @ApiProperty({
    example: 'stay_safe',
    description: 'An Every Child Matters outcome (be_healthy, stay_safe, …) or a judgement area key (safeguarding, …).',
  })
  @IsString({ message: THEME_MESSAGE })
  @Matches(/^[a-z][a-z0-9_]{0,79}$/, { message: THEME_MESSAGE })
  theme: string;

  @ApiProperty({ example: 'Helen Ashworth', maxLength: 200 })
  @IsString({ message: NAME_MESSAGE })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(NOT_BLANK, { message: NAME_MESSAGE })
  leadName: string;

  @ApiPropertyOptional({ example: 'Operational Director – Specialist Services', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @Length(0, 200, { message: 'Enter a job title of up to 200 characters.' })
  leadTitle?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The lead’s account, so that the breakdown can suggest them as the owner of new actions.',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: USER_MESSAGE })
  userId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: PARTNER_MESSAGE })
  partnerOrganisationId?: string | null;
}

/** Who leads the theme; each left out keeps its value, null clears it. The theme itself stays. */
export class UpdateThemeLeadDto extends PartialType(OmitType(CreateThemeLeadDto, ['theme'] as const)) {}

/** A user or partner organisation a theme lead refers to. */
export class LeadRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ThemeLeadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'stay_safe' }) theme: string;
  @ApiProperty({ example: 'Stay safe' }) themeLabel: string;
  @ApiProperty({ example: 'Helen Ashworth' }) leadName: string;
  @ApiProperty({ nullable: true, type: String }) leadTitle: string | null;
  @ApiProperty({ type: LeadRefDto, nullable: true, description: 'The lead’s account; name is its display name.' })
  user: LeadRefDto | null;
  @ApiProperty({ type: LeadRefDto, nullable: true }) partnerOrganisation: LeadRefDto | null;
}

export function toThemeLeadDto(lead: ThemeLeadEntity, themeLabel: string): ThemeLeadDto {
  return {
    id: lead.id,
    theme: lead.theme,
    themeLabel,
    leadName: lead.leadName,
    leadTitle: lead.leadTitle,
    user: lead.user ? { id: lead.user.id, name: lead.user.displayName } : null,
    partnerOrganisation: lead.partnerOrganisation
      ? { id: lead.partnerOrganisation.id, name: lead.partnerOrganisation.name }
      : null,
  };
}
