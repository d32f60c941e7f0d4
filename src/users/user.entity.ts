import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ROLES, type Role, sqlList } from '../domain/vocabulary';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';

/** A person who signs in. Email is unique across the whole installation, case-insensitively. */
@Entity('app_user')
@Index('uq_app_user_email', { synchronize: false })
@Index('ix_app_user_authority', ['authorityId'])
@Check('ck_app_user_role', `role IN (${sqlList(ROLES)})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id: string;

  @Column({ type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => AuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_app_user_authority' })
  authority?: AuthorityEntity;

  @Column({ type: 'uuid', nullable: true })
  partnerOrganisationId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_app_user_partner_organisation' })
  partnerOrganisation?: PartnerOrganisationEntity | null;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** argon2id; null until a password is set. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
