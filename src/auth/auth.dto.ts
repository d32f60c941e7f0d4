import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsString, Length, MaxLength } from 'class-validator';
import type { Caller } from '../common/request-context';
import { ROLES, type Role } from '../domain/vocabulary';
import type { AccessTokenEntity } from './access-token.entity';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import { TOKEN_LIFETIMES_DAYS } from './auth.service';

export class CreateTokenWithPasswordDto {
  @ApiProperty({ example: 'clerk@halton.example' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@council.gov.uk.' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH, { message: 'Enter your password.' })
  password: string;

  @ApiProperty({ description: 'What the token is for, to recognise it later.', example: 'Quarterly dashboard' })
  @IsString()
  @Length(1, 100, { message: 'Give the token a name of 1 to 100 characters.' })
  name: string;

  @ApiProperty({ enum: TOKEN_LIFETIMES_DAYS, description: 'Days until the token expires.' })
  @IsInt()
  @IsIn(TOKEN_LIFETIMES_DAYS, { message: `The token can last ${TOKEN_LIFETIMES_DAYS.join(', ')} days.` })
  expiresInDays: number;
}

export class CreateTokenDto {
  @ApiProperty({ example: 'Quarterly dashboard' })
  @IsString()
  @Length(1, 100, { message: 'Give the token a name of 1 to 100 characters.' })
  name: string;

  @ApiProperty({ enum: TOKEN_LIFETIMES_DAYS })
  @IsInt()
  @IsIn(TOKEN_LIFETIMES_DAYS, { message: `The token can last ${TOKEN_LIFETIMES_DAYS.join(', ')} days.` })
  expiresInDays: number;
}

export class AccessTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters of the token.', example: 'itk_Ab3dEf9h' }) prefix: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) lastUsedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ enum: ['active', 'expired', 'revoked'] }) status: 'active' | 'expired' | 'revoked';
}

export class NewAccessTokenDto extends AccessTokenDto {
  @ApiProperty({ description: 'The token itself. It is shown only this once; send it as Authorization: Bearer.' })
  token: string;
}

export class CallerDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) authorityId: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['session', 'token'] }) via: 'session' | 'token';
}

export function tokenStatus(token: AccessTokenEntity, now = new Date()): AccessTokenDto['status'] {
  if (token.revokedAt !== null) return 'revoked';
  return token.expiresAt <= now ? 'expired' : 'active';
}

export function toAccessTokenDto(token: AccessTokenEntity): AccessTokenDto {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
    status: tokenStatus(token),
  };
}

export function toCallerDto(caller: Caller): CallerDto {
  return {
    userId: caller.userId,
    authorityId: caller.authorityId,
    role: caller.role,
    email: caller.email,
    displayName: caller.displayName,
    via: caller.via,
  };
}
