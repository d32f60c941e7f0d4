import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { UsersService } from './users.service';
import type { Form } from '../web/admin-forms';
import { submitForm } from '../web/form-validation';
import { refuse } from '../web/pages';
import { tokenFrom } from './account.form';
import { accountPage } from './account.view';
import { AuthService } from '../auth/auth.service';

export const ACCOUNT = 'pages/account.njk';

/** The account page's view model, and its tokens made and revoked. */
@Injectable()
export class AccountPageService {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  async page(caller: Caller, form: Parameters<typeof accountPage>[3] = {}) {
    const user = await this.users.get(caller.authorityId, caller.userId);
    return accountPage(user, caller.authorityName, await this.auth.tokensOf(caller), form);
  }

  /** The page with the new token in it, the only time its value is shown. */
  async createToken(caller: Caller, form: Form) {
    const { value, errors } = await tokenFrom(form);
    const owner = { id: caller.userId, authorityId: caller.authorityId };
    const outcome = await submitForm(errors, 'name', () =>
      this.auth.createToken(owner, value.name, value.expiresInDays),
    );
    if (!outcome.ok) {
      const values = { name: value.name, expiresInDays: form.expiresInDays };
      return refuse(ACCOUNT, await this.page(caller, { errors: outcome.errors, values }), outcome.status);
    }
    return this.page(caller, { newToken: { name: value.name, value: outcome.saved.value } });
  }

  async revokeToken(caller: Caller, id: string): Promise<void> {
    await this.auth.revokeToken(caller, id);
  }
}
