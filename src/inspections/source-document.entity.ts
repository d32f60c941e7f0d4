import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';

/**
 * The published document an inspection was imported from, kept byte for byte. The same bytes
 * cannot be imported twice for one authority.
 */
@Entity('source_document')
@Unique('uq_source_document_sha256', ['authorityId', 'sha256'])
@Check('ck_source_document_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
export class SourceDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_source_document' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_source_document_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Not selected unless asked for: the bytes can be megabytes. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'text' })
  extractedText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
