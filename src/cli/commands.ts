import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { createApp } from '../app';
import { AuthModule } from '../auth/auth.module';
import { type AppConfig, ConfigError, loadConfig, roleOf } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { EMBEDDED_APP_ROLE } from '../database/app-role';
import { Database } from '../database/data-source';
import { DatabaseModule } from '../database/database.module';
import { SETUP_LINK_HOURS, SetupService } from '../authorities/setup.service';
import { ExampleModule } from '../example/example.module';
import { EXAMPLE_PASSWORD, ExampleService } from '../example/example.service';
import { ExampleRepository } from '../example/example.repository';
import { HALTON_EXAMPLE } from '../example/halton.example';
import { ImportCommand } from './import.command';
import { OUTCOMES_COMMANDS } from './outcomes.commands';
import { PaperCommand, WorkbookCommand } from './paper.command';
import { AUTHORITY_COMMANDS } from './authority.commands';
import { DATABASE_COMMANDS } from './database.commands';
import { REMINDER_COMMANDS } from './reminders.command';
import { USER_COMMANDS } from './user.commands';

@Command({ name: 'serve', description: 'Start the web application and API', options: { isDefault: false } })
export class ServeCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    const started = Date.now();
    const app = await createApp(config);
    await app.listen(config.port);
    const address = `http://localhost:${config.port}`;
    const lines = [
      '',
      `Improvement Tracker is running at ${address} (ready in ${Date.now() - started} ms)`,
      `  Health:   ${address}/health`,
      `  API docs: ${address}/api/docs`,
      `  Database: ${config.databaseUrl === null ? `embedded, in ${config.dataDir}` : 'PostgreSQL server from DATABASE_URL'}`,
    ];
    if (await app.get(ExampleRepository).hasAuthority(HALTON_EXAMPLE.authority.onsCode)) {
      const logins = app.get(ExampleService).exampleLogins();
      lines.push(
        `  Example:  ${HALTON_EXAMPLE.authority.name}. ${HALTON_EXAMPLE.notice}`,
        `  Sign in with password "${EXAMPLE_PASSWORD}" as:`,
        ...logins.map((login) => `    ${login.email.padEnd(26)} ${login.role}`),
      );
    }
    const setupToken = await app.get(SetupService).linkOfferedAtStart();
    if (setupToken) {
      lines.push(
        `  Set up:   there is no council yet. Open this link to set one up (it works once, for ${SETUP_LINK_HOURS} hours):`,
        `    ${address}/setup?token=${setupToken}`,
        '  or run: tracker authority add --ons-code <code> --admin-email <email>',
      );
    }
    // Log lines are written synchronously (common/logging.ts), so this is the last thing printed at start.
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
}

@Command({
  name: 'migrate',
  description: "Apply pending database migrations as the owner and grant the app's role its privileges, then exit",
})
export class MigrateCommand extends CommandRunner {
  async run(): Promise<void> {
    const config = loadConfig();
    if (config.databaseUrl !== null && config.databaseOwnerUrl === null) {
      throw new ConfigError(
        'DATABASE_OWNER_URL',
        'DATABASE_OWNER_URL must be set for "tracker migrate": migrations run as the role that owns the tables.',
      );
    }
    const appRole = config.databaseUrl === null ? EMBEDDED_APP_ROLE : (roleOf(config.databaseUrl) as string);
    const database = await Database.openAsOwner(config);
    try {
      const applied = await database.migrateAndGrant(appRole, true);
      process.stdout.write(applied.length === 0 ? 'The database is up to date.\n' : `Applied: ${applied.join(', ')}\n`);
    } finally {
      await database.close();
    }
  }
}

@Module({})
class ExampleCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ExampleCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuthModule, ExampleModule],
    };
  }
}

@SubCommand({ name: 'load', description: 'Load the Halton example (authority, users, inspection, plan, progress)' })
export class ExampleLoadCommand extends CommandRunner {
  async run(_params: string[], options: { allowServer?: boolean }): Promise<void> {
    const config = loadConfig();
    if (config.databaseUrl !== null && !options.allowServer) {
      throw new Error(
        `Example users share the published password "${EXAMPLE_PASSWORD}", so the example is not loaded into a PostgreSQL server unless you add --allow-server.`,
      );
    }
    const context = await NestFactory.createApplicationContext(ExampleCommandModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      const result = await context.get(ExampleService).load('halton');
      process.stdout.write(
        result.outcome === 'loaded'
          ? `Loaded the Halton example: ${result.users.length} users, password "${EXAMPLE_PASSWORD}".\n`
          : `Not loaded: ${result.reason}.\n`,
      );
    } finally {
      await context.close();
    }
  }

  @Option({ flags: '--allow-server', description: 'Load even though DATABASE_URL names a PostgreSQL server' })
  parseAllowServer(): boolean {
    return true;
  }
}

@Command({ name: 'example', description: 'Example data', subCommands: [ExampleLoadCommand] })
export class ExampleCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

@Module({
  providers: [
    ServeCommand,
    MigrateCommand,
    ExampleCommand,
    ExampleLoadCommand,
    ImportCommand,
    PaperCommand,
    WorkbookCommand,
    ...USER_COMMANDS,
    ...AUTHORITY_COMMANDS,
    ...OUTCOMES_COMMANDS,
    ...DATABASE_COMMANDS,
    ...REMINDER_COMMANDS,
  ],
})
export class CliModule {}
