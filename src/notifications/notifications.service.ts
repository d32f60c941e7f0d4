import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { Mailer } from './mailer';
import { NotificationsRepository } from './notifications.repository';
import type { OutboxMessageEntity } from './outbox-message.entity';
import { DEFAULT_DIGEST_WEEKDAYS, DIGEST_WEEKDAY_CHOICES, type Weekday } from './reminders';

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox an administrator reads, and each person's choice of digest days. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly mailer: Mailer,
  ) {}

  /** How messages go: the outbox page says so when they do not go into it. */
  get transport(): Mailer['transport'] {
    return this.mailer.transport;
  }

  async outbox(
    caller: Caller,
    page: number,
  ): Promise<{ messages: OutboxMessageEntity[]; total: number; page: number; pages: number }> {
    const [messages, total] = await this.repository.outbox(
      caller.authorityId,
      OUTBOX_PAGE_SIZE,
      (page - 1) * OUTBOX_PAGE_SIZE,
    );
    return { messages, total, page, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
  }

  async outboxMessage(caller: Caller, id: string): Promise<OutboxMessageEntity> {
    const message = /^[0-9a-f-]{36}$/i.test(id) ? await this.repository.outboxMessage(caller.authorityId, id) : null;
    if (!message) throw DomainError.notFound('The message');
    return message;
  }

  async digestWeekdays(caller: Caller): Promise<{ weekdays: Weekday[]; chosen: boolean }> {
    const saved = await this.repository.digestWeekdays(caller.userId);
    return saved ? { weekdays: saved, chosen: true } : { weekdays: [...DEFAULT_DIGEST_WEEKDAYS], chosen: false };
  }

  /** Saves the caller's digest days: at least one, Monday to Friday. */
  async chooseDigestWeekdays(caller: Caller, weekdays: readonly unknown[]): Promise<Weekday[]> {
    const chosen = [...new Set(weekdays.map((day) => Number(day)))].sort();
    if (chosen.length === 0) throw DomainError.invalid('Choose at least one day for your digest', 'weekdays');
    if (!chosen.every((day) => (DIGEST_WEEKDAY_CHOICES as number[]).includes(day))) {
      throw DomainError.invalid('Choose days from Monday to Friday', 'weekdays');
    }
    await this.repository.saveDigestWeekdays(caller.authorityId, caller.userId, chosen as Weekday[]);
    return chosen as Weekday[];
  }
}
