import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../auth/password-policy';
import { ROLES, type Role } from '../domain/vocabulary';
import type { UserEntity } from './user.entity';

const ROLE_MESSAGE = `The role must be one of ${ROLES.join(', ')}.`;

export class CreateUserDto {
  @ApiProperty({ example: 'j.smith@halton.gov.uk' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@council.gov.uk.' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Jo Smith' })
  @IsString()
  @Length(1, 200, { message: 'Enter a name of 1 to 200 characters.' })
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID('all', { message: 'The partner organisation must be an id from this authority.' })
  partnerOrganisationId?: string | null;

  @ApiProperty({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'Enter a name of 1 to 200 characters.' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: 'The partner organisation must be an id from this authority.' })
  partnerOrganisationId?: string | null;

  @ApiPropertyOptional({ description: 'false disables the account and signs it out everywhere.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'At least 12 characters, not a common password. Signs the user out everywhere.' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) authorityId: string;
  @ApiProperty({ nullable: true, type: Object }) partnerOrganisation: { id: string; name: string } | null;
  @ApiProperty() active: boolean;
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    authorityId: user.authorityId,
    partnerOrganisation: user.partnerOrganisation
      ? { id: user.partnerOrganisation.id, name: user.partnerOrganisation.name }
      : null,
    active: user.active,
  };
}
