import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import type { NoticeKind } from './reminders';

export const NOTIFICATION_KINDS = ['digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const MAIL_TRANSPORTS = ['notify', 'smtp', 'outbox'] as const;
export type MailTransportName = (typeof MAIL_TRANSPORTS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** One notice a message carried: which action, which period, and why. */
export interface SentNotice {
  kind: NoticeKind;
  actionId: string;
  period: string;
}

/**
 * Every message sent to a person, whichever way it went. The row is written before the message
 * is sent, and its unique (recipient, day, kind) is what lets only one of several instances
 * running the reminders at once send a person's digest for a day.
 */
@Entity('notification')
@Unique('uq_notification_recipient_day_kind', ['recipientId', 'day', 'kind'])
@Index('ix_notification_authority_created', ['authorityId', 'createdAt'])
@Check('ck_notification_kind', `kind IN ('digest')`)
@Check('ck_notification_transport', `transport IN ('notify', 'smtp', 'outbox')`)
@Check('ck_notification_status', `status IN ('pending', 'delivered', 'failed')`)
@Check(
  'ck_notification_outcome',
  `(status = 'delivered') = (delivered_at IS NOT NULL) AND (status = 'failed') = (failed_at IS NOT NULL AND failure_reason IS NOT NULL)`,
)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_notification_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_notification_recipient' })
  recipient?: UserEntity;

  /** The address it was sent to, as it was then. */
  @Column({ type: 'varchar', length: 254 })
  recipientEmail: string;

  @Column({ type: 'varchar', length: 20 })
  kind: NotificationKind;

  /** The day it is for (Europe/London). */
  @Column({ type: 'date' })
  day: string;

  /** The reporting periods it is about, e.g. "2009-10 Q3". */
  @Column({ type: 'varchar', length: 200 })
  period: string;

  @Column({ type: 'varchar', length: 10 })
  transport: MailTransportName;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** What it told the person, so that nothing is told twice. */
  @Column({ type: 'jsonb' })
  notices: SentNotice[];

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: NotificationStatus;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  /** The id GOV.UK Notify or the SMTP server gave the message. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  providerReference: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
