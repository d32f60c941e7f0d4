import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService, SESSION_LIFETIME } from '../auth/auth.service';
import { clientAddress } from '../auth/client-address';
import { SESSION_COOKIE, writeCookie } from '../auth/cookies';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import { HOUSE_STYLE_LABELS, HOUSE_STYLES } from '../reports/paper-html';
import { errorList, type FormErrors, onControls, submitForm, text } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { SetupService } from './setup.service';

type Form = Record<string, unknown>;

const CONTROLS = ['onsCode', 'adminName', 'adminEmail', 'password', 'houseStyle'];

/**
 * The first run: while the installation has no authority, the set-up link printed at start opens
 * this page, which sets up the council and its first administrator and signs them in. Afterwards
 * the page is gone.
 */
@ApiExcludeController()
@Controller('setup')
export class SetupPageController {
  constructor(
    private readonly setup: SetupService,
    private readonly auth: AuthService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Public)
  async page(@Query('token') token: string | undefined, @Req() request: Request, @Res() response: Response) {
    await this.setup.checkLink(token ?? '');
    this.render(request, response, token ?? '', { houseStyle: 'executive-board' }, {});
  }

  @Post()
  @Policy(Permission.Public)
  async submit(@Body() form: Form, @Req() request: Request, @Res() response: Response): Promise<void> {
    const token = text(form, 'token');
    const password = typeof form.password === 'string' ? form.password : '';
    const input = {
      onsCode: text(form, 'onsCode'),
      houseStyle: text(form, 'houseStyle'),
      admin: { name: text(form, 'adminName'), email: text(form, 'adminEmail'), password },
    };
    const outcome = await submitForm({}, 'onsCode', () => this.setup.setUpFromLink(token, input));
    if (outcome.ok) {
      const { sessionToken } = await this.auth.signIn({
        email: outcome.saved.admin.email,
        password,
        ipAddress: clientAddress(request),
        userAgent: request.get('user-agent'),
      });
      writeCookie(request, response, SESSION_COOKIE, sessionToken, SESSION_LIFETIME.absoluteHours * 3600_000);
      this.csrf.tokenFor(request, response, true);
      return response.redirect(303, '/admin/settings?welcome=1');
    }
    response.status(outcome.status);
    const values = Object.fromEntries(
      CONTROLS.filter((name) => name !== 'password').map((name) => [name, text(form, name)]),
    );
    this.render(request, response, token, values, onControls(outcome.errors, CONTROLS, 'onsCode'));
  }

  private render(
    request: Request,
    response: Response,
    token: string,
    values: Record<string, string>,
    errors: FormErrors,
  ): void {
    response.render('pages/setup.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Set up your council',
      token,
      values,
      errors,
      errorList: errorList(errors),
      councils: [
        { value: '', text: 'Choose your council' },
        ...this.setup.councils().map((council) => ({
          value: council.onsCode,
          text: `${council.name} (${council.onsCode}, ${council.region})`,
          selected: council.onsCode === values.onsCode,
        })),
      ],
      houseStyles: HOUSE_STYLES.map((style) => ({
        value: style,
        text: HOUSE_STYLE_LABELS[style],
        checked: style === values.houseStyle,
      })),
    });
  }
}
