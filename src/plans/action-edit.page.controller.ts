import { Body, Controller, Param, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { CHANGE_FORM, CHECK_PAGE, HISTORY_PAGE } from '../web/change-page';
import { CheckPost, FormPost, PageGet, Pages } from '../web/pages';
import { ActionEditPageService } from './action-edit.page.service';
import { ActionIds, LinkIds, MilestoneIds } from './page-params';
import type { Form } from '../web/admin-forms';

const ACTION = ':planId/actions/:actionId';

/** The action's change pages; clerks and admins only, but for an owner's milestones and the history. */
@Pages()
@Controller('plans')
@Policy(Permission.ManagePlans)
export class ActionEditPageController {
  constructor(private readonly pages: ActionEditPageService) {}

  @PageGet(`${ACTION}/details`, CHANGE_FORM)
  detailsPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.detailsForm(caller, ids, null);
  }

  @FormPost(`${ACTION}/details`)
  saveDetails(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.saveDetails(caller, ids, sent);
  }

  @PageGet(`${ACTION}/milestones/new`, CHANGE_FORM)
  @Policy(Permission.PostProgress)
  newMilestonePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.newMilestoneForm(caller, ids);
  }

  @FormPost(`${ACTION}/milestones/new`)
  @Policy(Permission.PostProgress)
  addMilestone(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.addMilestone(caller, ids, sent);
  }

  @PageGet(`${ACTION}/milestones/:milestoneId/edit`, CHANGE_FORM)
  @Policy(Permission.PostProgress)
  milestonePage(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    return this.pages.milestoneForm(caller, ids);
  }

  @FormPost(`${ACTION}/milestones/:milestoneId/edit`)
  @Policy(Permission.PostProgress)
  saveMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds, @Body() sent: Form) {
    return this.pages.saveMilestone(caller, ids, sent);
  }

  /** A button in the milestones table. */
  @FormPost(`${ACTION}/milestones/:milestoneId/complete`)
  @Policy(Permission.PostProgress)
  completeMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds, @Body() sent: Form) {
    return this.pages.completeMilestone(caller, ids, sent);
  }

  @PageGet(`${ACTION}/milestones/:milestoneId/remove`, CHECK_PAGE)
  removeMilestonePage(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    return this.pages.removeMilestoneCheck(caller, ids);
  }

  @FormPost(`${ACTION}/milestones/:milestoneId/remove`)
  removeMilestone(@CurrentCaller() caller: Caller, @Param() ids: MilestoneIds) {
    return this.pages.removeMilestone(caller, ids);
  }

  @PageGet(`${ACTION}/indicators/new`, CHANGE_FORM)
  newIndicatorPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.indicatorForm(caller, ids, null, null);
  }

  @FormPost(`${ACTION}/indicators/new`)
  attachIndicator(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.attachIndicator(caller, ids, sent);
  }

  @PageGet(`${ACTION}/indicators/:linkId/edit`, CHANGE_FORM)
  indicatorPage(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    return this.pages.indicatorForm(caller, ids, ids.linkId, null);
  }

  @FormPost(`${ACTION}/indicators/:linkId/edit`)
  saveIndicator(@CurrentCaller() caller: Caller, @Param() ids: LinkIds, @Body() sent: Form) {
    return this.pages.saveIndicator(caller, ids, sent);
  }

  @PageGet(`${ACTION}/indicators/:linkId/remove`, CHECK_PAGE)
  detachIndicatorPage(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    return this.pages.detachIndicatorCheck(caller, ids);
  }

  @FormPost(`${ACTION}/indicators/:linkId/remove`)
  detachIndicator(@CurrentCaller() caller: Caller, @Param() ids: LinkIds) {
    return this.pages.detachIndicator(caller, ids);
  }

  @PageGet(`${ACTION}/override`, CHANGE_FORM)
  overridePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query() query: Form) {
    return this.pages.overrideForm(caller, ids, query);
  }

  @CheckPost(`${ACTION}/override/check`, CHECK_PAGE)
  checkOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.checkOverride(caller, ids, sent);
  }

  @FormPost(`${ACTION}/override`)
  saveOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.saveOverride(caller, ids, sent);
  }

  @PageGet(`${ACTION}/override/remove`, CHECK_PAGE)
  removeOverridePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.removeOverrideCheck(caller, ids);
  }

  @FormPost(`${ACTION}/override/remove`)
  removeOverride(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.removeOverride(caller, ids, sent);
  }

  @PageGet(`${ACTION}/cancel`, CHANGE_FORM)
  cancelPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query() query: Form) {
    return this.pages.cancelForm(caller, ids, query);
  }

  @CheckPost(`${ACTION}/cancel/check`, CHECK_PAGE)
  checkCancel(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.checkCancel(caller, ids, sent);
  }

  @FormPost(`${ACTION}/cancel`)
  cancel(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.cancel(caller, ids, sent);
  }

  @PageGet(`${ACTION}/complete`, CHECK_PAGE)
  completePage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.completeCheck(caller, ids);
  }

  @FormPost(`${ACTION}/complete`)
  complete(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.complete(caller, ids, sent);
  }

  @PageGet(`${ACTION}/reopen`, CHECK_PAGE)
  reopenPage(@CurrentCaller() caller: Caller, @Param() ids: ActionIds) {
    return this.pages.reopenCheck(caller, ids);
  }

  @FormPost(`${ACTION}/reopen`)
  reopen(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Body() sent: Form) {
    return this.pages.reopen(caller, ids, sent);
  }

  @PageGet(`${ACTION}/history`, HISTORY_PAGE)
  @Policy(Permission.ReadAudit)
  history(@CurrentCaller() caller: Caller, @Param() ids: ActionIds, @Query('before') before?: string) {
    return this.pages.history(caller, ids, before);
  }
}
