/** The first run's page: the council and its first administrator. */
import type { Council } from '../benchmarking/councils';
import { HOUSE_STYLE_LABELS, HOUSE_STYLES } from '../reports/paper-html';
import { type Form, choicesAfter, withErrors } from '../web/admin-forms';
import type { FormErrors } from '../web/form-validation';
import { typed } from './admin.form';

export const SETUP_CONTROLS = ['onsCode', 'adminName', 'adminEmail', 'password', 'houseStyle'];

/** The form as typed, but never the password. */
export function setupValues(form: Form): Record<string, string> {
  return typed(
    form,
    SETUP_CONTROLS.filter((name) => name !== 'password'),
  );
}

export function setupPage(
  councils: readonly Pick<Council, 'onsCode' | 'name' | 'region'>[],
  token: string,
  values: Record<string, string> = { houseStyle: 'executive-board' },
  errors: FormErrors = {},
) {
  return {
    pageTitle: 'Set up your council',
    token,
    values,
    ...withErrors(errors, SETUP_CONTROLS, 'onsCode'),
    councils: choicesAfter(
      'Choose your council',
      councils.map((council) => ({
        value: council.onsCode,
        text: `${council.name} (${council.onsCode}, ${council.region})`,
        selected: council.onsCode === values.onsCode,
      })),
    ),
    houseStyles: HOUSE_STYLES.map((style) => ({
      value: style,
      text: HOUSE_STYLE_LABELS[style],
      checked: style === values.houseStyle,
    })),
  };
}
