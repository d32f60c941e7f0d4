import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { StatusService } from '../rag/status.service';
import { pageContext } from '../web/page-context';
import { PlansService } from './plans.service';

/** The home page: every plan of the caller's authority with its headline status today. */
@ApiExcludeController()
@Controller()
export class HomePageController {
  constructor(
    private readonly plans: PlansService,
    private readonly status: StatusService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Read)
  async home(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const plans = await this.plans.list(caller);
    const { asOf, plans: headlines } = await this.status.authorityDashboard(caller);
    const headlineOf = new Map(headlines.map((headline) => [headline.id, headline]));
    response.render('pages/home.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Improvement plans',
      authority: { name: caller.authorityName },
      asOf,
      plans: plans.map((plan) => ({ ...plan, headline: headlineOf.get(plan.id) ?? null })),
    });
  }
}
