import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import {
  RECOMMENDATION_KINDS,
  type RecommendationKind,
  TIMESCALES,
  type Timescale,
  sqlList,
} from '../domain/vocabulary';
import { AuthorityEntity } from '../authorities/authority.entity';
import { InspectionEntity } from './inspection.entity';

/** A published recommendation, verbatim. Actions link to it; it is never rewritten. */
@Entity('recommendation')
@Unique('uq_recommendation_position', ['inspectionId', 'position'])
@Check('ck_recommendation_kind', `kind IS NULL OR kind IN (${sqlList(RECOMMENDATION_KINDS)})`)
@Check('ck_recommendation_timescale', `timescale IS NULL OR timescale IN (${sqlList(TIMESCALES)})`)
@Check('ck_recommendation_lines', 'line_from IS NULL OR line_to >= line_from')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_recommendation' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_recommendation_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => InspectionEntity, (inspection) => inspection.recommendations, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_recommendation_inspection' })
  inspection?: InspectionEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  /** As the source gives it; null when the source does not say. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  kind: RecommendationKind | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  timescale: Timescale | null;

  /** Listed under a focused visit's "Areas for priority action": the letter asks for a plan by a deadline. */
  @Column({ type: 'boolean', default: false })
  priorityAction: boolean;

  /** Whom the report addresses it to, when it splits them (the council, the safeguarding board). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  addressee: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  judgementAreaKey: string | null;

  @Column({ type: 'integer', nullable: true })
  lineFrom: number | null;

  @Column({ type: 'integer', nullable: true })
  lineTo: number | null;
}
