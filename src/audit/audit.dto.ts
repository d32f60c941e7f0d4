import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateBy, isISO8601 } from 'class-validator';
import { AUDIT_OPERATIONS, type AuditOperation } from '../domain/vocabulary';
import type { AuditEventEntity } from './audit-event.entity';

export const DEFAULT_AUDIT_PAGE_SIZE = 100;
export const MAX_AUDIT_PAGE_SIZE = 500;

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A real calendar date, or a date-time with its offset (so it names one instant). One message. */
const IsDateOrDateTime = () =>
  ValidateBy({
    name: 'isDateOrDateTime',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && DATE_OR_DATE_TIME.test(value) && isISO8601(value, { strict: true }),
      defaultMessage: (args) =>
        `${args?.property} must be a date (2008-10-01) or a date and time with its offset (2008-10-01T09:30:00Z).`,
    },
  });

const IsPageSize = () =>
  ValidateBy({
    name: 'isPageSize',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_AUDIT_PAGE_SIZE,
      defaultMessage: () => `limit must be a whole number from 1 to ${MAX_AUDIT_PAGE_SIZE}.`,
    },
  });

/** The filters shared by the list and the CSV export. */
export class AuditFilterDto {
  @ApiPropertyOptional({ description: 'Table name of the changed rows.', example: 'action', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'entity must be a table name of at most 60 characters.' })
  entity?: string;

  @ApiPropertyOptional({ description: 'Id of the changed row.', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'id must be at most 64 characters.' })
  id?: string;

  @ApiPropertyOptional({ description: 'Only changes made by this user.', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'user must be the id of a user.' })
  user?: string;

  @ApiPropertyOptional({ description: 'Only this kind of change.', enum: AUDIT_OPERATIONS })
  @IsOptional()
  @IsIn(AUDIT_OPERATIONS, { message: `operation must be one of ${AUDIT_OPERATIONS.join(', ')}.` })
  operation?: AuditOperation;

  @ApiPropertyOptional({
    description: 'From this date (its whole day, Europe/London) or date-time, inclusive.',
    example: '2008-10-01',
  })
  @IsOptional()
  @IsDateOrDateTime()
  from?: string;

  @ApiPropertyOptional({
    description: 'Up to this date (its whole day, Europe/London) or date-time, inclusive. Not before `from`.',
    example: '2008-12-31',
  })
  @IsOptional()
  @IsDateOrDateTime()
  to?: string;
}

export class AuditQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE_SIZE, default: DEFAULT_AUDIT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsPageSize()
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextBefore` of the previous page: events older than it.', example: '1234' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be the nextBefore of a previous page.' })
  before?: string;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null when the system made the change.' })
  id: string | null;
  @ApiProperty({ description: 'Name and email at the time, or the system actor.', example: 'Jo Smith <jo@x.gov.uk>' })
  label: string;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Increasing with time; the page cursor.', example: '1234' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ description: 'Table name of the changed row.', example: 'action' }) entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ enum: AUDIT_OPERATIONS }) operation: AuditOperation;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The row before the change (null for an insert). Secrets are [redacted]; bytes are {bytes: n}.',
  })
  before: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The row after the change (null for a delete).',
  })
  after: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, description: 'The X-Request-Id of the request that made it.' })
  requestId: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto], description: 'Newest first.' }) events: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for the next page; null on the last.' })
  nextBefore: string | null;
}

export function toAuditEventDto(event: AuditEventEntity): AuditEventDto {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actor: { id: event.actorId, label: event.actorLabel },
    entity: event.entity,
    entityId: event.entityId,
    operation: event.operation,
    before: event.before,
    after: event.after,
    requestId: event.requestId,
  };
}
