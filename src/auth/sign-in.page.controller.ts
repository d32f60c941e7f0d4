import { Body, Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { FormPost, Pages } from '../web/pages';
import { CurrentCaller } from './caller.decorator';
import { Permission, Policy } from './policy';
import { SignInPageService } from './sign-in.page.service';

/** Signing in with a password and out again: both change the browser's session cookie, so take the response. */
@Pages()
@Controller()
export class SignInPageController {
  constructor(private readonly pages: SignInPageService) {}

  /** The form, or where the caller was going when they are signed in already: the response is one or the other. */
  @Get('sign-in')
  @Policy(Permission.Public)
  page(
    @Req() request: Request,
    @Res() response: Response,
    @Query('next') next?: string,
    @Query('signedOut') out?: string,
  ) {
    this.pages.page(request, response, next, out);
  }

  @FormPost('sign-in')
  @Policy(Permission.Public)
  signIn(@Body() form: Form, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.pages.signIn(form, request, response);
  }

  @FormPost('sign-out', '/sign-in?signedOut=1')
  @Policy(Permission.SignedIn)
  signOut(@CurrentCaller() caller: Caller, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.pages.signOut(caller, request, response);
  }
}
