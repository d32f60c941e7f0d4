import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { ProgressUpdateEntity } from '../plans/progress-update.entity';

/**
 * A progress update a theme lead sent back to the action's owner, with what to put right. The
 * owner answers by posting a new update for the same period; the return then counts as answered.
 */
@Entity('update_return')
@Index('ix_update_return_update', ['updateId'])
@Index('ix_update_return_authority', ['authorityId'])
export class UpdateReturnEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_update_return' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_return_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  updateId: string;

  @ManyToOne(() => ProgressUpdateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_return_update' })
  update?: ProgressUpdateEntity;

  @Column({ type: 'uuid', nullable: true })
  returnedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_return_returned_by' })
  returnedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  returnedByName: string;

  @Column({ type: 'text' })
  comment: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  returnedAt: Date;
}
