import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { NotificationsService } from './notifications.service';

/** The outbox pages' view models. */
@Injectable()
export class OutboxPageService {
  constructor(private readonly notifications: NotificationsService) {}

  /** `page` as asked in the address: anything but a page number is the first page. */
  async list(caller: Caller, page: string | undefined) {
    const number = /^\d{1,6}$/.test(page ?? '') ? Math.max(1, Number(page)) : 1;
    return {
      pageTitle: 'Outbox',
      transport: this.notifications.transport,
      ...(await this.notifications.outbox(caller, number)),
    };
  }

  async message(caller: Caller, id: string) {
    const message = await this.notifications.outboxMessage(caller, id);
    return { pageTitle: message.subject, message };
  }
}
