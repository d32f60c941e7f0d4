import { Controller, Get, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { StatusService } from '../rag/status.service';
import { Pages } from '../web/pages';
import { myActionsView } from './plan.view';

/** The actions the caller owns: what is due, and which updates are overdue this period. */
@Pages()
@Controller('my-actions')
export class MyActionsPageController {
  constructor(private readonly status: StatusService) {}

  @Get()
  @Policy(Permission.PostProgress)
  @Render('pages/my-actions.njk')
  async page(@CurrentCaller() caller: Caller) {
    return myActionsView(await this.status.actionsOwnedBy(caller));
  }
}
