import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { IndicatorEntity } from './indicator.entity';

/** An indicator's actual value for the authority in one period. One value per period. */
@Entity('measurement')
@Unique('uq_measurement_period', ['authorityId', 'indicatorId', 'period'])
@Index('ix_measurement_indicator_period', ['indicatorId', 'periodEnd'])
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_measurement' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_measurement_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_measurement_indicator' })
  indicator?: IndicatorEntity;

  /** 2008-09 Q3, 2008-09, … as the indicator's frequency names periods. */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  /** Last day of the period: orders values and answers "as of" questions. */
  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'numeric', precision: 14, scale: 4 })
  value: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  enteredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_measurement_entered_by' })
  enteredBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
