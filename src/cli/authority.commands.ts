import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { PasswordHasher } from '../auth/password-hasher';
import { SetupRepository } from '../authorities/setup.repository';
import { SetupService } from '../authorities/setup.service';
import { DomainError } from '../common/domain-error';
import { runWithContext } from '../common/request-context';
import { type AppConfig, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { HOUSE_STYLES } from '../reports/paper-html';
import { readPassword } from './user.commands';

@Module({})
class AuthorityCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthorityCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule],
      providers: [SetupRepository, SetupService, PasswordHasher],
    };
  }
}

interface AddOptions {
  onsCode?: string;
  adminEmail?: string;
  adminName?: string;
  houseStyle?: string;
  passwordStdin?: boolean;
}

@SubCommand({
  name: 'add',
  description:
    'Set up a council and its first administrator. Without --password-stdin a strong password is made and printed once.',
})
export class AuthorityAddCommand extends CommandRunner {
  async run(_params: string[], options: AddOptions): Promise<void> {
    if (!options.onsCode) throw new Error('Give --ons-code, the council’s ONS code, e.g. E06000006.');
    if (!options.adminEmail) throw new Error('Give --admin-email, the first administrator’s email address.');
    const { password, generated } = await readPassword(options.passwordStdin);
    const context = await NestFactory.createApplicationContext(AuthorityCommandModule.forRoot(loadConfig()), {
      logger: ['error', 'warn'],
    });
    try {
      const { authority, admin } = await runWithContext(
        { requestId: null, caller: null, systemActor: 'system: tracker authority command' },
        () =>
          context.get(SetupService).add({
            onsCode: options.onsCode as string,
            houseStyle: options.houseStyle ?? 'executive-board',
            admin: { name: options.adminName ?? 'Administrator', email: options.adminEmail as string, password },
          }),
      );
      process.stdout.write(
        `Set up ${authority.name} (${authority.onsCode}, ${authority.region}) with ${admin.email} as its administrator.\n`,
      );
      if (generated) process.stdout.write(`Password (shown once): ${password}\n`);
    } catch (error) {
      // The service's sentence, without the stack: every problem with the input at once.
      if (error instanceof DomainError) throw new Error(error.message);
      throw error;
    } finally {
      await context.close();
    }
  }

  @Option({ flags: '--ons-code <code>', description: 'The council’s ONS code, e.g. E06000006' })
  parseOnsCode(value: string): string {
    return value;
  }

  @Option({ flags: '--admin-email <email>', description: 'The first administrator’s sign-in email address' })
  parseAdminEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--admin-name <name>', description: 'The first administrator’s name (default "Administrator")' })
  parseAdminName(value: string): string {
    return value;
  }

  @Option({
    flags: '--house-style <style>',
    description: `The board papers' house style: ${HOUSE_STYLES.join(' or ')} (default executive-board)`,
  })
  parseHouseStyle(value: string): string {
    return value;
  }

  @Option({ flags: '--password-stdin', description: 'Read the administrator’s password from standard input' })
  parsePasswordStdin(): boolean {
    return true;
  }
}

@Command({ name: 'authority', description: 'Councils in this installation', subCommands: [AuthorityAddCommand] })
export class AuthorityCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const AUTHORITY_COMMANDS = [AuthorityCommand, AuthorityAddCommand];
