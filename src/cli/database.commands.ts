import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { DEFAULT_SERVER_DATABASE_NAMES, ServerDatabaseError, createServerDatabase } from '../database/server-database';

interface CreateOptions {
  adminUrl?: string;
  database?: string;
  owner?: string;
  appRole?: string;
}

@SubCommand({
  name: 'create',
  description:
    'Make the app’s database on a PostgreSQL server: a role that owns the tables, a role for the app that owns nothing, and the database. Prints the two connection strings to start the app with.',
})
export class DatabaseCreateCommand extends CommandRunner {
  async run(_params: string[], options: CreateOptions): Promise<void> {
    const adminUrl = options.adminUrl ?? process.env.DATABASE_ADMIN_URL;
    if (!adminUrl) {
      throw new Error(
        'Give --admin-url (or DATABASE_ADMIN_URL), a connection string for a role that may create roles and databases, e.g. postgresql://postgres@db.example.internal:5432/postgres.',
      );
    }
    try {
      const urls = await createServerDatabase(adminUrl, {
        database: options.database ?? DEFAULT_SERVER_DATABASE_NAMES.database,
        owner: options.owner ?? DEFAULT_SERVER_DATABASE_NAMES.owner,
        appRole: options.appRole ?? DEFAULT_SERVER_DATABASE_NAMES.appRole,
      });
      process.stdout.write(
        [
          'Made the database and its two roles. Start the app with these (the passwords are shown once):',
          `export DATABASE_OWNER_URL='${urls.databaseOwnerUrl}'`,
          `export DATABASE_URL='${urls.databaseUrl}'`,
          '',
        ].join('\n'),
      );
    } catch (error) {
      if (error instanceof ServerDatabaseError) throw new Error(error.message);
      throw error;
    }
  }

  @Option({
    flags: '--admin-url <url>',
    description: 'A role that may create roles and databases (default: DATABASE_ADMIN_URL)',
  })
  parseAdminUrl(value: string): string {
    return value;
  }

  @Option({ flags: '--database <name>', description: 'The database’s name (default tracker)' })
  parseDatabase(value: string): string {
    return value;
  }

  @Option({ flags: '--owner <role>', description: 'The role that owns the tables (default tracker)' })
  parseOwner(value: string): string {
    return value;
  }

  @Option({ flags: '--app-role <role>', description: 'The role the app connects as (default tracker_app)' })
  parseAppRole(value: string): string {
    return value;
  }
}

@Command({
  name: 'database',
  description: 'The app’s database on a PostgreSQL server',
  subCommands: [DatabaseCreateCommand],
})
export class DatabaseCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const DATABASE_COMMANDS = [DatabaseCommand, DatabaseCreateCommand];
