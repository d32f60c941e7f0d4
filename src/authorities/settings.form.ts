/** The council settings' form, turned into the API's own DTO and checked with its rules, in the page's words. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { type AuthorityDto, UpdateAuthorityDto } from './authorities.dto';
import { frontSheetNames } from './council-settings';

export const SETTINGS_CONTROLS = ['name', 'houseStyle', 'reportingFrequency', 'committees', 'reportingOfficers'];

const MESSAGES: Record<string, string> = {
  name: 'Enter the council’s name, at most 200 characters',
  houseStyle: 'Choose a house style',
  reportingFrequency: 'Choose how often plans ask for progress',
  committees: 'Give at most 20 committees, one a line, each at most 200 characters',
  reportingOfficers: 'Give at most 20 officers, one a line, each at most 200 characters',
};

/** Committees and officers one a line. */
export async function settingsFrom(form: Form): Promise<{ value: UpdateAuthorityDto; errors: FormErrors }> {
  const changes = {
    name: text(form, 'name'),
    houseStyle: text(form, 'houseStyle'),
    reportingFrequency: text(form, 'reportingFrequency'),
    committees: frontSheetNames(text(form, 'committees')),
    reportingOfficers: frontSheetNames(text(form, 'reportingOfficers')),
  };
  return {
    value: changes as UpdateAuthorityDto,
    errors: (await validateAs(UpdateAuthorityDto, changes, MESSAGES)).errors,
  };
}

/** The form filled with the settings as stored. */
export function storedSettings(authority: AuthorityDto): Record<string, string> {
  return {
    name: authority.name,
    houseStyle: authority.houseStyle,
    reportingFrequency: authority.reportingFrequency,
    committees: authority.committees.join('\n'),
    reportingOfficers: authority.reportingOfficers.join('\n'),
  };
}
