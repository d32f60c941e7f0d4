import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { AuthorityEntity } from './authority.entity';

@Injectable()
export class AuthoritiesRepository {
  private readonly authorities: Repository<AuthorityEntity>;

  constructor(dataSource: DataSource) {
    this.authorities = dataSource.getRepository(AuthorityEntity);
  }

  /** A caller sees only their own authority. */
  list(authorityId: string): Promise<AuthorityEntity[]> {
    return this.authorities.find({ where: { id: authorityId } });
  }

  findById(authorityId: string, id: string): Promise<AuthorityEntity | null> {
    return id === authorityId ? this.authorities.findOneBy({ id }) : Promise.resolve(null);
  }
}
