import { Module, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Mailer, mailerFor } from './mailer';
import { NotificationSettingsPageController } from './notification-settings.page.controller';
import { NotificationSettingsPageService } from './notification-settings.page.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { OutboxPageController } from './outbox.page.controller';
import { OutboxPageService } from './outbox.page.service';
import { ReminderJobs } from './reminder-jobs';
import { RemindersService } from './reminders.service';

/** What sending the day's reminders needs, for the app and for the command line. */
export const REMINDER_PROVIDERS: Provider[] = [
  NotificationsRepository,
  RemindersService,
  {
    provide: Mailer,
    inject: [APP_CONFIG, NotificationsRepository],
    useFactory: (config: AppConfig, repository: NotificationsRepository) => mailerFor(config.mail, repository),
  },
];

/**
 * Messages to people: the mailer, the daily reminders and escalations, the outbox and digest days.
 * The daily job (ReminderJobs) calls `RemindersService.runForToday()`.
 */
@Module({
  controllers: [OutboxPageController, NotificationSettingsPageController],
  providers: [
    ...REMINDER_PROVIDERS,
    NotificationsService,
    ReminderJobs,
    OutboxPageService,
    NotificationSettingsPageService,
  ],
  exports: [RemindersService, Mailer],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(private readonly mailer: Mailer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailer.close();
  }
}
