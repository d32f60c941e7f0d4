/** The sign-in page's view model. */
import type { FormErrors } from '../web/form-validation';

export function signInPage(next: string, email = '', errors: FormErrors = {}, signedOut = false) {
  return { pageTitle: 'Sign in', next, email, errors, notice: signedOut ? 'You have signed out.' : null };
}
