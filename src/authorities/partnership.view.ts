/** The partnership pages' view models: partner organisations and theme leads, in words. */
import { PARTNER_KINDS } from '../domain/vocabulary';
import type { UserEntity } from '../users/user.entity';
import { type Option, choicesAfter, noticeFor, withErrors } from '../web/admin-forms';
import { type FormErrors, firstOf } from '../web/form-validation';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';
import { LEAD_CONTROLS, PARTNER_CONTROLS } from './partnership.form';
import type { ThemeLeadEntity } from './theme-lead.entity';
import { isEcmOutcome, themeChoices, themeLabel } from './themes';

type Partner = Pick<PartnerOrganisationEntity, 'id' | 'name' | 'kind'>;
type Person = Pick<UserEntity, 'id' | 'displayName' | 'email' | 'active'>;
type Lead = Pick<ThemeLeadEntity, 'id' | 'theme' | 'leadName' | 'leadTitle' | 'userId' | 'partnerOrganisationId'> & {
  user?: Pick<UserEntity, 'displayName' | 'email'> | null;
  partnerOrganisation?: Pick<PartnerOrganisationEntity, 'name'> | null;
};
/** Who a theme lead can be: the authority's users and partner organisations, as choices. */
export type People = { users: Option[]; partners: Option[] };

export const PARTNER_KIND_LABELS: Record<string, string> = {
  council: 'Council',
  health: 'Health',
  police: 'Police',
  education: 'Education',
  connexions: 'Connexions',
  voluntary: 'Voluntary sector',
  other: 'Other',
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

export function partnersPage(
  partners: readonly Partner[],
  done?: string,
  values: object = {},
  errors: FormErrors = {},
) {
  return {
    pageTitle: 'Partner organisations',
    partners: partners.map(({ id, name, kind }) => ({ id, name, kind: PARTNER_KIND_LABELS[kind] ?? kind })),
    kinds: kindChoices(),
    notice: noticeFor(PARTNER_NOTICES, done),
    values,
    ...withErrors(errors, PARTNER_CONTROLS, 'name'),
  };
}

/** The form to change a partner: its stored name and kind until a change is sent. */
export function partnerPage(partner: Partner, values: object | null = null, errors: FormErrors = {}) {
  return {
    pageTitle: `Change ${partner.name}`,
    partner: { id: partner.id, name: partner.name },
    kinds: kindChoices(),
    values: values ?? { name: partner.name, kind: partner.kind },
    ...withErrors(errors, PARTNER_CONTROLS, 'name'),
  };
}

/** `usedAs`: what the partner is still used as, in words ('' when nothing). */
export function removePartnerPage(partner: Partner, usedAs: string, errors: FormErrors = {}) {
  return {
    pageTitle: `Remove ${partner.name}`,
    partner: { id: partner.id, name: partner.name },
    usedAs,
    ...withErrors(firstOf(errors, 'remove'), ['remove'], 'remove'),
  };
}

/** Every theme lead, and the form to add one for a theme nobody leads yet. */
export function themeLeadsPage(
  leads: readonly Lead[],
  people: People,
  done?: string,
  values: object = {},
  errors: FormErrors = {},
) {
  const led = new Set(leads.map((lead) => lead.theme));
  return {
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
    themes: choicesAfter(
      'Choose a theme',
      themeChoices().filter((theme) => !led.has(theme.value)),
    ),
    ...people,
    notice: noticeFor(LEAD_NOTICES, done),
    values,
    ...withErrors(errors, LEAD_CONTROLS, 'theme'),
  };
}

/** The form to change a lead: the stored lead until a change is sent. */
export function themeLeadPage(lead: Lead, people: People, values: object | null = null, errors: FormErrors = {}) {
  return {
    pageTitle: `Change the lead for ${themeLabel(lead.theme)}`,
    lead: { id: lead.id, theme: themeLabel(lead.theme) },
    ...people,
    values: values ?? {
      leadName: lead.leadName,
      leadTitle: lead.leadTitle ?? '',
      userId: lead.userId ?? '',
      partnerOrganisationId: lead.partnerOrganisationId ?? '',
    },
    ...withErrors(errors, LEAD_CONTROLS, 'leadName'),
  };
}

export function removeThemeLeadPage(lead: Lead) {
  return {
    pageTitle: `Remove the lead for ${themeLabel(lead.theme)}`,
    lead: { id: lead.id, theme: themeLabel(lead.theme), leadName: lead.leadName },
  };
}

export function peopleChoices(users: readonly Person[], partners: readonly Partner[]): People {
  return {
    users: choicesAfter(
      'No account',
      users.map((user) => ({
        value: user.id,
        text: `${user.displayName} (${user.email})${user.active ? '' : ', deactivated'}`,
      })),
    ),
    partners: partnerChoices(partners, 'None'),
  };
}

/** The authority's partner organisations as choices, after an empty one. */
export function partnerChoices(partners: readonly Partner[], empty: string): Option[] {
  return choicesAfter(
    empty,
    partners.map((partner) => ({ value: partner.id, text: partner.name })),
  );
}

function kindChoices(): Option[] {
  return choicesAfter(
    'Choose the kind',
    PARTNER_KINDS.map((kind) => ({ value: kind, text: PARTNER_KIND_LABELS[kind] })),
  );
}
