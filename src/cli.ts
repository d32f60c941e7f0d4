#!/usr/bin/env node
import 'reflect-metadata';
import { basename, dirname, join } from 'node:path';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli/commands';
import { ConfigError } from './config/app-config';

/** Commander's CommanderError, told by its code (commander is nest-commander's, not a dependency of ours). */
function isCommanderExit(error: unknown): error is { exitCode: number } {
  const { code, exitCode } = (error ?? {}) as { code?: unknown; exitCode?: unknown };
  return typeof code === 'string' && code.startsWith('commander.') && typeof exitCode === 'number';
}

/** `tracker serve | migrate | example load`. A wrong setting prints one sentence and exits 1. */
function fail(error: unknown): never {
  // Commander has already written its own help or error; it only asks how to exit (0 after --help).
  if (isCommanderExit(error)) process.exit(error.exitCode);
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`tracker: ${message}\n`);
  process.exit(1);
}

// Commander names the program after the script it runs; the script is cli.js, the command is tracker.
if (process.argv[1] && basename(process.argv[1]) === 'cli.js') {
  process.argv[1] = join(dirname(process.argv[1]), 'tracker');
}

CommandFactory.run(CliModule, {
  cliName: 'tracker',
  logger: ['error', 'warn'],
  errorHandler: fail,
  serviceErrorHandler: fail,
}).catch(fail);
