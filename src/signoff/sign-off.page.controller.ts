import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { SIGN_OFF_PAGE, SignOffPageService } from './sign-off.page.service';
import type { Form } from '../web/admin-forms';

/** A theme lead's sign-off of a period's updates, and the clerk's view of who has signed off. */
@Pages()
@Controller('plans/:id/sign-off')
export class SignOffPageController {
  constructor(private readonly pages: SignOffPageService) {}

  @PageGet('', SIGN_OFF_PAGE)
  @Policy(Permission.PostProgress)
  page(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    return this.pages.page(caller, id, query);
  }

  @FormPost('')
  @Policy(Permission.PostProgress)
  confirm(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.confirm(caller, id, sent);
  }

  @FormPost('returns')
  @Policy(Permission.PostProgress)
  returnUpdate(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.returnUpdate(caller, id, sent);
  }

  /** Per theme of the plan: signed off by whom and when, or waiting. */
  @PageGet('status', 'pages/sign-off-status.njk')
  @Policy(Permission.ManagePlans)
  statusPage(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    return this.pages.statusPage(caller, id, query);
  }
}
