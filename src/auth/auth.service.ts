import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type Caller, currentContext, runWithContext } from '../common/request-context';
import type { UserEntity } from '../users/user.entity';
import type { AccessTokenEntity } from './access-token.entity';
import { AuthRepository } from './auth.repository';
import { lockoutAddress } from './client-address';
import { PasswordHasher } from './password-hasher';
import { newSecret, sha256 } from '../common/secrets';

/**
 * Failed sign-ins, within the window, that lock an account from the address they came from, or
 * an address from every account. The account is locked only from that address, so a stranger who
 * fails on purpose cannot keep its owner out.
 */
export const LOCKOUT = { accountFailures: 5, addressFailures: 20, windowMinutes: 15 } as const;
export const SESSION_LIFETIME = { idleMinutes: 60, absoluteHours: 12 } as const;
export const TOKEN_PREFIX = 'itk_';
export const TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

const MINUTE = 60_000;
const WRONG_CREDENTIALS = 'The email address or password is not right.';

export interface SignInRequest {
  email: string;
  password: string;
  ipAddress: string;
  userAgent?: string;
}

export interface NewToken {
  token: AccessTokenEntity;
  /** The token itself: shown once, never stored. */
  value: string;
}

/**
 * Proves who a caller is: passwords (with lock-out), sessions for browsers and personal access
 * tokens for scripts.
 */
@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so a wrong email takes as long as a wrong password. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly repository: AuthRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Checks a password, counting failures towards the lock-out. Returns the user when right. */
  async verifyPassword(request: SignInRequest): Promise<UserEntity> {
    const email = request.email.trim().toLowerCase();
    const address = lockoutAddress(request.ipAddress);
    await this.refuseIfLockedOut(email, address);
    const user = await this.repository.findUserByEmail(email);
    const hash = user?.passwordHash ?? (await this.dummy());
    const right = (await this.hasher.verify(hash, request.password)) && user !== null && user.passwordHash !== null;
    await this.repository.recordAttempt(email, address, right);
    if (!right || !user) throw new DomainError(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
    if (!user.active) {
      throw new DomainError(ErrorCode.Forbidden, 'This account has been disabled. Ask an administrator to enable it.');
    }
    return user;
  }

  /** Signs in with a password and starts a new session; returns the cookie value. */
  async signIn(request: SignInRequest): Promise<{ sessionToken: string; caller: Caller }> {
    const user = await this.verifyPassword(request);
    const { value, hash } = newSecret();
    const now = new Date();
    const session = await this.repository.createSession({
      tokenHash: hash,
      userId: user.id,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME.absoluteHours * 60 * MINUTE),
      ipAddress: request.ipAddress.slice(0, 64),
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    const caller = await this.callerFor(user.id, 'session', session.id);
    if (!caller) throw new DomainError(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
    return { sessionToken: value, caller };
  }

  /** Ends the session a browser held before signing in again (unless it is `keepHash`'s). */
  async endSessionByToken(sessionToken: string, keepHash: string): Promise<void> {
    const hash = sha256(sessionToken);
    if (hash === keepHash) return;
    const session = await this.repository.findSessionByTokenHash(hash);
    if (session) await this.repository.deleteSession(session.id);
  }

  async signOut(caller: Caller): Promise<void> {
    if (caller.via === 'session') await this.repository.deleteSession(caller.credentialId);
  }

  /** The caller behind a session cookie, or null when it is unknown, expired or its user disabled. */
  async authenticateSession(sessionToken: string): Promise<Caller | null> {
    const session = await this.repository.findSessionByTokenHash(sha256(sessionToken));
    if (!session) return null;
    const now = new Date();
    const idleLimit = new Date(session.lastSeenAt.getTime() + SESSION_LIFETIME.idleMinutes * MINUTE);
    if (now > session.expiresAt || now > idleLimit) {
      await this.repository.deleteSession(session.id);
      return null;
    }
    const caller = await this.callerFor(session.userId, 'session', session.id);
    if (!caller) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > MINUTE) await this.repository.touchSession(session.id, now);
    return caller;
  }

  /** The caller behind a bearer token, or null when it is unknown, expired, revoked or its user disabled. */
  async authenticateToken(bearer: string): Promise<Caller | null> {
    if (!bearer.startsWith(TOKEN_PREFIX)) return null;
    const token = await this.repository.findTokenByHash(sha256(bearer));
    const now = new Date();
    if (!token || token.revokedAt !== null || token.expiresAt <= now) return null;
    const caller = await this.callerFor(token.userId, 'token', token.id);
    if (!caller) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > MINUTE) {
      await this.repository.markTokenUsed(token.id, now);
    }
    return caller;
  }

  /** A new personal access token for the user, valid for `days` days. */
  async createToken(user: { id: string; authorityId: string }, name: string, days: number): Promise<NewToken> {
    const { value, hash } = newSecret(TOKEN_PREFIX);
    const token = await this.repository.createToken({
      authorityId: user.authorityId,
      userId: user.id,
      name: name.trim(),
      tokenHash: hash,
      prefix: value.slice(0, 12),
      expiresAt: new Date(Date.now() + days * 24 * 60 * MINUTE),
    });
    return { token, value };
  }

  /** Signs in with a password and returns a token at once (scripts and report tools). */
  async createTokenWithPassword(request: SignInRequest, name: string, days: number): Promise<NewToken> {
    const user = await this.verifyPassword(request);
    // The user has just proved who they are: the new token is theirs in the audit trail too.
    const caller = await this.callerFor(user.id, 'token', 'password');
    return runWithContext({ requestId: currentContext()?.requestId ?? null, caller }, () =>
      this.createToken(user, name, days),
    );
  }

  tokensOf(caller: Caller): Promise<AccessTokenEntity[]> {
    return this.repository.tokensOf(caller.userId);
  }

  /** Revokes one of the caller's own tokens. Anyone else's answers 404. */
  async revokeToken(caller: Caller, tokenId: string): Promise<AccessTokenEntity> {
    const token = await this.repository.findTokenOf(caller.userId, tokenId);
    if (!token) throw DomainError.notFound('The access token');
    if (token.revokedAt !== null) return token;
    return this.repository.revokeToken(token, new Date());
  }

  /** The caller a session or token stands for, or null when its user is gone or disabled. */
  async callerFor(userId: string, via: Caller['via'], credentialId: string): Promise<Caller | null> {
    const found = await this.repository.findUserById(userId);
    if (!found || !found.user.active) return null;
    return {
      userId: found.user.id,
      authorityId: found.user.authorityId,
      authorityName: found.authorityName,
      role: found.user.role,
      email: found.user.email,
      displayName: found.user.displayName,
      via,
      credentialId,
    };
  }

  private async refuseIfLockedOut(email: string, ipAddress: string): Promise<void> {
    const since = new Date(Date.now() - LOCKOUT.windowMinutes * MINUTE);
    const [accountFailures, addressFailures] = await Promise.all([
      this.repository.countFailures({ email, ipAddress }, since),
      this.repository.countFailures({ ipAddress }, since),
    ]);
    const lockedBy =
      accountFailures >= LOCKOUT.accountFailures
        ? { email, ipAddress }
        : addressFailures >= LOCKOUT.addressFailures
          ? { ipAddress }
          : null;
    if (!lockedBy) return;
    const latest = (await this.repository.latestFailure(lockedBy)) ?? new Date();
    const minutes = Math.max(1, Math.ceil((latest.getTime() + LOCKOUT.windowMinutes * MINUTE - Date.now()) / MINUTE));
    throw new DomainError(
      ErrorCode.TooManyRequests,
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds: minutes * 60 },
    );
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(newSecret().value);
    return this.dummyHash;
  }
}
