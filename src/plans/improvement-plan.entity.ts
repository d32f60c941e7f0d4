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
import { PLAN_STATUSES, type PlanStatus, sqlList } from '../domain/vocabulary';
import { InspectionEntity } from '../inspections/inspection.entity';
import { ActionEntity } from './action.entity';

/** The authority's response to one inspection: draft, then endorsed by a committee, then closed. */
@Entity('improvement_plan')
@Unique('uq_improvement_plan_reference', ['authorityId', 'reference'])
@Index('ix_improvement_plan_inspection', ['inspectionId'])
@Check('ck_improvement_plan_status', `status IN (${sqlList(PLAN_STATUSES)})`)
@Check('ck_improvement_plan_endorsement', `status = 'draft' OR (endorsed_by IS NOT NULL AND endorsed_on IS NOT NULL)`)
@Check('ck_improvement_plan_frequency', `reporting_frequency IN ('quarterly', 'monthly')`)
export class ImprovementPlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_improvement_plan' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_improvement_plan_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => InspectionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_improvement_plan_inspection' })
  inspection?: InspectionEntity;

  /** Short reference unique in the authority, e.g. HALTON-JAR-2008. */
  @Column({ type: 'varchar', length: 40 })
  reference: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: PlanStatus;

  /** The committee that endorsed it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  endorsedBy: string | null;

  @Column({ type: 'date', nullable: true })
  endorsedOn: string | null;

  @Column({ type: 'date' })
  startDate: string;

  /** When the authority received the inspection report: starts the statutory clock. */
  @Column({ type: 'date', nullable: true })
  reportReceivedOn: string | null;

  /** When the plan was sent to the inspectorate: the day a statutory deadline was met, apart from its endorsement. */
  @Column({ type: 'date', nullable: true })
  sentToInspectorateOn: string | null;

  /** When a draft of the plan was shared with the inspectorate, where the framework asks for one first (a focused visit with priority actions). */
  @Column({ type: 'date', nullable: true })
  draftSentOn: string | null;

  @Column({ type: 'varchar', length: 20, default: 'quarterly' })
  reportingFrequency: string;

  @OneToMany(() => ActionEntity, (action) => action.plan)
  actions?: ActionEntity[];

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
