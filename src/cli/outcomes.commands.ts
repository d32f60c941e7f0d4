import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { NationalOutcomesModule } from '../benchmarking/national-outcomes.module';
import { NationalPictureService } from '../benchmarking/national-picture.service';
import { runWithContext } from '../common/request-context';
import { type AppConfig, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';

@Module({})
class OutcomesCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: OutcomesCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, NationalOutcomesModule],
    };
  }
}

/**
 * `tracker outcomes import FILE [--as-at YYYY-MM]`: refreshes the national inspection outcomes
 * from a newer file of the shipped shape. The file is checked whole before anything is written;
 * a fault refuses it with one sentence and exit code 1. Every app instance uses the new figures
 * from its next request.
 */
@SubCommand({
  name: 'import',
  arguments: '<file>',
  description: 'Refresh the national inspection outcomes from a newer outcomes CSV of the same shape',
})
export class OutcomesImportCommand extends CommandRunner {
  async run([file]: string[], options: { asAt?: string }): Promise<void> {
    let bytes: Buffer;
    try {
      if (statSync(file).size > 5 * 1024 * 1024) throw new Error(`${file} is larger than 5 MB.`);
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? `There is no file ${file}.` : (error as Error).message,
      );
    }
    const context = await NestFactory.createApplicationContext(OutcomesCommandModule.forRoot(loadConfig()), {
      logger: ['error', 'warn'],
    });
    try {
      const dataset = await runWithContext(
        { requestId: null, caller: null, systemActor: 'system: tracker outcomes import' },
        () => context.get(NationalPictureService).importOutcomes(bytes, basename(file), options.asAt),
      );
      process.stdout.write(
        `Imported ${basename(file)}: ${dataset.inspections} inspections of ${dataset.councils} councils, as at ${dataset.source.asAtText} ` +
          `(version ${dataset.version}, SHA-256 ${dataset.refresh?.sha256}). Every instance uses it from its next request.\n`,
      );
    } finally {
      await context.close();
    }
  }

  @Option({
    flags: '--as-at <month>',
    description: 'The month the figures were taken, YYYY-MM (this month by default)',
  })
  parseAsAt(value: string): string {
    return value;
  }
}

@Command({ name: 'outcomes', description: 'National inspection outcomes', subCommands: [OutcomesImportCommand] })
export class OutcomesCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const OUTCOMES_COMMANDS = [OutcomesCommand, OutcomesImportCommand];
