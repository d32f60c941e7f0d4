import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PARTNER_KINDS, type PartnerKind, sqlList } from '../domain/vocabulary';
import { AuthorityEntity } from './authority.entity';

/** An agency in the authority's partnership: a council directorate, the PCT, the police, … */
@Entity('partner_organisation')
@Unique('uq_partner_organisation_name', ['authorityId', 'name'])
@Check('ck_partner_organisation_kind', `kind IN (${sqlList(PARTNER_KINDS)})`)
export class PartnerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_organisation' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_partner_organisation_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PartnerKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
