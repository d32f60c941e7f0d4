import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthorityEntity } from './authority.entity';
import { SetupTokenEntity } from './setup-token.entity';
import { UserEntity } from '../users/user.entity';

/** What a new authority's set-up must be checked against, read under the set-up lock. */
export interface SetupState {
  authorities: number;
  /** The set-up link's token, locked; null when none was given or none has that hash. */
  token: SetupTokenEntity | null;
  onsCodeTaken: boolean;
  emailTaken: boolean;
}

/** Set-up of an authority and its first administrator, one at a time across every instance. */
const SETUP_LOCK = 'improvement-tracker: set up an authority';

@Injectable()
export class SetupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasAnyAuthority(): Promise<boolean> {
    return (await this.dataSource.getRepository(AuthorityEntity).count()) > 0;
  }

  async insertToken(tokenHash: string, expiresAt: Date): Promise<void> {
    const tokens = this.dataSource.getRepository(SetupTokenEntity);
    await tokens.save(tokens.create({ tokenHash, expiresAt, usedAt: null }));
  }

  findToken(tokenHash: string): Promise<SetupTokenEntity | null> {
    return this.dataSource.getRepository(SetupTokenEntity).findOneBy({ tokenHash });
  }

  /**
   * Adds the authority and its administrator, and marks the set-up link used, in one
   * transaction, unless `refuse` throws on the state it is shown. Set-ups are serialised by an
   * advisory lock, so two at once cannot both see an empty installation or a free ONS code.
   */
  createAuthority(
    authority: Partial<AuthorityEntity>,
    admin: Partial<UserEntity>,
    tokenHash: string | null,
    refuse: (state: SetupState) => void,
  ): Promise<{ authority: AuthorityEntity; admin: UserEntity }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SETUP_LOCK]);
      const authorities = manager.getRepository(AuthorityEntity);
      const tokens = manager.getRepository(SetupTokenEntity);
      const token = tokenHash
        ? await tokens.findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } })
        : null;
      const state: SetupState = {
        authorities: await authorities.count(),
        token,
        onsCodeTaken: await authorities
          .createQueryBuilder('authority')
          .where('upper(authority.onsCode) = upper(:code)', { code: authority.onsCode })
          .getExists(),
        emailTaken: await manager
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .where('lower(user.email) = lower(:email)', { email: admin.email })
          .getExists(),
      };
      refuse(state);
      const savedAuthority = await authorities.save(authorities.create(authority));
      const users = manager.getRepository(UserEntity);
      const savedAdmin = await users.save(users.create({ ...admin, authorityId: savedAuthority.id }));
      if (token) {
        token.usedAt = new Date();
        await tokens.save(token);
      }
      return { authority: savedAuthority, admin: savedAdmin };
    });
  }
}
