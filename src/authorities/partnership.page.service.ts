import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { UsersService } from '../users/users.service';
import type { Form } from '../web/admin-forms';
import { type FormErrors, submitForm } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { CreatePartnerDto, UpdatePartnerDto } from './partnership.dto';
import { newThemeLeadFrom, partnerFrom, themeLeadFrom } from './partnership.form';
import { PartnershipService, usageInWords } from './partnership.service';
import * as view from './partnership.view';

export const PARTNERS = 'pages/admin-partners.njk';
export const PARTNER = 'pages/admin-partner.njk';
export const REMOVE_PARTNER = 'pages/admin-partner-remove.njk';
export const LEADS = 'pages/admin-theme-leads.njk';
export const LEAD = 'pages/admin-theme-lead.njk';

/** The partnership pages' view models, and their forms saved or refused with the page again. */
@Injectable()
export class PartnershipPageService {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly users: UsersService,
  ) {}

  async partners(caller: Caller, done?: string) {
    return view.partnersPage(await this.partnership.partners(caller.authorityId), done);
  }

  async addPartner(caller: Caller, form: Form) {
    const { value, errors } = await partnerFrom(form, CreatePartnerDto);
    const outcome = await submitForm(errors, 'name', () => this.partnership.addPartner(caller.authorityId, value));
    return afterSubmit(outcome, '/admin/partners?done=added', PARTNERS, async (refused) =>
      view.partnersPage(await this.partnership.partners(caller.authorityId), undefined, value, refused),
    );
  }

  async partner(caller: Caller, id: string) {
    return view.partnerPage(await this.partnership.partner(caller.authorityId, id));
  }

  async changePartner(caller: Caller, id: string, form: Form) {
    const { value, errors } = await partnerFrom(form, UpdatePartnerDto);
    const outcome = await submitForm(errors, 'name', () =>
      this.partnership.changePartner(caller.authorityId, id, value),
    );
    return afterSubmit(outcome, '/admin/partners?done=changed', PARTNER, async (refused) =>
      view.partnerPage(await this.partnership.partner(caller.authorityId, id), value, refused),
    );
  }

  async removal(caller: Caller, id: string, errors: FormErrors = {}) {
    const usedAs = usageInWords(await this.partnership.partnerUsage(caller.authorityId, id));
    return view.removePartnerPage(await this.partnership.partner(caller.authorityId, id), usedAs, errors);
  }

  async removePartner(caller: Caller, id: string) {
    const outcome = await submitForm({}, 'remove', () => this.partnership.removePartner(caller.authorityId, id));
    return afterSubmit(outcome, '/admin/partners?done=removed', REMOVE_PARTNER, (refused) =>
      this.removal(caller, id, refused),
    );
  }

  async themeLeads(caller: Caller, done?: string, values?: object, errors?: FormErrors) {
    const leads = await this.partnership.themeLeads(caller.authorityId);
    return view.themeLeadsPage(leads, await this.people(caller), done, values, errors);
  }

  async addThemeLead(caller: Caller, form: Form) {
    const { value, errors } = await newThemeLeadFrom(form);
    const outcome = await submitForm(errors, 'theme', () => this.partnership.addThemeLead(caller.authorityId, value));
    return afterSubmit(outcome, '/admin/theme-leads?done=added', LEADS, (refused) =>
      this.themeLeads(caller, undefined, value, refused),
    );
  }

  async themeLead(caller: Caller, id: string, values?: object, errors?: FormErrors) {
    const lead = await this.partnership.themeLead(caller.authorityId, id);
    return view.themeLeadPage(lead, await this.people(caller), values, errors);
  }

  async changeThemeLead(caller: Caller, id: string, form: Form) {
    const { value, errors } = await themeLeadFrom(form);
    const outcome = await submitForm(errors, 'leadName', () =>
      this.partnership.changeThemeLead(caller.authorityId, id, value),
    );
    return afterSubmit(outcome, '/admin/theme-leads?done=changed', LEAD, (refused) =>
      this.themeLead(caller, id, value, refused),
    );
  }

  async removeThemeLeadPage(caller: Caller, id: string) {
    return view.removeThemeLeadPage(await this.partnership.themeLead(caller.authorityId, id));
  }

  async removeThemeLead(caller: Caller, id: string): Promise<void> {
    await this.partnership.removeThemeLead(caller.authorityId, id);
  }

  private async people(caller: Caller): Promise<view.People> {
    const users = await this.users.list(caller.authorityId);
    return view.peopleChoices(users, await this.partnership.partners(caller.authorityId));
  }
}
