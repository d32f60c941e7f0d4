import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type PartnerUsage, AuthoritiesRepository } from './authorities.repository';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';
import type { CreatePartnerDto, CreateThemeLeadDto, UpdatePartnerDto, UpdateThemeLeadDto } from './partnership.dto';
import type { ThemeLeadEntity } from './theme-lead.entity';
import { themeLabel } from './themes';

/**
 * An authority's partnership as its administrators keep it: the partner organisations, and who
 * leads each theme. A partner still named on an action, a user or a theme lead is never removed:
 * the database would quietly blank those references, and a board paper's "lead partner" with it.
 */
@Injectable()
export class PartnershipService {
  constructor(private readonly repository: AuthoritiesRepository) {}

  partners(authorityId: string): Promise<PartnerOrganisationEntity[]> {
    return this.repository.partnersOf(authorityId);
  }

  async partner(authorityId: string, id: string): Promise<PartnerOrganisationEntity> {
    const partner = await this.repository.findPartner(authorityId, id);
    if (!partner) throw DomainError.notFound('The partner organisation');
    return partner;
  }

  async addPartner(authorityId: string, input: CreatePartnerDto): Promise<PartnerOrganisationEntity> {
    const name = input.name.trim();
    await this.checkPartnerName(authorityId, name);
    return this.savedPartner(await this.repository.savePartner({ authorityId, name, kind: input.kind }), name);
  }

  async changePartner(authorityId: string, id: string, changes: UpdatePartnerDto): Promise<PartnerOrganisationEntity> {
    const partner = await this.partner(authorityId, id);
    const name = changes.name?.trim();
    if (name !== undefined && name !== partner.name) await this.checkPartnerName(authorityId, name, id);
    if (name !== undefined) partner.name = name;
    if (changes.kind !== undefined) partner.kind = changes.kind;
    return this.savedPartner(await this.repository.savePartner(partner), partner.name);
  }

  /** What still uses the partner, so a page can say so before anyone tries to remove it. */
  async partnerUsage(authorityId: string, id: string): Promise<PartnerUsage> {
    await this.partner(authorityId, id);
    return this.repository.partnerUsage(authorityId, id);
  }

  /** Removes a partner nothing uses; otherwise refuses, saying what still uses it. */
  async removePartner(authorityId: string, id: string): Promise<void> {
    await this.repository.removePartner(authorityId, id, (partner, usage) => {
      if (!partner) throw DomainError.notFound('The partner organisation');
      const uses = usageInWords(usage);
      if (uses) {
        throw new DomainError(
          ErrorCode.Conflict,
          `${partner.name} cannot be removed while it is ${uses}. Choose another partner for them first, ` +
            'or rename it if the organisation has changed its name.',
          { usage },
        );
      }
    });
  }

  themeLeads(authorityId: string): Promise<ThemeLeadEntity[]> {
    return this.repository.themeLeadsOf(authorityId);
  }

  async themeLead(authorityId: string, id: string): Promise<ThemeLeadEntity> {
    const lead = await this.repository.findThemeLead(authorityId, id);
    if (!lead) throw DomainError.notFound('The theme lead');
    return lead;
  }

  async addThemeLead(authorityId: string, input: CreateThemeLeadDto): Promise<ThemeLeadEntity> {
    const existing = await this.repository.themeTaken(authorityId, input.theme);
    if (existing) throw themeTaken(input.theme, existing.leadName);
    await this.checkPeople(authorityId, input.userId ?? null, input.partnerOrganisationId ?? null);
    const saved = await this.repository.saveThemeLead({
      authorityId,
      theme: input.theme,
      leadName: input.leadName.trim(),
      leadTitle: input.leadTitle?.trim() || null,
      userId: input.userId ?? null,
      partnerOrganisationId: input.partnerOrganisationId ?? null,
    });
    if (saved === 'taken') throw themeTaken(input.theme, null);
    return this.themeLead(authorityId, saved.id);
  }

  async changeThemeLead(authorityId: string, id: string, changes: UpdateThemeLeadDto): Promise<ThemeLeadEntity> {
    const lead = await this.themeLead(authorityId, id);
    await this.checkPeople(authorityId, changes.userId ?? null, changes.partnerOrganisationId ?? null);
    const saved = await this.repository.saveThemeLead({
      id: lead.id,
      authorityId,
      theme: lead.theme,
      leadName: changes.leadName?.trim() ?? lead.leadName,
      leadTitle: changes.leadTitle === undefined ? lead.leadTitle : changes.leadTitle?.trim() || null,
      userId: changes.userId === undefined ? lead.userId : changes.userId,
      partnerOrganisationId:
        changes.partnerOrganisationId === undefined ? lead.partnerOrganisationId : changes.partnerOrganisationId,
    });
    if (saved === 'taken') throw themeTaken(lead.theme, null);
    return this.themeLead(authorityId, id);
  }

  /** Nothing refers to a theme lead: without one, the breakdown simply suggests no owner for the theme. */
  async removeThemeLead(authorityId: string, id: string): Promise<void> {
    await this.repository.removeThemeLead(await this.themeLead(authorityId, id));
  }

  private async checkPartnerName(authorityId: string, name: string, exceptId?: string): Promise<void> {
    if (await this.repository.partnerNameTaken(authorityId, name, exceptId)) throw partnerTaken(name);
  }

  private savedPartner(saved: PartnerOrganisationEntity | 'taken', name: string): PartnerOrganisationEntity {
    if (saved === 'taken') throw partnerTaken(name);
    return saved;
  }

  private async checkPeople(authorityId: string, userId: string | null, partnerId: string | null): Promise<void> {
    const problems: { field: string; messages: string[] }[] = [];
    if (userId !== null && !(await this.repository.userExists(authorityId, userId))) {
      problems.push({ field: 'userId', messages: ['Not a user of this authority.'] });
    }
    if (partnerId !== null && !(await this.repository.partnerExists(authorityId, partnerId))) {
      problems.push({ field: 'partnerOrganisationId', messages: ['Not a partner organisation of this authority.'] });
    }
    if (problems.length) {
      throw new DomainError(
        ErrorCode.Invalid,
        problems.length === 1 ? problems[0].messages[0] : 'The user and partner must be this authority’s.',
        problems,
      );
    }
  }
}

function partnerTaken(name: string): DomainError {
  return new DomainError(ErrorCode.Conflict, `There is already a partner organisation called ${name}.`, [
    { field: 'name', messages: [`There is already a partner organisation called ${name}.`] },
  ]);
}

function themeTaken(theme: string, leadName: string | null): DomainError {
  const message = `${themeLabel(theme)} already has a lead${leadName ? `, ${leadName}` : ''}: change that lead instead.`;
  return new DomainError(ErrorCode.Conflict, message, [{ field: 'theme', messages: [message] }]);
}

/** "the lead partner of 3 actions and the organisation of 1 user", or '' when nothing uses it. */
export function usageInWords(usage: PartnerUsage): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const uses = [
    usage.actions ? `the lead partner of ${count(usage.actions, 'action', 'actions')}` : '',
    usage.users ? `the organisation of ${count(usage.users, 'user', 'users')}` : '',
    usage.themeLeads ? `the organisation of ${count(usage.themeLeads, 'theme lead', 'theme leads')}` : '',
  ].filter(Boolean);
  return uses.length <= 1 ? (uses[0] ?? '') : `${uses.slice(0, -1).join(', ')} and ${uses[uses.length - 1]}`;
}
