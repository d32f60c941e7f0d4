import { Body, Controller, Get, Post, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { IdParam } from '../web/admin-pages';
import { submitForm } from '../web/form-validation';
import { Pages } from '../web/pages';
import { tokenFrom } from './account.form';
import { accountPage } from './account.view';
import { UsersService } from './users.service';

/** The signed-in user's own page: who they are, and their personal access tokens. */
@Pages()
@Policy(Permission.SignedIn)
@Controller('account')
export class AccountPageController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Render('pages/account.njk')
  page(@CurrentCaller() caller: Caller) {
    return this.account(caller);
  }

  /** Makes a token and shows it on this response only: it is never stored or shown again. */
  @Post('tokens')
  async createToken(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await tokenFrom(form);
    const owner = { id: caller.userId, authorityId: caller.authorityId };
    const outcome = await submitForm(errors, 'name', () =>
      this.auth.createToken(owner, value.name, value.expiresInDays),
    );
    const shown = outcome.ok
      ? { newToken: { name: value.name, value: outcome.saved.value } }
      : { errors: outcome.errors, values: { name: value.name, expiresInDays: form.expiresInDays } };
    response.status(outcome.ok ? 201 : outcome.status).render('pages/account.njk', await this.account(caller, shown));
  }

  @Post('tokens/:id/revoke')
  async revokeToken(@CurrentCaller() caller: Caller, @IdParam() id: string, @Res() response: Response) {
    await this.auth.revokeToken(caller, id);
    response.redirect(303, '/account');
  }

  private async account(caller: Caller, form: Parameters<typeof accountPage>[3] = {}) {
    const user = await this.users.get(caller.authorityId, caller.userId);
    return accountPage(user, caller.authorityName, await this.auth.tokensOf(caller), form);
  }
}
