/** The partnership pages' forms, turned into the API's own DTOs and checked with its rules, in the pages' words. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { CreatePartnerDto, CreateThemeLeadDto, UpdatePartnerDto, UpdateThemeLeadDto } from './partnership.dto';

export const PARTNER_CONTROLS = ['name', 'kind'];
export const LEAD_CONTROLS = ['theme', 'leadName', 'leadTitle', 'userId', 'partnerOrganisationId'];

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

type Checked<T> = Promise<{ value: T; errors: FormErrors }>;

/** A partner organisation's form; the same fields add one or change one. */
export async function partnerFrom<T extends CreatePartnerDto | UpdatePartnerDto>(
  form: Form,
  type: new () => T,
): Checked<T> {
  const partner = { name: text(form, 'name'), kind: text(form, 'kind') };
  return { value: partner as T, errors: (await validateAs(type, partner, PARTNER_MESSAGES)).errors };
}

/** A theme lead's form to add one: its theme, and the lead's fields. */
export async function newThemeLeadFrom(form: Form): Checked<CreateThemeLeadDto> {
  const lead = { theme: text(form, 'theme'), ...leadFields(form) };
  return {
    value: lead as CreateThemeLeadDto,
    errors: (await validateAs(CreateThemeLeadDto, lead, LEAD_MESSAGES)).errors,
  };
}

/** A theme lead's form to change one: its theme stays. */
export async function themeLeadFrom(form: Form): Checked<UpdateThemeLeadDto> {
  const changes = leadFields(form);
  return { value: changes, errors: (await validateAs(UpdateThemeLeadDto, changes, LEAD_MESSAGES)).errors };
}

/** The fields a lead's form sends, empty choices as null, as the API takes them. */
function leadFields(form: Form): UpdateThemeLeadDto & { leadName: string } {
  return {
    leadName: text(form, 'leadName'),
    leadTitle: text(form, 'leadTitle') || null,
    userId: text(form, 'userId') || null,
    partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
  };
}
