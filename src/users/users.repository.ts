import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AccessTokenEntity } from '../auth/access-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { AuthorityEntity } from '../authorities/authority.entity';
import { PartnerOrganisationEntity } from '../authorities/partner-organisation.entity';
import { UserEntity } from './user.entity';

/** Users of one authority: every read and write is scoped by the authority id it is given. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(authorityId: string): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({
      where: { authorityId },
      relations: { partnerOrganisation: true },
      order: { displayName: 'ASC' },
    });
  }

  findById(authorityId: string, id: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { authorityId, id }, relations: { partnerOrganisation: true } });
  }

  emailTaken(email: string): Promise<boolean> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getExists();
  }

  partnerExists(authorityId: string, partnerOrganisationId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(PartnerOrganisationEntity)
      .existsBy({ authorityId, id: partnerOrganisationId });
  }

  /** An authority by its ONS code or exact name, for the command line. */
  findAuthority(key: string): Promise<AuthorityEntity | null> {
    return this.dataSource
      .getRepository(AuthorityEntity)
      .createQueryBuilder('authority')
      .where('upper(authority.onsCode) = upper(:key) OR lower(authority.name) = lower(:key)', { key })
      .getOne();
  }

  /** Any authority's user: the command line finds people by email alone (sign-in asks AuthRepository). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  async insert(user: Partial<UserEntity>): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    return users.save(users.create(user));
  }

  /**
   * Saves the user in one transaction with what the change takes away: `endSessions` signs them
   * out everywhere; `revokeTokens` revokes every access token still in use (each revocation is
   * saved, so the audit trail records it).
   */
  save(user: UserEntity, ends: { endSessions?: boolean; revokeTokens?: boolean } = {}): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(UserEntity, user);
      if (ends.endSessions) await manager.delete(SessionEntity, { userId: user.id });
      if (ends.revokeTokens) {
        const now = new Date();
        const tokens = await manager.findBy(AccessTokenEntity, {
          userId: user.id,
          revokedAt: IsNull(),
          expiresAt: MoreThan(now),
        });
        for (const token of tokens) token.revokedAt = now;
        await manager.save(AccessTokenEntity, tokens);
      }
      return saved;
    });
  }
}
