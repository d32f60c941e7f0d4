import { Controller, Param, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PageGet, Pages } from '../web/pages';
import { OutboxPageService } from './outbox.page.service';

/** The outbox: messages kept instead of sent while no mail is configured, for administrators to read. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/outbox')
export class OutboxPageController {
  constructor(private readonly pages: OutboxPageService) {}

  @PageGet('', 'pages/admin-outbox.njk')
  list(@CurrentCaller() caller: Caller, @Query('page') page?: string) {
    return this.pages.list(caller, page);
  }

  @PageGet(':id', 'pages/admin-outbox-message.njk')
  message(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.pages.message(caller, id);
  }
}
