import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { FREQUENCIES, type FrequencyKey, POLARITIES, type Polarity, sqlList } from '../domain/vocabulary';

/**
 * A measure. National catalogue entries have no authority; an authority's local indicators
 * carry its id. Codes are unique within the catalogue and within each authority.
 */
@Entity('indicator')
@Index('uq_indicator_national_code', ['code'], { unique: true, where: 'authority_id IS NULL' })
@Index('uq_indicator_local_code', ['authorityId', 'code'], { unique: true, where: 'authority_id IS NOT NULL' })
@Check('ck_indicator_polarity', `polarity IN (${sqlList(POLARITIES)})`)
@Check('ck_indicator_frequency', `frequency IN (${sqlList(FREQUENCIES)})`)
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_indicator' })
  id: string;

  /** Null for the national catalogue. */
  @Column({ type: 'uuid', nullable: true })
  authorityId: string | null;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_indicator_authority' })
  authority?: AuthorityEntity | null;

  /** NI 117, or a local code. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'varchar', length: 20 })
  polarity: Polarity;

  @Column({ type: 'varchar', length: 20 })
  frequency: FrequencyKey;

  /** What is counted, in a sentence; the national children's social care measures ship with one. */
  @Column({ type: 'text', nullable: true })
  definition: string | null;

  /** Where the definition was checked. */
  @Column({ type: 'text' })
  source: string;
}
