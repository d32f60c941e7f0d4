import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { signInBrowser } from '../auth/browser-session';
import { Csrf } from '../common/csrf';
import type { Form } from '../web/admin-forms';
import { submitForm, text } from '../web/form-validation';
import { refuse } from '../web/pages';
import { SetupService } from './setup.service';
import { setupPage, setupValues } from './setup.view';

export const SETUP = 'pages/setup.njk';

/** The first run's page, and its form: the council and its administrator made, and the administrator signed in. */
@Injectable()
export class SetupPageService {
  constructor(
    private readonly setup: SetupService,
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  async page(token: string) {
    await this.setup.checkLink(token);
    return setupPage(this.setup.councils(), token);
  }

  /** The response takes the new session's cookie. */
  async setUp(form: Form, request: Request, response: Response): Promise<{ url: string }> {
    const [token, password] = [text(form, 'token'), typeof form.password === 'string' ? form.password : ''];
    const admin = { name: text(form, 'adminName'), email: text(form, 'adminEmail'), password };
    const input = { onsCode: text(form, 'onsCode'), houseStyle: text(form, 'houseStyle'), admin };
    const outcome = await submitForm({}, 'onsCode', () => this.setup.setUpFromLink(token, input));
    if (!outcome.ok) {
      return refuse(SETUP, setupPage(this.setup.councils(), token, setupValues(form), outcome.errors), outcome.status);
    }
    await signInBrowser(this.auth, this.csrf, request, response, { email: outcome.saved.admin.email, password });
    return { url: '/admin/settings?welcome=1' };
  }
}
