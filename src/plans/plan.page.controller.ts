import { Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { DateQuery } from '../web/as-at-date';
import { IdParam } from '../web/admin-pages';
import { PageGet, Pages } from '../web/pages';
import { DASHBOARD_PAGE, PlanPageService } from './plan.page.service';

/** The reading pages of plans: home, a plan, its dashboard as at any date, and the caller's own actions. */
@Pages()
@Controller()
@Policy(Permission.Read)
export class PlanPageController {
  constructor(private readonly pages: PlanPageService) {}

  @PageGet('', 'pages/home.njk')
  home(@CurrentCaller() caller: Caller) {
    return this.pages.home(caller);
  }

  @PageGet('plans/:id', 'pages/plan.njk')
  plan(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Record<string, unknown>) {
    return this.pages.plan(caller, id, query);
  }

  @PageGet('plans/:id/dashboard', DASHBOARD_PAGE)
  dashboard(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: DateQuery) {
    return this.pages.dashboard(caller, id, query);
  }

  @PageGet('my-actions', 'pages/my-actions.njk')
  @Policy(Permission.PostProgress)
  myActions(@CurrentCaller() caller: Caller) {
    return this.pages.myActions(caller);
  }
}
