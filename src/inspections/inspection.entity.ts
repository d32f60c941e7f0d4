import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { INSPECTION_KINDS, type InspectionKind, sqlList } from '../domain/vocabulary';
import { FRAMEWORK_KEYS, type FrameworkKey } from '../frameworks/frameworks';
import { JudgementEntity } from './judgement.entity';
import { RecommendationEntity } from './recommendation.entity';
import { SourceDocumentEntity } from './source-document.entity';

/** A published inspection of the authority's children's services, confirmed by a clerk. */
@Entity('inspection')
@Index('ix_inspection_authority', ['authorityId'])
@Check('ck_inspection_kind', `kind IN (${sqlList(INSPECTION_KINDS)})`)
@Check('ck_inspection_framework', `framework IS NULL OR framework IN (${sqlList(FRAMEWORK_KEYS)})`)
@Check(
  'ck_inspection_fieldwork',
  'fieldwork_end IS NULL OR fieldwork_start IS NULL OR fieldwork_end >= fieldwork_start',
)
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inspection' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_inspection_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'varchar', length: 10 })
  kind: InspectionKind;

  /** The framework it was made under (frameworkForInspection), set on confirmation; null when none is known. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  framework: FrameworkKey | null;

  /** Why that framework, in words. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  frameworkReason: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  inspectorate: string;

  @Column({ type: 'date', nullable: true })
  fieldworkStart: string | null;

  @Column({ type: 'date', nullable: true })
  fieldworkEnd: string | null;

  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourceDocumentId: string | null;

  @ManyToOne(() => SourceDocumentEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_inspection_source_document' })
  sourceDocument?: SourceDocumentEntity | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_inspection_confirmed_by' })
  confirmedBy?: UserEntity | null;

  @OneToMany(() => JudgementEntity, (judgement) => judgement.inspection)
  judgements?: JudgementEntity[];

  @OneToMany(() => RecommendationEntity, (recommendation) => recommendation.inspection)
  recommendations?: RecommendationEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
