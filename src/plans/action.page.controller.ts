import { Body, Controller, Param, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { FormPost, PageGet, Pages } from '../web/pages';
import { ACTION_PAGE, ActionPageService } from './action.page.service';
import { ActionIds } from './page-params';
import type { Form } from '../web/admin-forms';

/** An action: its status and reason, milestones, indicators and history, and the form to post an update. */
@Pages()
@Controller('plans')
export class ActionPageController {
  constructor(private readonly pages: ActionPageService) {}

  @PageGet(':planId/actions/:actionId', ACTION_PAGE)
  @Policy(Permission.Read)
  page(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query() query: Form) {
    return this.pages.page(caller, ids, query);
  }

  @FormPost(':planId/actions/:actionId/updates')
  @Policy(Permission.PostProgress)
  postUpdate(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.postUpdate(caller, ids, sent);
  }
}
