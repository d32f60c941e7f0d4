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
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { UserEntity } from '../users/user.entity';
import {
  ACTION_STATUSES,
  type ActionStatus,
  ECM_OUTCOME_KEYS,
  type EcmOutcome,
  PROGRESS_RAGS,
  type ProgressRag,
  RECOMMENDATION_KINDS,
  type RecommendationKind,
  sqlList,
} from '../domain/vocabulary';
import { RecommendationEntity } from '../inspections/recommendation.entity';
import { ImprovementPlanEntity } from './improvement-plan.entity';
import { MilestoneEntity } from './milestone.entity';

/** The unit of work: one outcome or process improvement serving one recommendation. */
@Entity('action')
@Unique('uq_action_reference', ['planId', 'reference'])
@Index('ix_action_plan', ['planId'])
@Index('ix_action_authority_plan', ['authorityId', 'planId'])
@Index('ix_action_owner', ['ownerId'])
@Index('ix_action_recommendation', ['recommendationId'])
@Check('ck_action_kind', `kind IN (${sqlList(RECOMMENDATION_KINDS)})`)
@Check('ck_action_status', `status IN (${sqlList(ACTION_STATUSES)})`)
@Check('ck_action_ecm_outcome', `ecm_outcome IS NULL OR ecm_outcome IN (${sqlList(ECM_OUTCOME_KEYS)})`)
@Check('ck_action_percent_complete', 'percent_complete BETWEEN 0 AND 100')
@Check('ck_action_dates', 'due_date >= start_date')
@Check('ck_action_closed_on', `(status IN ('complete', 'cancelled')) = (closed_on IS NOT NULL)`)
@Check('ck_action_rag_override', `rag_override IS NULL OR rag_override IN (${sqlList(PROGRESS_RAGS)})`)
@Check(
  'ck_action_rag_override_reason',
  `rag_override IS NULL OR (rag_override_reason IS NOT NULL AND length(trim(rag_override_reason)) > 0)`,
)
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_action' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ImprovementPlanEntity, (plan) => plan.actions, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_plan' })
  plan?: ImprovementPlanEntity;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_recommendation' })
  recommendation?: RecommendationEntity;

  /** O1, P3.2, … unique in the plan. */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 10 })
  kind: RecommendationKind;

  @Column({ type: 'varchar', length: 80, nullable: true })
  judgementAreaKey: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  ecmOutcome: EcmOutcome | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_owner' })
  owner?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  leadPartnerId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_lead_partner' })
  leadPartner?: PartnerOrganisationEntity | null;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'varchar', length: 20, default: 'not_started' })
  status: ActionStatus;

  @Column({ type: 'smallint', default: 0 })
  percentComplete: number;

  /** When it was completed or cancelled: RAG as of an earlier date still shows it open. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  ragOverride: ProgressRag | null;

  @Column({ type: 'text', nullable: true })
  ragOverrideReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  ragOverrideById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_action_rag_override_by' })
  ragOverrideBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  ragOverrideAt: Date | null;

  /** The last day the override holds; after it the rules decide again. Null: until removed. */
  @Column({ type: 'date', nullable: true })
  ragOverrideUntil: string | null;

  /** Why a cancelled action was cancelled, for the committee. */
  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  @OneToMany(() => MilestoneEntity, (milestone) => milestone.action)
  milestones?: MilestoneEntity[];

  /** Optimistic locking: a write naming an older version is refused with 409. */
  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
