import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { PAPER_STATUSES, type PaperStatus, sqlList } from '../domain/vocabulary';
import { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { CommitteeMeetingEntity } from './committee-meeting.entity';
import { RagSnapshotEntity } from './rag-snapshot.entity';

/**
 * A generated board paper: a record of what went to which meeting. Never regenerated in place;
 * a corrected paper is a new row that names the one it replaces.
 */
@Entity('board_paper')
@Index('ix_board_paper_plan_time', ['planId', 'generatedAt'])
@Index('ix_board_paper_meeting', ['committeeMeetingId'])
@Check('ck_board_paper_status', `status IN (${sqlList(PAPER_STATUSES)})`)
@Check(
  'ck_board_paper_exempt_paragraph',
  `(status = 'public' AND exempt_paragraph IS NULL) OR (status = 'exempt' AND exempt_paragraph BETWEEN 1 AND 7)`,
)
@Check('ck_board_paper_pdf_sha256', `pdf_sha256 IS NULL OR pdf_sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_board_paper_docx_sha256', `docx_sha256 IS NULL OR docx_sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_board_paper_workbook_sha256', `workbook_sha256 IS NULL OR workbook_sha256 ~ '^[0-9a-f]{64}$'`)
export class BoardPaperEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_board_paper' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ImprovementPlanEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_plan' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'uuid' })
  committeeMeetingId: string;

  @ManyToOne(() => CommitteeMeetingEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_committee_meeting' })
  committeeMeeting?: CommitteeMeetingEntity;

  @Column({ type: 'uuid' })
  snapshotId: string;

  @ManyToOne(() => RagSnapshotEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_snapshot' })
  snapshot?: RagSnapshotEntity;

  @Column({ type: 'uuid', nullable: true })
  replacesId: string | null;

  @ManyToOne(() => BoardPaperEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_replaces' })
  replaces?: BoardPaperEntity | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  agendaItem: string | null;

  @Column({ type: 'varchar', length: 200 })
  reportingOfficer: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'varchar', length: 10 })
  status: PaperStatus;

  /** Paragraph of Schedule 12A to the Local Government Act 1972, when exempt. */
  @Column({ type: 'smallint', nullable: true })
  exemptParagraph: number | null;

  @Column({ type: 'varchar', length: 60 })
  houseStyle: string;

  /** What the clerk entered: recommendations, implications, background papers. */
  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  pdfSha256: string | null;

  /** The same paper as a Word document, made with the PDF from the same model; null for papers printed before. */
  @Column({ type: 'bytea', nullable: true, select: false })
  docx: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  docxSha256: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  workbook: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  workbookSha256: string | null;

  @Column({ type: 'uuid', nullable: true })
  generatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_board_paper_generated_by' })
  generatedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  generatedAt: Date;
}
