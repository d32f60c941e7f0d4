import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import type { DraftContent } from './draft-content';

/**
 * An uploaded report being reviewed: the file as uploaded and what the import found in it, as
 * corrected by the clerk. Not an inspection until confirmed; deleted when confirmed.
 */
@Entity('inspection_draft')
@Index('ix_inspection_draft_authority_time', ['authorityId', 'createdAt'])
export class InspectionDraftEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inspection_draft' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_inspection_draft_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_inspection_draft_created_by' })
  createdBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** pdf, docx, text or json, detected from the bytes. */
  @Column({ type: 'varchar', length: 10 })
  format: string;

  @Column({ type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'text' })
  extractedText: string;

  @Column({ type: 'jsonb' })
  draft: DraftContent;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
