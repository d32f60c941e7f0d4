import { Inject, Injectable, Logger } from '@nestjs/common';
import { runWithContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { isIsoDate, londonToday } from '../domain/periods';
import { OutsideCalendarError } from '../clock/working-days';
import { digestMessage } from './digest-message';
import { MailError, Mailer } from './mailer';
import { NotificationsRepository } from './notifications.repository';
import { digestsFor } from './reminders';

export interface ReminderRun {
  day: string;
  /** Digests sent (or kept in the outbox) by this run. */
  delivered: number;
  /** Digests this run tried to send and could not: recorded as failed with the reason. */
  failed: number;
  /** Digests for the day that were already claimed, by an earlier run or another instance. */
  alreadyClaimed: number;
}

/** A day that cannot be run: not a date, or outside the bank-holiday calendar. */
export class ReminderDayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReminderDayError';
  }
}

/**
 * Works out the day's digests (reminders.ts) and sends each once. A digest is recorded before it
 * is sent, under the unique (recipient, day, kind), so that when several instances run the same
 * day at once only the one whose record went in sends it; a repeated run sends nothing.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the digests due on `day` (YYYY-MM-DD, Europe/London): the daily job calls it with today. */
  runFor(day: string): Promise<ReminderRun> {
    if (!isIsoDate(day))
      throw new ReminderDayError(`"${day}" is not a date: give it as YYYY-MM-DD, such as 2009-12-22.`);
    return runWithContext({ requestId: null, caller: null, systemActor: 'system: reminders' }, () => this.run(day));
  }

  /** What the daily job runs: today's digests, today being read when the job runs, not when it was queued. */
  runForToday(): Promise<ReminderRun> {
    return this.runFor(londonToday());
  }

  private async run(day: string): Promise<ReminderRun> {
    const result: ReminderRun = { day, delivered: 0, failed: 0, alreadyClaimed: 0 };
    for (const authorityId of await this.repository.authorityIds()) {
      const { facts, recipients } = await this.repository.reminderFacts(authorityId, day);
      let digests;
      try {
        digests = digestsFor(day, facts, this.config.reminders);
      } catch (error) {
        if (error instanceof OutsideCalendarError) throw new ReminderDayError(error.message);
        throw error;
      }
      for (const digest of digests) {
        const recipient = recipients.get(digest.recipientId);
        if (!recipient) continue;
        const message = digestMessage(digest, recipient.displayName, this.config.publicUrl);
        const claimed = await this.repository.claim({
          authorityId,
          recipientId: recipient.id,
          recipientEmail: recipient.email,
          kind: 'digest',
          day,
          period: message.periods.slice(0, 200),
          transport: this.mailer.transport,
          subject: message.subject.slice(0, 300),
          body: message.body,
          notices: digest.notices.map((notice) => ({
            kind: notice.kind,
            actionId: notice.actionId,
            period: notice.period,
          })),
        });
        if (!claimed) {
          result.alreadyClaimed += 1;
          continue;
        }
        try {
          const delivery = await this.mailer.send({
            authorityId,
            to: { email: recipient.email, name: recipient.displayName },
            subject: claimed.subject,
            body: claimed.body,
            personalisation: message.personalisation,
            reference: claimed.id,
          });
          await this.repository.settle(claimed.id, {
            status: 'delivered',
            providerReference: delivery.providerReference,
          });
          result.delivered += 1;
        } catch (error) {
          const reason = error instanceof MailError ? error.message : 'The message could not be sent.';
          if (!(error instanceof MailError)) this.logger.error(error, `Digest ${claimed.id} could not be sent`);
          await this.repository.settle(claimed.id, { status: 'failed', reason });
          this.logger.warn(`Digest ${claimed.id} for ${day} failed: ${reason}`);
          result.failed += 1;
        }
      }
    }
    this.logger.log(
      `Reminders for ${day}: ${result.delivered} sent, ${result.failed} failed, ${result.alreadyClaimed} already sent`,
    );
    return result;
  }
}
