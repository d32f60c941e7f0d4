import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { FormPost, PageGet, Pages } from '../web/pages';
import { NOTIFICATION_SETTINGS, NotificationSettingsPageService } from './notification-settings.page.service';

/** Which weekdays a person takes their digest of reminders and escalations on. */
@Pages()
@Policy(Permission.SignedIn)
@Controller('account/notifications')
export class NotificationSettingsPageController {
  constructor(private readonly pages: NotificationSettingsPageService) {}

  @PageGet('', NOTIFICATION_SETTINGS)
  page(@CurrentCaller() caller: Caller, @Query('saved') saved?: string) {
    return this.pages.page(caller, saved);
  }

  @FormPost('')
  save(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.save(caller, form);
  }
}
