import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { ActionEntity } from './action.entity';

/** A dated step of an action. */
@Entity('milestone')
@Index('ix_milestone_action', ['actionId', 'dueDate'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_milestone' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_milestone_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => ActionEntity, (action) => action.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_milestone_action' })
  action?: ActionEntity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;
}
