import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { PARTNER_KINDS } from '../domain/vocabulary';
import { errorList, type FormErrors, onControls, submitForm, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { CreatePartnerDto, CreateThemeLeadDto, UpdatePartnerDto, UpdateThemeLeadDto } from './partnership.dto';
import { PartnershipService, usageInWords } from './partnership.service';
import { isEcmOutcome, themeChoices, themeLabel } from './themes';
import { UsersService } from './users.service';

type Form = Record<string, unknown>;

const PARTNER_KIND_LABELS: Record<string, string> = {
  council: 'Council',
  health: 'Health',
  police: 'Police',
  education: 'Education',
  connexions: 'Connexions',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

const PARTNER_CONTROLS = ['name', 'kind'];
const LEAD_CONTROLS = ['theme', 'leadName', 'leadTitle', 'userId', 'partnerOrganisationId'];

const PARTNER_MESSAGES: Record<string, string> = {
  name: 'Enter the organisation’s name',
  kind: 'Choose the kind of organisation',
};

const LEAD_MESSAGES: Record<string, string> = {
  theme: 'Choose the theme they lead',
  leadName: 'Enter the lead’s name',
  leadTitle: 'Enter a job title of up to 200 characters',
  userId: 'Choose a user from the list',
  partnerOrganisationId: 'Choose a partner organisation from the list',
};

const PARTNER_NOTICES: Record<string, string> = {
  added: 'The partner organisation has been added.',
  changed: 'The partner organisation has been changed. Actions, users and theme leads show its new name.',
  removed: 'The partner organisation has been removed.',
};

const LEAD_NOTICES: Record<string, string> = {
  added: 'The theme lead has been added. New plans suggest them as owner for the theme’s actions.',
  changed: 'The theme lead has been changed.',
  removed: 'The theme lead has been removed. New actions for the theme get no suggested owner.',
};

/**
 * The partnership pages: add, rename and remove partner organisations, and say who leads each
 * theme. Every form posts and redirects back with a banner, so it all works without JavaScript.
 */
@ApiExcludeController()
@Controller('admin')
export class PartnershipPageController {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly users: UsersService,
    private readonly csrf: Csrf,
  ) {}

  @Get('partners')
  @Policy(Permission.Administer)
  async partners(
    @CurrentCaller() caller: Caller,
    @Query('done') done: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderPartners(caller, request, response, {
      notice: done ? (PARTNER_NOTICES[done] ?? null) : null,
      values: {},
      errors: {},
    });
  }

  @Post('partners')
  @Policy(Permission.Administer)
  async addPartner(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const partner = { name: text(form, 'name'), kind: text(form, 'kind') };
    const { errors } = await validateAs(CreatePartnerDto, partner, PARTNER_MESSAGES);
    const outcome = await submitForm(errors, 'name', () =>
      this.partnership.addPartner(caller.authorityId, partner as CreatePartnerDto),
    );
    if (outcome.ok) return response.redirect(303, '/admin/partners?done=added');
    response.status(outcome.status);
    await this.renderPartners(caller, request, response, {
      notice: null,
      values: partner,
      errors: onControls(outcome.errors, PARTNER_CONTROLS, 'name'),
    });
  }

  @Get('partners/:id')
  @Policy(Permission.Administer)
  async partnerPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const partner = await this.partnership.partner(caller.authorityId, id);
    await this.renderPartner(caller, id, request, response, { name: partner.name, kind: partner.kind }, {});
  }

  @Post('partners/:id')
  @Policy(Permission.Administer)
  async changePartner(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const changes = { name: text(form, 'name'), kind: text(form, 'kind') };
    const { errors } = await validateAs(UpdatePartnerDto, changes, PARTNER_MESSAGES);
    const outcome = await submitForm(errors, 'name', () =>
      this.partnership.changePartner(caller.authorityId, id, changes as UpdatePartnerDto),
    );
    if (outcome.ok) return response.redirect(303, '/admin/partners?done=changed');
    response.status(outcome.status);
    await this.renderPartner(
      caller,
      id,
      request,
      response,
      changes,
      onControls(outcome.errors, PARTNER_CONTROLS, 'name'),
    );
  }

  @Get('partners/:id/remove')
  @Policy(Permission.Administer)
  async removePartnerPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderRemovePartner(caller, id, request, response, {});
  }

  @Post('partners/:id/remove')
  @Policy(Permission.Administer)
  async removePartner(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await submitForm({}, 'remove', () => this.partnership.removePartner(caller.authorityId, id));
    if (outcome.ok) return response.redirect(303, '/admin/partners?done=removed');
    response.status(outcome.status);
    await this.renderRemovePartner(caller, id, request, response, { remove: Object.values(outcome.errors)[0] });
  }

  @Get('theme-leads')
  @Policy(Permission.Administer)
  async themeLeads(
    @CurrentCaller() caller: Caller,
    @Query('done') done: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderThemeLeads(caller, request, response, {
      notice: done ? (LEAD_NOTICES[done] ?? null) : null,
      values: {},
      errors: {},
    });
  }

  @Post('theme-leads')
  @Policy(Permission.Administer)
  async addThemeLead(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const lead = { theme: text(form, 'theme'), ...leadFields(form) };
    const { errors } = await validateAs(CreateThemeLeadDto, lead, LEAD_MESSAGES);
    const outcome = await submitForm(errors, 'theme', () =>
      this.partnership.addThemeLead(caller.authorityId, lead as CreateThemeLeadDto),
    );
    if (outcome.ok) return response.redirect(303, '/admin/theme-leads?done=added');
    response.status(outcome.status);
    await this.renderThemeLeads(caller, request, response, {
      notice: null,
      values: lead,
      errors: onControls(outcome.errors, LEAD_CONTROLS, 'theme'),
    });
  }

  @Get('theme-leads/:id')
  @Policy(Permission.Administer)
  async themeLeadPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const lead = await this.partnership.themeLead(caller.authorityId, id);
    await this.renderThemeLead(
      caller,
      id,
      request,
      response,
      {
        leadName: lead.leadName,
        leadTitle: lead.leadTitle ?? '',
        userId: lead.userId ?? '',
        partnerOrganisationId: lead.partnerOrganisationId ?? '',
      },
      {},
    );
  }

  @Post('theme-leads/:id')
  @Policy(Permission.Administer)
  async changeThemeLead(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const changes = leadFields(form);
    const { errors } = await validateAs(UpdateThemeLeadDto, changes, LEAD_MESSAGES);
    const outcome = await submitForm(errors, 'leadName', () =>
      this.partnership.changeThemeLead(caller.authorityId, id, changes as UpdateThemeLeadDto),
    );
    if (outcome.ok) return response.redirect(303, '/admin/theme-leads?done=changed');
    response.status(outcome.status);
    await this.renderThemeLead(
      caller,
      id,
      request,
      response,
      changes,
      onControls(outcome.errors, LEAD_CONTROLS, 'leadName'),
    );
  }

  @Get('theme-leads/:id/remove')
  @Policy(Permission.Administer)
  async removeThemeLeadPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const lead = await this.partnership.themeLead(caller.authorityId, id);
    response.render('pages/admin-theme-lead-remove.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Remove the lead for ${themeLabel(lead.theme)}`,
      lead: { id: lead.id, theme: themeLabel(lead.theme), leadName: lead.leadName },
    });
  }

  @Post('theme-leads/:id/remove')
  @Policy(Permission.Administer)
  async removeThemeLead(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.partnership.removeThemeLead(caller.authorityId, id);
    response.redirect(303, '/admin/theme-leads?done=removed');
  }

  private async renderPartners(
    caller: Caller,
    request: Request,
    response: Response,
    model: { notice: string | null; values: Record<string, string>; errors: FormErrors },
  ): Promise<void> {
    const partners = await this.partnership.partners(caller.authorityId);
    response.render('pages/admin-partners.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Partner organisations',
      partners: partners.map((partner) => ({
        id: partner.id,
        name: partner.name,
        kind: PARTNER_KIND_LABELS[partner.kind] ?? partner.kind,
      })),
      kinds: kindChoices(),
      ...model,
      errorList: errorList(model.errors),
    });
  }

  private async renderPartner(
    caller: Caller,
    id: string,
    request: Request,
    response: Response,
    values: Record<string, string>,
    errors: FormErrors,
  ): Promise<void> {
    const partner = await this.partnership.partner(caller.authorityId, id);
    response.render('pages/admin-partner.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Change ${partner.name}`,
      partner: { id: partner.id, name: partner.name },
      kinds: kindChoices(),
      values,
      errors,
      errorList: errorList(errors),
    });
  }

  private async renderRemovePartner(
    caller: Caller,
    id: string,
    request: Request,
    response: Response,
    errors: FormErrors,
  ): Promise<void> {
    const partner = await this.partnership.partner(caller.authorityId, id);
    const usage = await this.partnership.partnerUsage(caller.authorityId, id);
    response.render('pages/admin-partner-remove.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Remove ${partner.name}`,
      partner: { id: partner.id, name: partner.name },
      usedAs: usageInWords(usage),
      errors,
      errorList: errorList(errors),
    });
  }

  private async renderThemeLeads(
    caller: Caller,
    request: Request,
    response: Response,
    model: { notice: string | null; values: Record<string, unknown>; errors: FormErrors },
  ): Promise<void> {
    const leads = await this.partnership.themeLeads(caller.authorityId);
    const led = new Set(leads.map((lead) => lead.theme));
    response.render('pages/admin-theme-leads.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Theme leads',
      leads: leads.map((lead) => ({
        id: lead.id,
        theme: themeLabel(lead.theme),
        kind: isEcmOutcome(lead.theme) ? 'Every Child Matters outcome' : 'Judgement area',
        leadName: lead.leadName,
        leadTitle: lead.leadTitle,
        user: lead.user ? `${lead.user.displayName} (${lead.user.email})` : null,
        partner: lead.partnerOrganisation?.name ?? null,
      })),
      themes: [{ value: '', text: 'Choose a theme' }].concat(themeChoices().filter((theme) => !led.has(theme.value))),
      ...(await this.people(caller)),
      ...model,
      errorList: errorList(model.errors),
    });
  }

  private async renderThemeLead(
    caller: Caller,
    id: string,
    request: Request,
    response: Response,
    values: Record<string, unknown>,
    errors: FormErrors,
  ): Promise<void> {
    const lead = await this.partnership.themeLead(caller.authorityId, id);
    response.render('pages/admin-theme-lead.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Change the lead for ${themeLabel(lead.theme)}`,
      lead: { id: lead.id, theme: themeLabel(lead.theme) },
      ...(await this.people(caller)),
      values,
      errors,
      errorList: errorList(errors),
    });
  }

  private async people(caller: Caller): Promise<Record<string, unknown>> {
    const users = await this.users.list(caller.authorityId);
    const partners = await this.partnership.partners(caller.authorityId);
    return {
      users: [{ value: '', text: 'No account' }].concat(
        users.map((user) => ({
          value: user.id,
          text: `${user.displayName} (${user.email})${user.active ? '' : ', deactivated'}`,
        })),
      ),
      partners: [{ value: '', text: 'None' }].concat(
        partners.map((partner) => ({ value: partner.id, text: partner.name })),
      ),
    };
  }
}

function kindChoices(): { value: string; text: string }[] {
  return [{ value: '', text: 'Choose the kind' }].concat(
    PARTNER_KINDS.map((kind) => ({ value: kind, text: PARTNER_KIND_LABELS[kind] })),
  );
}

/** The fields a lead's form sends, empty choices as null, as the API takes them. */
function leadFields(form: Form): Record<string, string | null> {
  return {
    leadName: text(form, 'leadName'),
    leadTitle: text(form, 'leadTitle') || null,
    userId: text(form, 'userId') || null,
    partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
  };
}
