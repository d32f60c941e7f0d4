import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { StatusService } from '../rag/status.service';
import { SignOffService } from '../signoff/sign-off.service';
import { pageContext } from '../web/page-context';

/** The actions the caller owns: what is due, and which updates are overdue this period. */
@ApiExcludeController()
@Controller('my-actions')
export class MyActionsPageController {
  constructor(
    private readonly status: StatusService,
    private readonly csrf: Csrf,
    private readonly signOff: SignOffService,
  ) {}

  @Get()
  @Policy(Permission.PostProgress)
  async page(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { asOf, plans } = await this.status.actionsOwnedBy(caller);
    response.render('pages/my-actions.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'My actions',
      asOf,
      plans,
      returned: (await this.signOff.returnsFor(caller)).filter((entry) => !entry.answered),
      counts: {
        actions: plans.reduce((sum, plan) => sum + plan.actions.length, 0),
        updateOverdue: plans.reduce((sum, plan) => sum + plan.actions.filter((line) => line.updateOverdue).length, 0),
      },
    });
  }
}
