/** The council settings pages' view models. */
import { HOUSE_STYLE_LABELS, HOUSE_STYLES, type HouseStyle } from '../reports/paper-html';
import { withErrors } from '../web/admin-forms';
import { type FormErrors, firstOf } from '../web/form-validation';
import { percentInWords } from './admin.view';
import type { AuthorityDto } from './authorities.dto';
import { MAX_LOGO_BYTES, REPORTING_FREQUENCIES } from './council-settings';
import { SETTINGS_CONTROLS } from './settings.form';

const FREQUENCY_LABELS: Record<(typeof REPORTING_FREQUENCIES)[number], string> = {
  quarterly: 'Quarterly (UK financial year: April to June is Q1)',
  monthly: 'Monthly',
};

const NOTICES: Record<string, string> = {
  welcome:
    'Your council is set up and you are signed in as its administrator. Next, add the people who will use the tracker.',
  saved: 'The council’s settings have been saved.',
  logo: 'The logo has been saved.',
  'logo-removed': 'The logo has been removed.',
};

/** The banner: the welcome after set-up, else the change just made. */
export function settingsNotice(welcome: string | undefined, done: string | undefined): string | null {
  if (welcome === '1') return NOTICES.welcome;
  return done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : null;
}

/**
 * Every setting on one page. The logo form is multipart, so its CSRF token goes in its address:
 * the guard reads the token before the body.
 */
export function settingsPage(
  authority: AuthorityDto,
  themeLeads: number,
  csrfToken: string,
  notice: string | null,
  logoErrors: FormErrors = {},
) {
  return {
    pageTitle: 'Council settings',
    notice,
    authority,
    houseStyle: HOUSE_STYLE_LABELS[authority.houseStyle as HouseStyle] ?? authority.houseStyle,
    reportingFrequency:
      FREQUENCY_LABELS[authority.reportingFrequency as keyof typeof FREQUENCY_LABELS] ?? authority.reportingFrequency,
    themeLeads,
    amberTolerance: percentInWords(authority.amberTolerancePercent),
    maxLogoKb: MAX_LOGO_BYTES / 1024,
    logoAction: `/admin/settings/logo?_csrf=${encodeURIComponent(csrfToken)}`,
    ...withErrors(firstOf(logoErrors, 'logo'), ['logo'], 'logo'),
  };
}

export function settingsEditPage(values: Record<string, string>, errors: FormErrors = {}) {
  return {
    pageTitle: 'Change the council’s settings',
    values,
    houseStyles: HOUSE_STYLES.map((style) => ({
      value: style,
      text: HOUSE_STYLE_LABELS[style],
      checked: style === values.houseStyle,
    })),
    frequencies: REPORTING_FREQUENCIES.map((frequency) => ({
      value: frequency,
      text: FREQUENCY_LABELS[frequency],
      checked: frequency === values.reportingFrequency,
    })),
    ...withErrors(errors, SETTINGS_CONTROLS, 'name'),
  };
}
