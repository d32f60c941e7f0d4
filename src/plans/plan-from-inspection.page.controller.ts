import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { PROPOSAL_PAGE, PlanFromInspectionPageService } from './plan-from-inspection.page.service';
import type { Form } from '../web/admin-forms';

/** The breakdown's proposal for a confirmed inspection, for the clerk to edit into the plan. */
@Pages()
@Controller('import/inspections')
@Policy(Permission.ManagePlans)
export class PlanFromInspectionPageController {
  constructor(private readonly pages: PlanFromInspectionPageService) {}

  @PageGet(':id/plan', PROPOSAL_PAGE)
  proposal(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    return this.pages.proposal(caller, id, query);
  }

  @FormPost(':id/plan')
  create(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.create(caller, id, sent);
  }
}
