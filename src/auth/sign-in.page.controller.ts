import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { safeReturnPath } from '../web/page-context';
import { Pages } from '../web/pages';
import { AuthService } from './auth.service';
import { signInBrowser } from './browser-session';
import { CurrentCaller } from './caller.decorator';
import { SESSION_COOKIE, clearCookie } from '../common/cookies';
import { Csrf } from '../common/csrf';
import { Permission, Policy } from './policy';
import { signInFrom, signInRefusal } from './sign-in.form';
import { signInPage } from './sign-in.view';

@Pages()
@Controller()
export class SignInPageController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  /** The form, or where the caller was going when they are signed in already. */
  @Get('sign-in')
  @Policy(Permission.Public)
  page(
    @Req() request: Request,
    @Res() response: Response,
    @Query('next') next?: string,
    @Query('signedOut') out?: string,
  ) {
    if (request.caller) return response.redirect(303, safeReturnPath(next));
    response.render('pages/sign-in.njk', signInPage(safeReturnPath(next), '', {}, Boolean(out)));
  }

  /** Checks the password, replaces any earlier session of this browser with a new one, and goes on. */
  @Post('sign-in')
  @HttpCode(200)
  @Policy(Permission.Public)
  async signIn(@Body() form: Form, @Req() request: Request, @Res() response: Response) {
    const next = safeReturnPath(form.next);
    const { value, errors } = await signInFrom(form);
    if (Object.keys(errors).length > 0) response.status(400);
    else {
      try {
        await signInBrowser(this.auth, this.csrf, request, response, value);
        return response.redirect(303, next);
      } catch (error) {
        const refusal = signInRefusal(error);
        if (!refusal) throw error;
        if (refusal.retryAfter) response.setHeader('Retry-After', String(refusal.retryAfter));
        response.status(refusal.status);
        errors.form = refusal.message;
      }
    }
    response.render('pages/sign-in.njk', signInPage(next, value.email, errors));
  }

  @Post('sign-out')
  @Policy(Permission.SignedIn)
  async signOut(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response) {
    await this.auth.signOut(caller);
    clearCookie(request, response, SESSION_COOKIE);
    this.csrf.tokenFor(request, response, true);
    response.redirect(303, '/sign-in?signedOut=1');
  }
}
