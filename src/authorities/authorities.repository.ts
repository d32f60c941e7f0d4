import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, Not, QueryFailedError, type Repository } from 'typeorm';
import { ActionEntity } from '../plans/action.entity';
import { AuthorityEntity } from './authority.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';
import { ThemeLeadEntity } from './theme-lead.entity';
import { UserEntity } from '../users/user.entity';

/** What still refers to a partner organisation. */
export interface PartnerUsage {
  actions: number;
  users: number;
  themeLeads: number;
}

@Injectable()
export class AuthoritiesRepository {
  private readonly authorities: Repository<AuthorityEntity>;
  private readonly partners: Repository<PartnerOrganisationEntity>;
  private readonly themeLeads: Repository<ThemeLeadEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.authorities = dataSource.getRepository(AuthorityEntity);
    this.partners = dataSource.getRepository(PartnerOrganisationEntity);
    this.themeLeads = dataSource.getRepository(ThemeLeadEntity);
  }

  /** A caller sees only their own authority. */
  list(authorityId: string): Promise<AuthorityEntity[]> {
    return this.authorities.find({ where: { id: authorityId } });
  }

  findById(authorityId: string, id: string): Promise<AuthorityEntity | null> {
    return id === authorityId ? this.authorities.findOneBy({ id }) : Promise.resolve(null);
  }

  /** The authority's logo, with its type; null when it has none. */
  async logoOf(authorityId: string): Promise<{ bytes: Buffer; mediaType: string } | null> {
    const row = await this.authorities
      .createQueryBuilder('authority')
      .addSelect('authority.logo')
      .where('authority.id = :authorityId', { authorityId })
      .getOne();
    return row?.logo && row.logoMediaType ? { bytes: row.logo, mediaType: row.logoMediaType } : null;
  }

  /**
   * Changes the authority in one transaction, its row locked while `change` runs (it may throw to
   * refuse); null when there is no such authority.
   */
  change(authorityId: string, change: (authority: AuthorityEntity) => void): Promise<AuthorityEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const authority = await manager
        .getRepository(AuthorityEntity)
        .findOne({ where: { id: authorityId }, lock: { mode: 'pessimistic_write' } });
      if (!authority) return null;
      change(authority);
      return manager.save(authority);
    });
  }

  /** How many themes have a lead. */
  countThemeLeads(authorityId: string): Promise<number> {
    return this.themeLeads.countBy({ authorityId });
  }

  /** The authority's partner organisations, by name. */
  partnersOf(authorityId: string): Promise<PartnerOrganisationEntity[]> {
    return this.partners.find({ where: { authorityId }, order: { name: 'ASC' } });
  }

  /** Who leads each theme, with the user and partner they are, by theme. */
  themeLeadsOf(authorityId: string): Promise<ThemeLeadEntity[]> {
    return this.themeLeads.find({
      where: { authorityId },
      relations: { user: true, partnerOrganisation: true },
      order: { theme: 'ASC' },
    });
  }

  findPartner(authorityId: string, id: string): Promise<PartnerOrganisationEntity | null> {
    return this.partners.findOneBy({ authorityId, id });
  }

  /** Whether another of the authority's partners has this name, whatever its case. */
  partnerNameTaken(authorityId: string, name: string, exceptId?: string): Promise<boolean> {
    return this.partners
      .createQueryBuilder('partner')
      .where('partner.authorityId = :authorityId AND lower(partner.name) = lower(:name)', { authorityId, name })
      .andWhere(exceptId ? 'partner.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
  }

  /** Saves a new or changed partner; `'taken'` when the name was taken meanwhile. */
  async savePartner(partner: Partial<PartnerOrganisationEntity>): Promise<PartnerOrganisationEntity | 'taken'> {
    try {
      return await this.partners.save(this.partners.create(partner));
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  partnerUsage(authorityId: string, id: string): Promise<PartnerUsage> {
    return usageOf(this.dataSource.manager, authorityId, id);
  }

  /**
   * Removes the partner unless `refuse` throws on seeing what still uses it. The partner row is
   * locked first, so nothing can start to use it between the count and the removal.
   */
  removePartner(
    authorityId: string,
    id: string,
    refuse: (partner: PartnerOrganisationEntity | null, usage: PartnerUsage) => void,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await manager
        .getRepository(PartnerOrganisationEntity)
        .findOne({ where: { authorityId, id }, lock: { mode: 'pessimistic_write' } });
      const usage = partner ? await usageOf(manager, authorityId, id) : { actions: 0, users: 0, themeLeads: 0 };
      refuse(partner, usage);
      if (partner) await manager.remove(partner);
    });
  }

  findThemeLead(authorityId: string, id: string): Promise<ThemeLeadEntity | null> {
    return this.themeLeads.findOne({
      where: { authorityId, id },
      relations: { user: true, partnerOrganisation: true },
    });
  }

  themeTaken(authorityId: string, theme: string, exceptId?: string): Promise<ThemeLeadEntity | null> {
    return this.themeLeads.findOneBy({ authorityId, theme, ...(exceptId ? { id: Not(exceptId) } : {}) });
  }

  userExists(authorityId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ authorityId, id });
  }

  partnerExists(authorityId: string, id: string): Promise<boolean> {
    return this.partners.existsBy({ authorityId, id });
  }

  /** Saves a new or changed theme lead; `'taken'` when the theme got a lead meanwhile. */
  async saveThemeLead(lead: Partial<ThemeLeadEntity>): Promise<ThemeLeadEntity | 'taken'> {
    try {
      return await this.themeLeads.save(this.themeLeads.create(lead));
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  async removeThemeLead(lead: ThemeLeadEntity): Promise<void> {
    await this.themeLeads.remove(lead);
  }
}

async function usageOf(manager: EntityManager, authorityId: string, id: string): Promise<PartnerUsage> {
  // One after another: inside a transaction the manager holds a single connection.
  const actions = await manager.getRepository(ActionEntity).countBy({ authorityId, leadPartnerId: id });
  const users = await manager.getRepository(UserEntity).countBy({ authorityId, partnerOrganisationId: id });
  const themeLeads = await manager.getRepository(ThemeLeadEntity).countBy({ authorityId, partnerOrganisationId: id });
  return { actions, users, themeLeads };
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code, driverError } = error as QueryFailedError & { code?: string; driverError?: { code?: string } };
  return code === '23505' || driverError?.code === '23505';
}
