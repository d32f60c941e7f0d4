import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { pageContext } from '../web/page-context';
import { PlansService } from './plans.service';

/** The home page: the improvement plans of the caller's authority. */
@ApiExcludeController()
@Controller()
export class HomePageController {
  constructor(
    private readonly plans: PlansService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Read)
  async home(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const plans = await this.plans.list(caller);
    response.render('pages/home.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Improvement plans',
      authority: { name: caller.authorityName },
      plans,
    });
  }
}
