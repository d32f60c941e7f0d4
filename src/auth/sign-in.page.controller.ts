import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { pageContext, safeReturnPath } from '../web/page-context';
import { AuthService, SESSION_LIFETIME } from './auth.service';
import { CurrentCaller } from './caller.decorator';
import { clientAddress } from './client-address';
import { SESSION_COOKIE, clearCookie, readCookie, writeCookie } from './cookies';
import { Csrf } from './csrf';
import { Permission, Policy } from './policy';
import { sha256 } from './secrets';

interface SignInForm {
  email?: unknown;
  password?: unknown;
  next?: unknown;
}

@ApiExcludeController()
@Controller()
export class SignInPageController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  @Get('sign-in')
  @Policy(Permission.Public)
  page(
    @Req() request: Request,
    @Res() response: Response,
    @Query('next') next?: string,
    @Query('signedOut') signedOut?: string,
  ): void {
    if (request.caller) return response.redirect(303, safeReturnPath(next));
    response.render('pages/sign-in.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Sign in',
      next: safeReturnPath(next),
      email: '',
      errors: {},
      notice: signedOut ? 'You have signed out.' : null,
    });
  }

  /** Checks the password, replaces any earlier session of this browser with a new one, and goes on. */
  @Post('sign-in')
  @HttpCode(200)
  @Policy(Permission.Public)
  async signIn(@Body() form: SignInForm, @Req() request: Request, @Res() response: Response): Promise<void> {
    const email = typeof form.email === 'string' ? form.email.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeReturnPath(form.next);
    const errors: Record<string, string> = {};
    if (!email) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    if (Object.keys(errors).length === 0) {
      try {
        const earlier = readCookie(request, SESSION_COOKIE);
        const { sessionToken } = await this.auth.signIn({
          email,
          password,
          ipAddress: clientAddress(request),
          userAgent: request.get('user-agent'),
        });
        if (earlier) await this.auth.endSessionByToken(earlier, sha256(sessionToken));
        writeCookie(request, response, SESSION_COOKIE, sessionToken, SESSION_LIFETIME.absoluteHours * 3600_000);
        this.csrf.tokenFor(request, response, true);
        return response.redirect(303, next);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.code === ErrorCode.TooManyRequests) {
          response.status(429);
          const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
          if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
        } else if (error.code === ErrorCode.Forbidden) response.status(403);
        else response.status(401);
        errors.form = error.message;
      }
    } else {
      response.status(400);
    }
    response.render('pages/sign-in.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Sign in',
      next,
      email,
      errors,
      notice: null,
    });
  }

  @Post('sign-out')
  @Policy(Permission.SignedIn)
  async signOut(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.auth.signOut(caller);
    clearCookie(request, response, SESSION_COOKIE);
    this.csrf.tokenFor(request, response, true);
    response.redirect(303, '/sign-in?signedOut=1');
  }
}
