import { Body, Controller } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { CreatedPost, IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { ACCOUNT, AccountPageService } from './account.page.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';

/** The signed-in user's own page: who they are, and their personal access tokens. */
@Pages()
@Policy(Permission.SignedIn)
@Controller('account')
export class AccountPageController {
  constructor(private readonly pages: AccountPageService) {}

  @PageGet('', ACCOUNT)
  page(@CurrentCaller() caller: Caller) {
    return this.pages.page(caller);
  }

  /** Makes a token and shows it on this response only: it is never stored or shown again. */
  @CreatedPost('tokens', ACCOUNT)
  createToken(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.createToken(caller, form);
  }

  @FormPost('tokens/:id/revoke', '/account')
  revokeToken(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.revokeToken(caller, id);
  }
}
