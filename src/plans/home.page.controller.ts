import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy, roleMay } from '../auth/policy';
import { InspectionsService } from '../inspections/inspections.service';
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
    private readonly inspections: InspectionsService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Read)
  async home(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    const plans = await this.plans.list(caller);
    const { asOf, plans: headlines } = await this.status.authorityDashboard(caller);
    const headlineOf = new Map(headlines.map((headline) => [headline.id, headline]));
    const mayManage = roleMay(caller.role, Permission.ManagePlans);
    const awaitingPlan = mayManage ? await this.inspections.withoutPlan(caller) : [];
    response.render('pages/home.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Improvement plans',
      authority: { name: caller.authorityName },
      asOf,
      plans: plans.map((plan) => ({ ...plan, headline: headlineOf.get(plan.id) ?? null })),
      awaitingPlan,
    });
  }
}
