import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, MoreThan } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AccessTokenEntity } from './access-token.entity';
import { SessionEntity } from './session.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export interface UserWithAuthority {
  user: UserEntity;
  authorityName: string;
}

/** Sessions, tokens and sign-in attempts. */
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One query: every signed-in request asks it. */
  async findUserById(id: string): Promise<UserWithAuthority | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id }, relations: { authority: true } });
    if (!user?.authority) return null;
    return { user, authorityName: user.authority.name };
  }

  /** Any authority's user: sign-in finds people by email alone. */
  findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  countFailures(by: { email?: string; ipAddress?: string }, since: Date): Promise<number> {
    return this.dataSource.getRepository(SignInAttemptEntity).countBy({
      ...(by.email !== undefined ? { email: by.email } : {}),
      ...(by.ipAddress !== undefined ? { ipAddress: by.ipAddress } : {}),
      succeeded: false,
      attemptedAt: MoreThan(since),
    });
  }

  /** The latest failure counted towards a lock-out, to say when it ends. */
  async latestFailure(by: { email?: string; ipAddress?: string }): Promise<Date | null> {
    const attempt = await this.dataSource.getRepository(SignInAttemptEntity).findOne({
      where: { ...by, succeeded: false },
      order: { attemptedAt: 'DESC' },
    });
    return attempt?.attemptedAt ?? null;
  }

  async recordAttempt(email: string, ipAddress: string, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).insert({ email, ipAddress, succeeded });
  }

  async createSession(
    session: Pick<SessionEntity, 'tokenHash' | 'userId' | 'lastSeenAt' | 'expiresAt' | 'ipAddress' | 'userAgent'>,
  ): Promise<SessionEntity> {
    return this.dataSource
      .getRepository(SessionEntity)
      .save(this.dataSource.getRepository(SessionEntity).create(session));
  }

  findSessionByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.dataSource.getRepository(SessionEntity).findOneBy({ tokenHash });
  }

  async touchSession(id: string, lastSeenAt: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ lastSeenAt })
      .where({ id })
      .callListeners(false)
      .execute();
  }

  async deleteSession(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id });
  }

  async deleteSessionsOf(userId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ userId });
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
  }

  createToken(
    token: Pick<AccessTokenEntity, 'authorityId' | 'userId' | 'name' | 'tokenHash' | 'prefix' | 'expiresAt'>,
  ): Promise<AccessTokenEntity> {
    const tokens = this.dataSource.getRepository(AccessTokenEntity);
    return tokens.save(tokens.create({ ...token, lastUsedAt: null, revokedAt: null }));
  }

  findTokenByHash(tokenHash: string): Promise<AccessTokenEntity | null> {
    return this.dataSource.getRepository(AccessTokenEntity).findOneBy({ tokenHash });
  }

  tokensOf(userId: string): Promise<AccessTokenEntity[]> {
    return this.dataSource.getRepository(AccessTokenEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  findTokenOf(userId: string, id: string): Promise<AccessTokenEntity | null> {
    return this.dataSource.getRepository(AccessTokenEntity).findOneBy({ id, userId });
  }

  /** Not audited: when a token was last used is bookkeeping, not a change of user data. */
  async markTokenUsed(id: string, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(AccessTokenEntity)
      .set({ lastUsedAt: at })
      .where({ id })
      .callListeners(false)
      .execute();
  }

  async revokeToken(token: AccessTokenEntity, at: Date): Promise<AccessTokenEntity> {
    token.revokedAt = at;
    return this.dataSource.getRepository(AccessTokenEntity).save(token);
  }

  activeTokenCount(userId: string, now: Date): Promise<number> {
    return this.dataSource
      .getRepository(AccessTokenEntity)
      .countBy({ userId, revokedAt: IsNull(), expiresAt: MoreThan(now) });
  }
}
