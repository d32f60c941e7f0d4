import { Body, Controller, Get, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { signInBrowser } from '../auth/browser-session';
import { Csrf } from '../common/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Form } from '../web/admin-forms';
import { submitForm, text } from '../web/form-validation';
import { Pages } from '../web/pages';
import { SetupService } from './setup.service';
import { setupPage, setupValues } from './setup.view';

/**
 * The first run: while the installation has no authority, the set-up link printed at start opens
 * this page, which sets up the council and its first administrator and signs them in. Afterwards
 * the page is gone.
 */
@Pages()
@Policy(Permission.Public)
@Controller('setup')
export class SetupPageController {
  constructor(
    private readonly setup: SetupService,
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Render('pages/setup.njk')
  async page(@Query('token') token = '') {
    await this.setup.checkLink(token);
    return setupPage(this.setup.councils(), token);
  }

  /** The council and its administrator, who is signed in at once: a render or a redirect with a cookie. */
  @Post()
  async submit(@Body() form: Form, @Req() request: Request, @Res() response: Response) {
    const [token, password] = [text(form, 'token'), typeof form.password === 'string' ? form.password : ''];
    const admin = { name: text(form, 'adminName'), email: text(form, 'adminEmail'), password };
    const input = { onsCode: text(form, 'onsCode'), houseStyle: text(form, 'houseStyle'), admin };
    const outcome = await submitForm({}, 'onsCode', () => this.setup.setUpFromLink(token, input));
    if (!outcome.ok) {
      const page = setupPage(this.setup.councils(), token, setupValues(form), outcome.errors);
      return response.status(outcome.status).render('pages/setup.njk', page);
    }
    await signInBrowser(this.auth, this.csrf, request, response, { email: outcome.saved.admin.email, password });
    response.redirect(303, '/admin/settings?welcome=1');
  }
}
