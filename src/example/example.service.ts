import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { projectRoot } from '../common/paths';
import { runWithContext } from '../common/request-context';
import type { AppConfig, ExampleDataSet } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { ExampleData } from './example-data';
import { ExampleRepository } from './example.repository';
import { HALTON_EXAMPLE } from './halton.example';

/** Every example user signs in with this password; it is printed at start-up and in the README. */
export const EXAMPLE_PASSWORD = 'halton-example-2008';

const DATA_SETS: Record<Exclude<ExampleDataSet, 'none'>, ExampleData> = { halton: HALTON_EXAMPLE };

/**
 * The example's published password, hashed once per process and shared by every example user:
 * argon2id takes a quarter of a second a hash by design, and hashing a password everyone knows
 * ten times over protects nothing. Only the example's own password is kept here; every other
 * password is hashed afresh, with a salt of its own.
 */
const exampleHashes = new Map<string, Promise<string>>();

export type ExampleLoadResult =
  { outcome: 'loaded'; authorityId: string; users: string[] } | { outcome: 'skipped'; reason: string };

@Injectable()
export class ExampleService {
  private readonly logger = new Logger('Example');

  constructor(
    private readonly repository: ExampleRepository,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * At start-up: loads the configured example into an empty database. On a PostgreSQL server it
   * loads only when EXAMPLE_DATA was set explicitly, because example users share a published
   * password.
   */
  async loadOnStart(): Promise<ExampleLoadResult> {
    const set = this.config.exampleData;
    if (set === 'none') return { outcome: 'skipped', reason: 'EXAMPLE_DATA is none' };
    if (this.config.databaseUrl !== null && !this.config.exampleDataRequested) {
      return { outcome: 'skipped', reason: 'DATABASE_URL is set and EXAMPLE_DATA was not' };
    }
    if (!(await this.repository.isEmpty())) return { outcome: 'skipped', reason: 'the database already has data' };
    return this.load(set);
  }

  /** Loads an example data set; refuses when its authority is already there. */
  async load(set: Exclude<ExampleDataSet, 'none'>): Promise<ExampleLoadResult> {
    const data = DATA_SETS[set];
    if (await this.repository.hasAuthority(data.authority.onsCode)) {
      return { outcome: 'skipped', reason: `${data.authority.name} is already in the database` };
    }
    const bytes = readFileSync(join(projectRoot(), 'src', 'example', data.inspection.sourceFile));
    const hashes = new Map<string, string>();
    const hash = await this.exampleHash(EXAMPLE_PASSWORD);
    for (const user of data.users) hashes.set(user.email, hash);
    const authorityId = await runWithContext(
      { requestId: null, caller: null, systemActor: 'system: example data' },
      () => this.repository.load(data, { bytes, text: bytes.toString('utf8') }, hashes),
    );
    this.logger.log(`Loaded the ${data.authority.name} example. ${data.notice}`);
    return { outcome: 'loaded', authorityId, users: data.users.map((user) => user.email) };
  }

  private exampleHash(password: string): Promise<string> {
    let hash = exampleHashes.get(password);
    if (hash === undefined) {
      hash = this.hasher.hash(password);
      hash.catch(() => exampleHashes.delete(password));
      exampleHashes.set(password, hash);
    }
    return hash;
  }

  exampleLogins(set: Exclude<ExampleDataSet, 'none'> = 'halton'): { email: string; role: string }[] {
    const roles = ['admin', 'clerk', 'owner', 'scrutiny'];
    return DATA_SETS[set].users
      .filter((user) => roles.includes(user.role) && user.email.split('@')[0] === user.role)
      .map((user) => ({ email: user.email, role: user.role }));
  }
}
