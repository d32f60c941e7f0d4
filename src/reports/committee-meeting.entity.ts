import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';

/** A meeting of a committee (Executive Board, a scrutiny committee) that receives papers. */
@Entity('committee_meeting')
@Unique('uq_committee_meeting', ['authorityId', 'committee', 'meetingDate'])
export class CommitteeMeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_committee_meeting' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_committee_meeting_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'varchar', length: 200 })
  committee: string;

  @Column({ type: 'date' })
  meetingDate: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
