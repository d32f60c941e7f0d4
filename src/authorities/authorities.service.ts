import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { type AuthorityDto, toAuthorityDto } from './authorities.dto';
import { AuthoritiesRepository } from './authorities.repository';

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
}
