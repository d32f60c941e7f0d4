import { randomBytes } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { PasswordHasher } from '../auth/password-hasher';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { runWithContext } from '../common/request-context';
import { type AppConfig, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ROLES, type Role } from '../domain/vocabulary';

@Module({})
class UserCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: UserCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule],
      providers: [UsersRepository, UsersService, PasswordHasher],
    };
  }
}

/** Runs `work` with the users service, audited as the command line. */
async function withUsers<T>(work: (users: UsersService, repository: UsersRepository) => Promise<T>): Promise<T> {
  const context = await NestFactory.createApplicationContext(UserCommandModule.forRoot(loadConfig()), {
    logger: ['error', 'warn'],
  });
  try {
    return await runWithContext({ requestId: null, caller: null, systemActor: 'system: tracker user command' }, () =>
      work(context.get(UsersService), context.get(UsersRepository)),
    );
  } finally {
    await context.close();
  }
}

export async function readPassword(fromStdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: randomBytes(15).toString('base64url'), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return {
    password: Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, ''),
    generated: false,
  };
}

async function userByEmail(repository: UsersRepository, email: string) {
  const user = await repository.findByEmail(email);
  if (!user) throw new Error(`There is no account for ${email}.`);
  return user;
}

interface AddOptions {
  authority: string;
  email: string;
  name: string;
  role: Role;
  passwordStdin?: boolean;
}

@SubCommand({
  name: 'add',
  description: 'Add a user. Without --password-stdin a strong password is made and printed once.',
})
export class UserAddCommand extends CommandRunner {
  async run(_params: string[], options: AddOptions): Promise<void> {
    for (const required of ['authority', 'email', 'name', 'role'] as const) {
      if (!options[required]) throw new Error(`Give --${required}.`);
    }
    const { password, generated } = await readPassword(options.passwordStdin);
    await withUsers(async (users, repository) => {
      const authority = await repository.findAuthority(options.authority);
      if (!authority) throw new Error(`There is no authority with the ONS code or name "${options.authority}".`);
      const user = await users.add(authority.id, {
        email: options.email,
        displayName: options.name,
        role: options.role,
        password,
      });
      process.stdout.write(`Added ${user.email} (${user.role}) to ${authority.name}.\n`);
      if (generated) process.stdout.write(`Password (shown once): ${password}\n`);
    });
  }

  @Option({ flags: '--authority <ons-code-or-name>', description: 'The authority, e.g. E06000006' })
  parseAuthority(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'Sign-in email address' })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'Display name' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: `One of ${ROLES.join(', ')}` })
  parseRole(value: string): Role {
    if (!(ROLES as readonly string[]).includes(value)) throw new Error(`The role must be one of ${ROLES.join(', ')}.`);
    return value as Role;
  }

  @Option({ flags: '--password-stdin', description: 'Read the password from standard input' })
  parsePasswordStdin(): boolean {
    return true;
  }
}

@SubCommand({
  name: 'disable',
  arguments: '<email>',
  description: 'Disable a user, sign them out everywhere and revoke their access tokens',
})
export class UserDisableCommand extends CommandRunner {
  async run([email]: string[]): Promise<void> {
    await withUsers(async (users, repository) => {
      const user = await userByEmail(repository, email);
      await users.change(user.authorityId, user.id, { active: false });
      process.stdout.write(`Disabled ${user.email}; their sessions have ended and their access tokens are revoked.\n`);
    });
  }
}

@SubCommand({
  name: 'reset-password',
  arguments: '<email>',
  description: 'Set a new password (made and printed once, or read with --password-stdin)',
})
export class UserResetPasswordCommand extends CommandRunner {
  async run([email]: string[], options: { passwordStdin?: boolean }): Promise<void> {
    const { password, generated } = await readPassword(options.passwordStdin);
    await withUsers(async (users, repository) => {
      const user = await userByEmail(repository, email);
      await users.setPassword(user.authorityId, user.id, password);
      process.stdout.write(
        `Set a new password for ${user.email}; their sessions have ended and their access tokens are revoked.\n`,
      );
      if (generated) process.stdout.write(`Password (shown once): ${password}\n`);
    });
  }

  @Option({ flags: '--password-stdin', description: 'Read the password from standard input' })
  parsePasswordStdin(): boolean {
    return true;
  }
}

@Command({
  name: 'user',
  description: 'Manage users',
  subCommands: [UserAddCommand, UserDisableCommand, UserResetPasswordCommand],
})
export class UserCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const USER_COMMANDS = [UserCommand, UserAddCommand, UserDisableCommand, UserResetPasswordCommand];
