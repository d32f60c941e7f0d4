import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { type AppConfig, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { londonToday } from '../domain/periods';
import { REMINDER_PROVIDERS } from '../notifications/notifications.module';
import { RemindersService } from '../notifications/reminders.service';

@Module({})
class RemindersCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RemindersCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule],
      providers: REMINDER_PROVIDERS,
    };
  }
}

@SubCommand({
  name: 'run',
  description:
    "Send the day's reminders and escalations, one digest per person at most; running it again the same day sends nothing more",
})
export class RemindersRunCommand extends CommandRunner {
  async run(_params: string[], options: { date?: string }): Promise<void> {
    const day = options.date ?? londonToday();
    const context = await NestFactory.createApplicationContext(RemindersCommandModule.forRoot(loadConfig()), {
      logger: ['error', 'warn'],
    });
    try {
      const result = await context.get(RemindersService).runFor(day);
      process.stdout.write(
        `Reminders for ${result.day}: ${result.delivered} sent, ${result.failed} failed, ${result.alreadyClaimed} already sent.\n`,
      );
      if (result.failed > 0) process.exitCode = 1;
    } finally {
      await context.close();
    }
  }

  @Option({ flags: '--date <YYYY-MM-DD>', description: 'The day to run for (default: today in Europe/London)' })
  parseDate(value: string): string {
    return value;
  }
}

@Command({
  name: 'reminders',
  description: 'Reminders of updates due, and escalations of overdue ones',
  subCommands: [RemindersRunCommand],
})
export class RemindersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

export const REMINDER_COMMANDS = [RemindersCommand, RemindersRunCommand];
