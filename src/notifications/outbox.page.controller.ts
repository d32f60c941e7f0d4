import { Controller, Get, Param, Query, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { Pages } from '../web/pages';
import { NotificationsService } from './notifications.service';

/** The outbox: messages kept instead of sent while no mail is configured, for administrators to read. */
@Pages()
@Controller('admin/outbox')
export class OutboxPageController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Policy(Permission.Administer)
  @Render('pages/admin-outbox.njk')
  async list(@CurrentCaller() caller: Caller, @Query('page') page: string | undefined) {
    const number = /^\d{1,6}$/.test(page ?? '') ? Math.max(1, Number(page)) : 1;
    return {
      pageTitle: 'Outbox',
      transport: this.notifications.transport,
      ...(await this.notifications.outbox(caller, number)),
    };
  }

  @Get(':id')
  @Policy(Permission.Administer)
  @Render('pages/admin-outbox-message.njk')
  async message(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    const message = await this.notifications.outboxMessage(caller, id);
    return { pageTitle: message.subject, message };
  }
}
