import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { GRADE_KEYS, type GradeKey, sqlList } from '../domain/vocabulary';
import { AuthorityEntity } from '../authorities/authority.entity';
import { InspectionEntity } from './inspection.entity';

/** One graded area of an inspection: the grade as published and normalised (4 best … 1 worst). */
@Entity('judgement')
@Unique('uq_judgement_area', ['inspectionId', 'areaKey'])
@Check('ck_judgement_grade', `grade IN (${sqlList(GRADE_KEYS)})`)
@Check('ck_judgement_level', 'level BETWEEN 1 AND 4')
@Check('ck_judgement_lines', 'line_from IS NULL OR line_to >= line_from')
export class JudgementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_judgement' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_judgement_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => InspectionEntity, (inspection) => inspection.judgements, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_judgement_inspection' })
  inspection?: InspectionEntity;

  @Column({ type: 'smallint' })
  position: number;

  /** Key in the framework's vocabulary, or a slug of the label. */
  @Column({ type: 'varchar', length: 80 })
  areaKey: string;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @Column({ type: 'varchar', length: 100 })
  gradePublished: string;

  @Column({ type: 'varchar', length: 30 })
  grade: GradeKey;

  @Column({ type: 'smallint' })
  level: number;

  /** Core areas are scored; additional investigations are judged but not scored. */
  @Column({ type: 'boolean' })
  scored: boolean;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'integer', nullable: true })
  lineFrom: number | null;

  @Column({ type: 'integer', nullable: true })
  lineTo: number | null;
}
