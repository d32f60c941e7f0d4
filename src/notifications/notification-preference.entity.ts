import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import type { Weekday } from './reminders';

/** The weekdays a person takes their digest on. Without a row: Monday to Friday. */
@Entity('notification_preference')
@Check(
  'ck_notification_preference_weekdays',
  'cardinality(digest_weekdays) > 0 AND digest_weekdays <@ ARRAY[1, 2, 3, 4, 5]::smallint[]',
)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_notification_preference_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_notification_preference_authority' })
  authority?: AuthorityEntity;

  /** ISO weekdays, Monday 1 to Friday 5. */
  @Column({ type: 'smallint', array: true })
  digestWeekdays: Weekday[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
