import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every attempt to prove a password (sign-in page or token request), kept to lock out repeated
 * failures per account and per address. Emails are stored lower-cased, whether or not they exist.
 */
@Entity('sign_in_attempt')
@Index('ix_sign_in_attempt_email_time', ['email', 'attemptedAt'])
@Index('ix_sign_in_attempt_ip_time', ['ipAddress', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_sign_in_attempt' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ipAddress: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
