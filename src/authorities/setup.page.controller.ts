import { Body, Controller, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Permission, Policy } from '../auth/policy';
import type { Form } from '../web/admin-forms';
import { FormPost, PageGet, Pages } from '../web/pages';
import { SETUP, SetupPageService } from './setup.page.service';

/**
 * The first run: while the installation has no authority, the set-up link printed at start opens
 * this page, which sets up the council and its first administrator and signs them in. Afterwards
 * the page is gone.
 */
@Pages()
@Policy(Permission.Public)
@Controller('setup')
export class SetupPageController {
  constructor(private readonly pages: SetupPageService) {}

  @PageGet('', SETUP)
  page(@Query('token') token = '') {
    return this.pages.page(token);
  }

  /** The response only takes the administrator's session cookie; Nest still sends the redirect. */
  @FormPost('')
  submit(@Body() form: Form, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.pages.setUp(form, request, response);
  }
}
