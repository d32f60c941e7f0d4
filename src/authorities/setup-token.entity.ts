import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A one-time set-up link, offered while the installation has no authority. The link holds a
 * random token; only its SHA-256 is stored, so a copy of the database cannot set anything up.
 */
@Entity('setup_token')
@Unique('uq_setup_token_hash', ['tokenHash'])
export class SetupTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_setup_token' })
  id: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When it set up an authority: a link works once. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
