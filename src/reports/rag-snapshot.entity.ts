import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';

/**
 * Every action's and indicator's RAG, reason and latest commentary for a plan, frozen at a date.
 * Papers take one each time they are generated so the next can show what moved.
 */
@Entity('rag_snapshot')
@Index('ix_rag_snapshot_plan_time', ['planId', 'takenAt'])
export class RagSnapshotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rag_snapshot' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_rag_snapshot_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_rag_snapshot_plan' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  takenById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_rag_snapshot_taken_by' })
  takenBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  takenAt: Date;
}
