import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { TOLERANCE_KINDS, type ToleranceKind, sqlList } from '../domain/vocabulary';
import { ActionEntity } from '../plans/action.entity';
import { IndicatorEntity } from './indicator.entity';

/** An indicator that evidences an action, with its baseline, target and amber tolerance. */
@Entity('action_indicator')
@Unique('uq_action_indicator', ['actionId', 'indicatorId'])
@Index('ix_action_indicator_indicator', ['indicatorId'])
@Check('ck_action_indicator_tolerance_kind', `tolerance_kind IN (${sqlList(TOLERANCE_KINDS)})`)
@Check('ck_action_indicator_tolerance_value', 'tolerance_value >= 0')
export class ActionIndicatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_action_indicator' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_indicator_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_indicator_action' })
  action?: ActionEntity;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_indicator_indicator' })
  indicator?: IndicatorEntity;

  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true })
  baselineValue: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  baselinePeriod: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true })
  targetValue: string | null;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'varchar', length: 12, default: 'percentage' })
  toleranceKind: ToleranceKind;

  @Column({ type: 'numeric', precision: 14, scale: 4, default: 5 })
  toleranceValue: string;
}
