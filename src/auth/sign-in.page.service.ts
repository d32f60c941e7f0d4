import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { safeReturnPath } from '../web/page-context';
import { hasErrors, refuse } from '../web/pages';
import { AuthService } from './auth.service';
import { signInBrowser } from './browser-session';
import { SESSION_COOKIE, clearCookie } from '../common/cookies';
import { Csrf } from '../common/csrf';
import { signInFrom, signInRefusal } from './sign-in.form';
import { signInPage } from './sign-in.view';

const SIGN_IN = 'pages/sign-in.njk';

/** Signing a browser in and out: the session cookie and a fresh CSRF token go on the response. */
@Injectable()
export class SignInPageService {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  /** The form, or a redirect to where the caller was going when they are signed in already. */
  page(request: Request, response: Response, next: string | undefined, signedOut: string | undefined): void {
    if (request.caller) return response.redirect(303, safeReturnPath(next));
    response.render(SIGN_IN, signInPage(safeReturnPath(next), '', {}, Boolean(signedOut)));
  }

  /** Checks the password, replaces any earlier session of this browser with a new one, and goes on. */
  async signIn(form: Form, request: Request, response: Response): Promise<{ url: string }> {
    const next = safeReturnPath(form.next);
    const { value, errors } = await signInFrom(form);
    if (hasErrors(errors)) refuse(SIGN_IN, signInPage(next, value.email, errors));
    try {
      await signInBrowser(this.auth, this.csrf, request, response, value);
    } catch (error) {
      const refusal = signInRefusal(error);
      if (!refusal) throw error;
      if (refusal.retryAfter) response.setHeader('Retry-After', String(refusal.retryAfter));
      refuse(SIGN_IN, signInPage(next, value.email, { form: refusal.message }), refusal.status);
    }
    return { url: next };
  }

  async signOut(caller: Caller, request: Request, response: Response): Promise<void> {
    await this.auth.signOut(caller);
    clearCookie(request, response, SESSION_COOKIE);
    this.csrf.tokenFor(request, response, true);
  }
}
