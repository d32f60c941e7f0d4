import { Controller, Get, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy, roleMay } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { InspectionsService } from '../inspections/inspections.service';
import { StatusService } from '../rag/status.service';
import { Pages } from '../web/pages';
import { homeView } from './plan.view';
import { PlansService } from './plans.service';

/** The home page: every plan of the caller's authority with its headline status today. */
@Pages()
@Controller()
export class HomePageController {
  constructor(
    private readonly plans: PlansService,
    private readonly status: StatusService,
    private readonly inspections: InspectionsService,
  ) {}

  @Get()
  @Policy(Permission.Read)
  @Render('pages/home.njk')
  async home(@CurrentCaller() caller: Caller) {
    const awaitingPlan = roleMay(caller.role, Permission.ManagePlans) ? await this.inspections.withoutPlan(caller) : [];
    return homeView(caller, await this.plans.list(caller), await this.status.authorityDashboard(caller), awaitingPlan);
  }
}
