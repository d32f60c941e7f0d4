import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { type AuthorityDto, type UpdateThresholdsDto, toAuthorityDto } from './authorities.dto';
import { AuthorityEntity } from './authority.entity';
import { AuthoritiesRepository } from './authorities.repository';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';

@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly repository: AuthoritiesRepository,
    private readonly dataSource: DataSource,
  ) {}

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
    return this.dataSource.transaction(async (manager) => {
      const authority = await manager
        .getRepository(AuthorityEntity)
        .findOne({ where: { id: caller.authorityId }, lock: { mode: 'pessimistic_write' } });
      if (!authority || id !== caller.authorityId) throw DomainError.notFound('The authority');
      if (input.milestoneSlipLimitDays !== undefined) authority.milestoneSlipLimitDays = input.milestoneSlipLimitDays;
      if (input.progressLagLimitPoints !== undefined) authority.progressLagLimitPoints = input.progressLagLimitPoints;
      if (input.amberTolerancePercent !== undefined) authority.amberTolerancePercent = input.amberTolerancePercent;
      return toAuthorityDto(await manager.save(authority));
    });
  }
}
