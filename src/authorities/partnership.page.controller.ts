import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { UsersService } from '../users/users.service';
import type { Form } from '../web/admin-forms';
import { IdParam, redirectOrRender } from '../web/admin-pages';
import { type FormErrors, submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { CreatePartnerDto, UpdatePartnerDto } from './partnership.dto';
import { newThemeLeadFrom, partnerFrom, themeLeadFrom } from './partnership.form';
import { PartnershipService, usageInWords } from './partnership.service';
import * as view from './partnership.view';

const PARTNERS = 'pages/admin-partners.njk';
const PARTNER = 'pages/admin-partner.njk';
const REMOVE_PARTNER = 'pages/admin-partner-remove.njk';
const LEADS = 'pages/admin-theme-leads.njk';
const LEAD = 'pages/admin-theme-lead.njk';

/**
 * The partnership pages: add, rename and remove partner organisations, and say who leads each
 * theme. Every form posts and redirects back with a banner, so it all works without JavaScript.
 */
@Pages()
@Policy(Permission.Administer)
@Controller('admin')
export class PartnershipPageController {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly users: UsersService,
  ) {}

  @Get('partners')
  @Render(PARTNERS)
  async partners(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return view.partnersPage(await this.partnership.partners(caller.authorityId), done);
  }

  @Post('partners')
  async addPartner(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await partnerFrom(form, CreatePartnerDto);
    const outcome = await submitForm(errors, 'name', () => this.partnership.addPartner(caller.authorityId, value));
    await redirectOrRender(response, outcome, '/admin/partners?done=added', PARTNERS, async (refused) =>
      view.partnersPage(await this.partnership.partners(caller.authorityId), undefined, value, refused),
    );
  }

  @Get('partners/:id')
  @Render(PARTNER)
  async partner(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return view.partnerPage(await this.partnership.partner(caller.authorityId, id));
  }

  @Post('partners/:id')
  async changePartner(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() form: Form,
    @Res() response: Response,
  ) {
    const { value, errors } = await partnerFrom(form, UpdatePartnerDto);
    const outcome = await submitForm(errors, 'name', () =>
      this.partnership.changePartner(caller.authorityId, id, value),
    );
    await redirectOrRender(response, outcome, '/admin/partners?done=changed', PARTNER, async (refused) =>
      view.partnerPage(await this.partnership.partner(caller.authorityId, id), value, refused),
    );
  }

  @Get('partners/:id/remove')
  @Render(REMOVE_PARTNER)
  removePartnerPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.removal(caller, id);
  }

  @Post('partners/:id/remove')
  async removePartner(@CurrentCaller() caller: Caller, @IdParam() id: string, @Res() response: Response) {
    const outcome = await submitForm({}, 'remove', () => this.partnership.removePartner(caller.authorityId, id));
    await redirectOrRender(response, outcome, '/admin/partners?done=removed', REMOVE_PARTNER, (refused) =>
      this.removal(caller, id, refused),
    );
  }

  @Get('theme-leads')
  @Render(LEADS)
  themeLeads(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return this.leads(caller, done);
  }

  @Post('theme-leads')
  async addThemeLead(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await newThemeLeadFrom(form);
    const outcome = await submitForm(errors, 'theme', () => this.partnership.addThemeLead(caller.authorityId, value));
    await redirectOrRender(response, outcome, '/admin/theme-leads?done=added', LEADS, (refused) =>
      this.leads(caller, undefined, value, refused),
    );
  }

  @Get('theme-leads/:id')
  @Render(LEAD)
  themeLead(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.lead(caller, id);
  }

  @Post('theme-leads/:id')
  async changeThemeLead(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() form: Form,
    @Res() response: Response,
  ) {
    const { value, errors } = await themeLeadFrom(form);
    const outcome = await submitForm(errors, 'leadName', () =>
      this.partnership.changeThemeLead(caller.authorityId, id, value),
    );
    await redirectOrRender(response, outcome, '/admin/theme-leads?done=changed', LEAD, (refused) =>
      this.lead(caller, id, value, refused),
    );
  }

  @Get('theme-leads/:id/remove')
  @Render('pages/admin-theme-lead-remove.njk')
  async removeThemeLeadPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return view.removeThemeLeadPage(await this.partnership.themeLead(caller.authorityId, id));
  }

  @Post('theme-leads/:id/remove')
  async removeThemeLead(@CurrentCaller() caller: Caller, @IdParam() id: string, @Res() response: Response) {
    await this.partnership.removeThemeLead(caller.authorityId, id);
    response.redirect(303, '/admin/theme-leads?done=removed');
  }

  private async removal(caller: Caller, id: string, errors: FormErrors = {}) {
    const usedAs = usageInWords(await this.partnership.partnerUsage(caller.authorityId, id));
    return view.removePartnerPage(await this.partnership.partner(caller.authorityId, id), usedAs, errors);
  }

  private async leads(caller: Caller, done?: string, values?: object, errors?: FormErrors) {
    const leads = await this.partnership.themeLeads(caller.authorityId);
    return view.themeLeadsPage(leads, await this.people(caller), done, values, errors);
  }

  private async lead(caller: Caller, id: string, values?: object, errors?: FormErrors) {
    const lead = await this.partnership.themeLead(caller.authorityId, id);
    return view.themeLeadPage(lead, await this.people(caller), values, errors);
  }

  private async people(caller: Caller): Promise<view.People> {
    const users = await this.users.list(caller.authorityId);
    return view.peopleChoices(users, await this.partnership.partners(caller.authorityId));
  }
}
