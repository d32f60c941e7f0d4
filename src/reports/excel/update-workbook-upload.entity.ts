import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../../authorities/authority.entity';
import { UserEntity } from '../../users/user.entity';
import { ImprovementPlanEntity } from '../../plans/improvement-plan.entity';
import type { FilledUpdateWorkbook } from './update-workbook';
import type { UpdateWorkbookPreview } from './update-workbook-preview';

/**
 * An owners' update workbook uploaded back: what it would change, row by row, as shown to the
 * uploader. Applying it writes ordinary progress updates and measurements and records when.
 */
@Entity('update_workbook_upload')
@Index('ix_update_workbook_upload_plan_time', ['planId', 'createdAt'])
export class UpdateWorkbookUploadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_update_workbook_upload' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_workbook_upload_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_workbook_upload_plan' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_workbook_upload_uploaded_by' })
  uploadedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The reporting period the workbook collects updates for, e.g. "2009-10 Q2". */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  /** When the workbook was downloaded: rows changed since then are stale. */
  @Column({ type: 'timestamptz' })
  madeAt: Date;

  /** The filled-in rows as read from the file. */
  @Column({ type: 'jsonb' })
  content: FilledUpdateWorkbook;

  @Column({ type: 'jsonb' })
  preview: UpdateWorkbookPreview;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  appliedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_update_workbook_upload_applied_by' })
  appliedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
