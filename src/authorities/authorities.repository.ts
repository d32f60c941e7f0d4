import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { AuthorityEntity } from './authority.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';
import { ThemeLeadEntity } from './theme-lead.entity';

@Injectable()
export class AuthoritiesRepository {
  private readonly authorities: Repository<AuthorityEntity>;
  private readonly partners: Repository<PartnerOrganisationEntity>;
  private readonly themeLeads: Repository<ThemeLeadEntity>;

  constructor(dataSource: DataSource) {
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
}
