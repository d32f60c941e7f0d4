import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuthorityEntity } from '../authorities/authority.entity';
import { UserEntity } from '../users/user.entity';
import { addDays } from '../domain/periods';
import type { ActionStatus, Role } from '../domain/vocabulary';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { type MailTransportName, NotificationEntity, type SentNotice } from './notification.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { type ReminderFacts, type ReminderPerson, type Weekday, noticeKey } from './reminders';

/** How far back delivered notices are read: a notice is about the open period or the one just closed. */
const DELIVERED_LOOKBACK_DAYS = 200;

export interface Recipient extends ReminderPerson {
  email: string;
}

export type NewNotification = Pick<
  NotificationEntity,
  | 'authorityId'
  | 'recipientId'
  | 'recipientEmail'
  | 'kind'
  | 'day'
  | 'period'
  | 'transport'
  | 'subject'
  | 'body'
  | 'notices'
>;

export type Outcome = { status: 'delivered'; providerReference: string | null } | { status: 'failed'; reason: string };

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return (
    driverError?.code === '23505' && (driverError.constraint === undefined || driverError.constraint === constraint)
  );
}

/** The reminders' reads and the record of every message, the outbox and each person's digest days. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async authorityIds(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AuthorityEntity)
      .find({ select: { id: true }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  /** What the reminder rules need for one authority on `day`, and its people's addresses. */
  async reminderFacts(
    authorityId: string,
    day: string,
  ): Promise<{ facts: ReminderFacts; recipients: Map<string, Recipient> }> {
    const actions = (await this.dataSource.query(
      `SELECT a.id, a.authority_id AS "authorityId", a.plan_id AS "planId", p.reference AS "planReference",
              p.reporting_frequency AS "reportingFrequency", a.reference, a.title, a.status,
              to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", a.owner_id AS "ownerId",
              a.judgement_area_key AS "judgementAreaKey", a.ecm_outcome AS "ecmOutcome",
              (SELECT max(u.period) FROM progress_update u WHERE u.action_id = a.id) AS "latestUpdatePeriod"
         FROM action a JOIN improvement_plan p ON p.id = a.plan_id
        WHERE a.authority_id = $1 AND p.status <> 'closed' AND a.status NOT IN ('complete', 'cancelled')`,
      [authorityId],
    )) as ReminderFacts['actions'][number][];
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { authorityId },
      select: { id: true, authorityId: true, displayName: true, email: true, role: true, active: true },
    });
    const recipients = new Map<string, Recipient>(
      users.map((user) => [
        user.id,
        {
          id: user.id,
          authorityId: user.authorityId,
          displayName: user.displayName,
          email: user.email,
          role: user.role as Role,
          active: user.active,
        },
      ]),
    );
    const themeLeads = (await this.dataSource.query(
      `SELECT authority_id AS "authorityId", theme, user_id AS "userId" FROM theme_lead
        WHERE authority_id = $1 AND user_id IS NOT NULL`,
      [authorityId],
    )) as { authorityId: string; theme: string; userId: string }[];
    const preferences = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ authorityId });
    const sent = (await this.dataSource.query(
      `SELECT recipient_id AS "recipientId", notices FROM notification
        WHERE authority_id = $1 AND status = 'delivered' AND day >= $2`,
      [authorityId, addDays(day, -DELIVERED_LOOKBACK_DAYS)],
    )) as { recipientId: string; notices: SentNotice[] }[];
    const delivered = new Set(sent.flatMap((row) => row.notices.map((notice) => noticeKey(row.recipientId, notice))));
    return {
      facts: {
        actions: actions.map((action) => ({ ...action, status: action.status as ActionStatus })),
        people: [...recipients.values()],
        themeLeads,
        digestWeekdays: new Map(preferences.map((row) => [row.userId, row.digestWeekdays.map(Number) as Weekday[]])),
        delivered,
      },
      recipients,
    };
  }

  /**
   * Records a message before it is sent, with its audit event. Null when the recipient already has
   * one of that kind for that day: another run (perhaps on another instance) has claimed it.
   */
  async claim(row: NewNotification): Promise<NotificationEntity | null> {
    try {
      return await this.dataSource.transaction((manager) =>
        manager.save(manager.getRepository(NotificationEntity).create({ ...row, status: 'pending' })),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_notification_recipient_day_kind')) return null;
      throw error;
    }
  }

  /** Records how the sending went, with its audit event. */
  async settle(id: string, outcome: Outcome): Promise<NotificationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const notifications = manager.getRepository(NotificationEntity);
      const row = await notifications.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (outcome.status === 'delivered') {
        row.status = 'delivered';
        row.deliveredAt = new Date();
        row.providerReference = outcome.providerReference?.slice(0, 200) ?? null;
      } else {
        row.status = 'failed';
        row.failedAt = new Date();
        row.failureReason = outcome.reason;
      }
      return notifications.save(row);
    });
  }

  notificationsOn(day: string): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({ where: { day }, order: { recipientEmail: 'ASC' } });
  }

  async addToOutbox(
    message: Pick<OutboxMessageEntity, 'authorityId' | 'recipientEmail' | 'recipientName' | 'subject' | 'body'>,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const outbox = manager.getRepository(OutboxMessageEntity);
      return (await outbox.save(outbox.create(message))).id;
    });
  }

  /** The authority's newest outbox messages first. */
  outbox(authorityId: string, limit: number, offset: number): Promise<[OutboxMessageEntity[], number]> {
    return this.dataSource.getRepository(OutboxMessageEntity).findAndCount({
      where: { authorityId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  outboxMessage(authorityId: string, id: string): Promise<OutboxMessageEntity | null> {
    return this.dataSource.getRepository(OutboxMessageEntity).findOneBy({ authorityId, id });
  }

  async digestWeekdays(userId: string): Promise<Weekday[] | null> {
    const row = await this.dataSource.getRepository(NotificationPreferenceEntity).findOneBy({ userId });
    return row ? (row.digestWeekdays.map(Number) as Weekday[]) : null;
  }

  /** Saves a person's digest days, with its audit event. */
  async saveDigestWeekdays(authorityId: string, userId: string, weekdays: Weekday[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const preferences = manager.getRepository(NotificationPreferenceEntity);
      const row = (await preferences.findOneBy({ userId })) ?? preferences.create({ userId, authorityId });
      row.digestWeekdays = weekdays;
      await preferences.save(row);
    });
  }
}

export type { MailTransportName };
