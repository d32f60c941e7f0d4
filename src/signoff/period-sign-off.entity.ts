import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';

/**
 * A theme lead's confirmation that the updates of their theme's actions for a reporting period are
 * right. Once a theme is signed off for a period, its updates for that period are locked: a later
 * update for the period is a correction, with its reason.
 */
@Entity('period_sign_off')
@Unique('uq_period_sign_off_theme', ['planId', 'period', 'theme'])
@Index('ix_period_sign_off_authority', ['authorityId'])
export class PeriodSignOffEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_period_sign_off' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_period_sign_off_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_period_sign_off_plan' })
  plan?: ImprovementPlanEntity;

  /** The reporting period, e.g. 2009-10 Q2. */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  /** The theme signed off: a judgement area key or an Every Child Matters outcome, as theme leads are named. */
  @Column({ type: 'varchar', length: 80 })
  theme: string;

  /** Kept when the person's account is removed, so the record of who confirmed stays readable by name. */
  @Column({ type: 'uuid', nullable: true })
  signedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_period_sign_off_signed_by' })
  signedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  signedByName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  signedAt: Date;
}
