#!/usr/bin/env node
import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli/commands';
import { ConfigError } from './config/app-config';

/** `tracker serve | migrate | example load`. A wrong setting prints one sentence and exits 1. */
function fail(error: unknown): never {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`tracker: ${message}\n`);
  process.exit(1);
}

CommandFactory.run(CliModule, {
  cliName: 'tracker',
  logger: ['error', 'warn'],
  errorHandler: fail,
  serviceErrorHandler: fail,
}).catch(fail);
