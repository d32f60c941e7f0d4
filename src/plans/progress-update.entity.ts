import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { PROGRESS_RAGS, type ProgressRag, sqlList } from '../domain/vocabulary';
import { ActionEntity } from './action.entity';

/**
 * An owner's report on an action for a reporting period. Append-only: a correction is a new
 * update. An action with updates cannot be deleted, only cancelled, so the record of
 * what owners reported survives.
 */
@Entity('progress_update')
@Index('ix_progress_update_action_time', ['actionId', 'createdAt'])
@Check('ck_progress_update_percent_complete', 'percent_complete BETWEEN 0 AND 100')
@Check('ck_progress_update_proposed_rag', `proposed_rag IS NULL OR proposed_rag IN (${sqlList(PROGRESS_RAGS)})`)
@Check('ck_progress_update_correction', 'corrects_update_id IS NULL OR correction_reason IS NOT NULL')
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_progress_update' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_progress_update_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => ActionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_progress_update_action' })
  action?: ActionEntity;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_progress_update_author' })
  author?: UserEntity;

  /** Reporting period, e.g. 2008-09 Q3. */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ type: 'smallint' })
  percentComplete: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  proposedRag: ProgressRag | null;

  /** For an update posted after its period was signed off: the update it corrects (if there was one), and why. */
  @Column({ type: 'uuid', nullable: true })
  correctsUpdateId: string | null;

  @ManyToOne(() => ProgressUpdateEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_progress_update_corrects_update' })
  correctsUpdate?: ProgressUpdateEntity | null;

  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  /**
   * When the update took effect. Read from the clock at the insert, which comes after the post has
   * locked its action row: each update on an action is stamped after the one before it committed,
   * so this orders the history exactly as the action's % complete was written.
   */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
