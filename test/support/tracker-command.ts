import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestDatabase } from './test-app';

/** The built `tracker` command, as a council runs it. */
export const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');

export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the tests (npm test does).`);
}

/** Runs `tracker args…` to its end with only `env` (and PATH), optionally typing `input` at it. */
export function tracker(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 90_000,
    input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The settings that point the command at a test file's database, as an administrator sets them. */
export function commandEnv(database: TestDatabase): Record<string, string> {
  return database.settings.databaseUrl
    ? {
        DATABASE_URL: database.settings.databaseUrl,
        DATABASE_OWNER_URL: database.settings.databaseOwnerUrl as string,
        SESSION_SECRET: 'x'.repeat(40),
      }
    : { DATA_DIR: database.settings.dataDir };
}
