import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { newSecret, sha256 } from '../common/secrets';
import type { Council } from '../benchmarking/councils';
import { shippedCouncilDirectory } from '../benchmarking/shipped-councils';
import { DomainError, ErrorCode } from '../common/domain-error';
import { runWithContext } from '../common/request-context';
import { govukDateTime } from '../presentation/dates';
import { type FieldProblem, type FirstAdministrator, firstAdministratorProblems } from './council-settings';
import type { AuthorityEntity } from './authority.entity';
import { SetupRepository, type SetupState } from './setup.repository';
import type { SetupTokenEntity } from './setup-token.entity';
import type { UserEntity } from '../users/user.entity';

/** How long a set-up link works. */
export const SETUP_LINK_HOURS = 24;

/** A new council and its first administrator. */
export interface NewAuthority {
  onsCode: string;
  houseStyle: string;
  admin: FirstAdministrator;
}

export interface SetUpAuthority {
  authority: AuthorityEntity;
  admin: UserEntity;
}

/**
 * A council sets itself up: the first from a one-time link the app prints while it has no
 * authority, any council (a shared service holds several) from the command line.
 */
@Injectable()
export class SetupService {
  /** The link's token made at start, kept in memory only, for the start-up banner. */
  private offeredAtStart: string | null = null;

  constructor(
    private readonly repository: SetupRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Councils that exist today, by name: what a new installation chooses from. */
  councils(): Council[] {
    return shippedCouncilDirectory().current();
  }

  /** At start: a new set-up link's token when there is no authority yet, else null. */
  async offerOnStart(now = new Date()): Promise<string | null> {
    this.offeredAtStart = (await this.repository.hasAnyAuthority()) ? null : await this.newLinkToken(now);
    return this.offeredAtStart;
  }

  /** The token of the link offered at start, for as long as there is still nothing set up. */
  async linkOfferedAtStart(): Promise<string | null> {
    if (this.offeredAtStart && (await this.repository.hasAnyAuthority())) this.offeredAtStart = null;
    return this.offeredAtStart;
  }

  /** A new link's token, valid for a day; only its hash is kept. */
  async newLinkToken(now = new Date()): Promise<string> {
    const { value, hash } = newSecret('setup_');
    await this.repository.insertToken(hash, new Date(now.getTime() + SETUP_LINK_HOURS * 3600_000));
    return value;
  }

  /** Whether set-up is still open: once an authority exists, the set-up page is gone. */
  async isOpen(): Promise<boolean> {
    return !(await this.repository.hasAnyAuthority());
  }

  /** Refuses a link that is not one of ours, was used, or has expired; 404 once set-up is over. */
  async checkLink(token: string, now = new Date()): Promise<void> {
    if (!(await this.isOpen())) throw DomainError.notFound('The page');
    refuseToken(token ? await this.repository.findToken(sha256(token)) : null, now);
  }

  /** The first council, from the set-up page: the link works once, and only while there is no authority. */
  async setUpFromLink(token: string, input: NewAuthority, now = new Date()): Promise<SetUpAuthority> {
    const council = this.checkInput(input);
    const passwordHash = await this.hasher.hash(input.admin.password);
    return runWithContext({ requestId: null, caller: null, systemActor: 'system: set-up link' }, () =>
      this.repository.createAuthority(
        authorityFor(council, input.houseStyle),
        adminFor(input.admin, passwordHash),
        token ? sha256(token) : '',
        (state) => {
          if (state.authorities > 0) throw DomainError.notFound('The page');
          refuseToken(state.token, now);
          refuseTaken(state, council, input.admin.email);
        },
      ),
    );
  }

  /** Any council, from the command line: refused when it is already set up here. */
  async add(input: NewAuthority): Promise<SetUpAuthority> {
    const council = this.checkInput(input);
    const passwordHash = await this.hasher.hash(input.admin.password);
    return this.repository.createAuthority(
      authorityFor(council, input.houseStyle),
      adminFor(input.admin, passwordHash),
      null,
      (state) => refuseTaken(state, council, input.admin.email),
    );
  }

  /** The council the code names, after checking everything given; every problem at once. */
  private checkInput(input: NewAuthority): Council {
    const problems: FieldProblem[] = [];
    const code = input.onsCode.trim().toUpperCase();
    const council = code ? shippedCouncilDirectory().byOnsCode(code) : null;
    if (!code) problems.push({ field: 'onsCode', message: 'Choose your council.' });
    else if (!council) {
      problems.push({
        field: 'onsCode',
        message: `There is no English council with children’s services whose ONS code is ${code}.`,
      });
    } else if (council.abolished) {
      const successors = council.abolished.succeededBy
        .map((successor) => shippedCouncilDirectory().byOnsCode(successor)?.name ?? successor)
        .join(' and ');
      problems.push({
        field: 'onsCode',
        message: `${council.name} was abolished on ${council.abolished.on}: choose ${successors} instead.`,
      });
    } else if (council.onsCode !== code) {
      problems.push({
        field: 'onsCode',
        message: `${code} is ${council.name}’s former ONS code: use ${council.onsCode}.`,
      });
    }
    problems.push(...firstAdministratorProblems(input.admin, input.houseStyle));
    if (problems.length > 0) {
      throw new DomainError(
        ErrorCode.Invalid,
        problems.map((problem) => problem.message).join(' '),
        problems.map((problem) => ({ field: problem.field, messages: [problem.message] })),
      );
    }
    return council as Council;
  }
}

function authorityFor(council: Council, houseStyle: string): Partial<AuthorityEntity> {
  return { name: council.name, onsCode: council.onsCode, region: council.region, houseStyle };
}

function adminFor(admin: FirstAdministrator, passwordHash: string): Partial<UserEntity> {
  return {
    email: admin.email.trim(),
    displayName: admin.name.trim(),
    role: 'admin',
    partnerOrganisationId: null,
    passwordHash,
    active: true,
  };
}

function refuseToken(token: SetupTokenEntity | null, now: Date): void {
  if (!token) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'This set-up link is not valid. Use the link the app printed when it started, or restart it for a new one.',
      { reason: 'setup_link_invalid' },
    );
  }
  if (token.usedAt) {
    throw new DomainError(ErrorCode.Forbidden, 'This set-up link has already been used: a link sets up one council.', {
      reason: 'setup_link_used',
    });
  }
  if (token.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `This set-up link expired at ${govukDateTime(token.expiresAt)}. Restart the app for a new one.`,
      { reason: 'setup_link_expired' },
    );
  }
}

function refuseTaken(state: SetupState, council: Council, email: string): void {
  if (state.onsCodeTaken) {
    throw new DomainError(
      ErrorCode.Conflict,
      `${council.name} (${council.onsCode}) is already set up in this installation.`,
      [{ field: 'onsCode', messages: [`${council.name} is already set up in this installation.`] }],
    );
  }
  if (state.emailTaken) {
    throw new DomainError(ErrorCode.Conflict, `There is already an account for ${email.trim()}.`, [
      { field: 'adminEmail', messages: [`There is already an account for ${email.trim()}.`] },
    ]);
  }
}
