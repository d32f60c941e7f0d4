import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { LEAD, LEADS, PARTNER, PARTNERS, PartnershipPageService, REMOVE_PARTNER } from './partnership.page.service';

/**
 * The partnership pages: add, rename and remove partner organisations, and say who leads each
 * theme. Every form posts and redirects back with a banner, so it all works without JavaScript.
 */
@Pages()
@Policy(Permission.Administer)
@Controller('admin')
export class PartnershipPageController {
  constructor(private readonly pages: PartnershipPageService) {}

  @PageGet('partners', PARTNERS)
  partners(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return this.pages.partners(caller, done);
  }

  @FormPost('partners')
  addPartner(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.addPartner(caller, form);
  }

  @PageGet('partners/:id', PARTNER)
  partner(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.partner(caller, id);
  }

  @FormPost('partners/:id')
  changePartner(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form) {
    return this.pages.changePartner(caller, id, form);
  }

  @PageGet('partners/:id/remove', REMOVE_PARTNER)
  removePartnerPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.removal(caller, id);
  }

  @FormPost('partners/:id/remove')
  removePartner(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.removePartner(caller, id);
  }

  @PageGet('theme-leads', LEADS)
  themeLeads(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return this.pages.themeLeads(caller, done);
  }

  @FormPost('theme-leads')
  addThemeLead(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.addThemeLead(caller, form);
  }

  @PageGet('theme-leads/:id', LEAD)
  themeLead(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.themeLead(caller, id);
  }

  @FormPost('theme-leads/:id')
  changeThemeLead(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form) {
    return this.pages.changeThemeLead(caller, id, form);
  }

  @PageGet('theme-leads/:id/remove', 'pages/admin-theme-lead-remove.njk')
  removeThemeLeadPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.removeThemeLeadPage(caller, id);
  }

  @FormPost('theme-leads/:id/remove', '/admin/theme-leads?done=removed')
  removeThemeLead(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.removeThemeLead(caller, id);
  }
}
