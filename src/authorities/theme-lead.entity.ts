import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AuthorityEntity } from './authority.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Who leads a theme (an Every Child Matters outcome or a judgement area) for an authority, as in
 * Harrow's Theme → Lead table. Used to suggest owners for new actions.
 */
@Entity('theme_lead')
@Unique('uq_theme_lead_theme', ['authorityId', 'theme'])
export class ThemeLeadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_theme_lead' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_theme_lead_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'varchar', length: 80 })
  theme: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_theme_lead_user' })
  user?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  leadName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  leadTitle: string | null;

  @Column({ type: 'uuid', nullable: true })
  partnerOrganisationId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_theme_lead_partner_organisation' })
  partnerOrganisation?: PartnerOrganisationEntity | null;
}
