import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A council: the tenant every other row belongs to. Thresholds drive its RAG rules. */
@Entity('authority')
@Unique('uq_authority_ons_code', ['onsCode'])
@Check('ck_authority_slip_limit', 'milestone_slip_limit_days >= 0')
@Check('ck_authority_lag_limit', 'progress_lag_limit_points BETWEEN 0 AND 100')
@Check('ck_authority_amber_tolerance', 'amber_tolerance_percent >= 0')
@Check('ck_authority_reporting_frequency', "reporting_frequency IN ('quarterly', 'monthly')")
@Check('ck_authority_logo', '(logo IS NULL) = (logo_media_type IS NULL)')
export class AuthorityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_authority' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** ONS code, e.g. E06000006. */
  @Column({ type: 'varchar', length: 9 })
  onsCode: string;

  @Column({ type: 'varchar', length: 100 })
  region: string;

  @Column({ type: 'integer', default: 30 })
  milestoneSlipLimitDays: number;

  @Column({ type: 'integer', default: 25 })
  progressLagLimitPoints: number;

  @Column({ type: 'numeric', precision: 6, scale: 2, default: 5 })
  amberTolerancePercent: string;

  /** Folder name under report-templates/. */
  @Column({ type: 'varchar', length: 60, default: 'executive-board' })
  houseStyle: string;

  /** Committees a board paper usually goes to, first the usual one: offered on the paper's front sheet. */
  @Column({ type: 'jsonb', nullable: true })
  committees: string[] | null;

  /** Reporting officers a paper is usually from, first the usual one. */
  @Column({ type: 'jsonb', nullable: true })
  reportingOfficers: string[] | null;

  /** The council's logo for papers' front sheets: a PNG or JPEG. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo?: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  logoMediaType: string | null;

  /** How often a new plan asks for progress, unless the plan says otherwise. */
  @Column({ type: 'varchar', length: 10, default: 'quarterly' })
  reportingFrequency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
