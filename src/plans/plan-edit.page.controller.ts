import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { CHANGE_FORM, CHECK_PAGE, HISTORY_PAGE } from '../web/change-page';
import { IdParam } from '../web/admin-pages';
import { CheckPost, FormPost, PageGet, Pages } from '../web/pages';
import { PlanEditPageService } from './plan-edit.page.service';
import type { Form } from '../web/admin-forms';

/** The plan's change pages: details and dates, endorsement, a new action, and its history. */
@Pages()
@Controller('plans')
@Policy(Permission.ManagePlans)
export class PlanEditPageController {
  constructor(private readonly pages: PlanEditPageService) {}

  @PageGet(':id/details', CHANGE_FORM)
  detailsPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.detailsForm(caller, id);
  }

  @FormPost(':id/details')
  saveDetails(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.saveDetails(caller, id, sent);
  }

  @PageGet(':id/endorsement', CHANGE_FORM)
  endorsementPage(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query() query: Form) {
    return this.pages.endorsementForm(caller, id, query);
  }

  @CheckPost(':id/endorsement/check', CHECK_PAGE)
  checkEndorsement(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.checkEndorsement(caller, id, sent);
  }

  @FormPost(':id/endorsement')
  saveEndorsement(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.saveEndorsement(caller, id, sent);
  }

  @PageGet(':id/new-action', CHANGE_FORM)
  newActionPage(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query('recommendation') chosen?: string) {
    return this.pages.newActionForm(caller, id, chosen);
  }

  @FormPost(':id/new-action')
  addAction(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() sent: Form) {
    return this.pages.addAction(caller, id, sent);
  }

  @PageGet(':id/history', HISTORY_PAGE)
  @Policy(Permission.ReadAudit)
  history(@CurrentCaller() caller: Caller, @IdParam() id: string, @Query('before') before?: string) {
    return this.pages.history(caller, id, before);
  }
}
