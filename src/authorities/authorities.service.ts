import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import {
  type AuthorityDto,
  type UpdateAuthorityDto,
  type UpdateThresholdsDto,
  toAuthorityDto,
} from './authorities.dto';
import { frontSheetNames, frontSheetNamesProblem, logoMediaType, logoProblem } from './council-settings';
import { AuthoritiesRepository } from './authorities.repository';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';

const LOGO_PROBLEM_CODES = {
  missing: ErrorCode.Invalid,
  too_large: ErrorCode.TooLarge,
  not_an_image: ErrorCode.UnsupportedMediaType,
} as const;

@Injectable()
export class AuthoritiesService {
  constructor(private readonly repository: AuthoritiesRepository) {}

  async list(caller: Caller): Promise<AuthorityDto[]> {
    return (await this.repository.list(caller.authorityId)).map(toAuthorityDto);
  }

  async get(caller: Caller, id: string): Promise<AuthorityDto> {
    const authority = await this.repository.findById(caller.authorityId, id);
    if (!authority) throw DomainError.notFound('The authority');
    return toAuthorityDto(authority);
  }

  /** The caller's authority's partner organisations. */
  partners(caller: Caller): Promise<PartnerOrganisationEntity[]> {
    return this.repository.partnersOf(caller.authorityId);
  }

  async updateThresholds(caller: Caller, id: string, input: UpdateThresholdsDto): Promise<AuthorityDto> {
    const tolerance = input.amberTolerancePercent === undefined ? undefined : Number(input.amberTolerancePercent);
    if (tolerance !== undefined && !(tolerance >= 0 && tolerance <= 100)) {
      throw new DomainError(ErrorCode.Invalid, 'amberTolerancePercent must be from 0 to 100.', [
        { field: 'amberTolerancePercent', messages: ['amberTolerancePercent must be from 0 to 100.'] },
      ]);
    }
    if (id !== caller.authorityId) throw DomainError.notFound('The authority');
    const changed = await this.repository.change(caller.authorityId, (authority) => {
      if (input.milestoneSlipLimitDays !== undefined) authority.milestoneSlipLimitDays = input.milestoneSlipLimitDays;
      if (input.progressLagLimitPoints !== undefined) authority.progressLagLimitPoints = input.progressLagLimitPoints;
      if (input.amberTolerancePercent !== undefined) authority.amberTolerancePercent = input.amberTolerancePercent;
    });
    if (!changed) throw DomainError.notFound('The authority');
    return toAuthorityDto(changed);
  }

  /** The council's name, house style, reporting frequency and front-sheet defaults. */
  async updateSettings(caller: Caller, id: string, input: UpdateAuthorityDto): Promise<AuthorityDto> {
    if (id !== caller.authorityId) throw DomainError.notFound('The authority');
    const committees = input.committees === undefined ? undefined : frontSheetNames(input.committees);
    const officers = input.reportingOfficers === undefined ? undefined : frontSheetNames(input.reportingOfficers);
    for (const [field, names, what] of [
      ['committees', committees, 'committees'],
      ['reportingOfficers', officers, 'officers'],
    ] as const) {
      const problem = names && frontSheetNamesProblem(names, what);
      if (problem) throw DomainError.invalid(problem, field);
    }
    const name = input.name?.trim().replace(/\s+/g, ' ');
    if (input.name !== undefined && !name) throw DomainError.invalid('Enter the council’s name.', 'name');
    const saved = await this.repository.change(caller.authorityId, (authority) => {
      if (name !== undefined) authority.name = name;
      if (input.houseStyle !== undefined) authority.houseStyle = input.houseStyle;
      if (input.reportingFrequency !== undefined) authority.reportingFrequency = input.reportingFrequency;
      if (committees !== undefined) authority.committees = committees;
      if (officers !== undefined) authority.reportingOfficers = officers;
    });
    if (!saved) throw DomainError.notFound('The authority');
    return toAuthorityDto(saved);
  }

  /** A PNG or JPEG for papers' front sheets, checked by its first bytes and its size. */
  async setLogo(caller: Caller, id: string, bytes: Buffer | undefined): Promise<AuthorityDto> {
    if (id !== caller.authorityId) throw DomainError.notFound('The authority');
    const problem = logoProblem(bytes ?? Buffer.alloc(0));
    if (problem) {
      throw new DomainError(LOGO_PROBLEM_CODES[problem.kind], problem.message, [
        { field: 'logo', messages: [problem.message] },
      ]);
    }
    const saved = await this.repository.change(caller.authorityId, (authority) => {
      authority.logo = bytes as Buffer;
      authority.logoMediaType = logoMediaType(bytes as Buffer);
    });
    if (!saved) throw DomainError.notFound('The authority');
    return toAuthorityDto(saved);
  }

  async removeLogo(caller: Caller, id: string): Promise<AuthorityDto> {
    if (id !== caller.authorityId) throw DomainError.notFound('The authority');
    const saved = await this.repository.change(caller.authorityId, (authority) => {
      authority.logo = null;
      authority.logoMediaType = null;
    });
    if (!saved) throw DomainError.notFound('The authority');
    return toAuthorityDto(saved);
  }

  async logo(caller: Caller, id: string): Promise<{ bytes: Buffer; mediaType: string }> {
    const logo = id === caller.authorityId ? await this.repository.logoOf(id) : null;
    if (!logo) throw DomainError.notFound('The logo');
    return logo;
  }

  /** How many themes have a lead, for the settings page. */
  themeLeadCount(caller: Caller): Promise<number> {
    return this.repository.countThemeLeads(caller.authorityId);
  }
}
