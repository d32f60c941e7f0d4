import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { passwordProblem } from '../auth/password-policy';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Role } from '../domain/vocabulary';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  partnerOrganisationId?: string | null;
  password: string;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  partnerOrganisationId?: string | null;
  active?: boolean;
}

/** Users of an authority: added, changed, disabled and given new passwords by its administrators. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  list(authorityId: string): Promise<UserEntity[]> {
    return this.repository.list(authorityId);
  }

  async get(authorityId: string, id: string): Promise<UserEntity> {
    const user = await this.repository.findById(authorityId, id);
    if (!user) throw DomainError.notFound('The user');
    return user;
  }

  async add(authorityId: string, user: NewUser): Promise<UserEntity> {
    const email = user.email.trim();
    if (await this.repository.emailTaken(email)) {
      throw new DomainError(ErrorCode.Conflict, `There is already an account for ${email}.`);
    }
    await this.checkPartner(authorityId, user.partnerOrganisationId ?? null);
    const problem = passwordProblem(user.password, email);
    if (problem) throw new DomainError(ErrorCode.Invalid, problem, [{ field: 'password', messages: [problem] }]);
    const created = await this.repository.insert({
      authorityId,
      email,
      displayName: user.displayName.trim(),
      role: user.role,
      partnerOrganisationId: user.partnerOrganisationId ?? null,
      passwordHash: await this.hasher.hash(user.password),
      active: true,
    });
    return this.get(authorityId, created.id);
  }

  /**
   * Changes a user. Disabling signs them out everywhere and revokes their access tokens (enabling
   * them again does not bring the tokens back); a change of role signs them out everywhere.
   */
  async change(authorityId: string, id: string, changes: UserChanges, by?: { userId: string }): Promise<UserEntity> {
    const user = await this.get(authorityId, id);
    if (by?.userId === id && (changes.active === false || (changes.role && changes.role !== user.role))) {
      throw new DomainError(ErrorCode.Conflict, 'You cannot disable your own account or change your own role.');
    }
    if (changes.partnerOrganisationId !== undefined)
      await this.checkPartner(authorityId, changes.partnerOrganisationId);
    const disabling = changes.active === false && user.active;
    const endSessions = disabling || (changes.role !== undefined && changes.role !== user.role);
    if (changes.displayName !== undefined) user.displayName = changes.displayName.trim();
    if (changes.role !== undefined) user.role = changes.role;
    if (changes.partnerOrganisationId !== undefined) {
      user.partnerOrganisationId = changes.partnerOrganisationId;
      user.partnerOrganisation = undefined;
    }
    if (changes.active !== undefined) user.active = changes.active;
    await this.repository.save(user, { endSessions, revokeTokens: disabling });
    return this.get(authorityId, id);
  }

  /** Sets a new password, signs the user out everywhere and revokes their access tokens. */
  async setPassword(authorityId: string, id: string, password: string): Promise<void> {
    const user = await this.get(authorityId, id);
    const problem = passwordProblem(password, user.email);
    if (problem) throw new DomainError(ErrorCode.Invalid, problem, [{ field: 'password', messages: [problem] }]);
    user.passwordHash = await this.hasher.hash(password);
    user.partnerOrganisation = undefined;
    await this.repository.save(user, { endSessions: true, revokeTokens: true });
  }

  private async checkPartner(authorityId: string, partnerOrganisationId: string | null): Promise<void> {
    if (partnerOrganisationId !== null && !(await this.repository.partnerExists(authorityId, partnerOrganisationId))) {
      throw new DomainError(ErrorCode.Invalid, 'The partner organisation must be one of this authority’s.', [
        { field: 'partnerOrganisationId', messages: ['Not a partner organisation of this authority.'] },
      ]);
    }
  }
}
