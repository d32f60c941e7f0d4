import { Body, Controller, Query } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { IdParam } from '../web/admin-pages';
import { FormPost, PageGet, Pages } from '../web/pages';
import { NEW_USER, USER, UsersPageService } from './users.page.service';

/** The users of the administrator's authority: list, add, change role or partner, deactivate. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/users')
export class UsersPageController {
  constructor(private readonly pages: UsersPageService) {}

  @PageGet('', 'pages/admin-users.njk')
  list(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return this.pages.list(caller, done);
  }

  @PageGet('new', NEW_USER)
  newPage(@CurrentCaller() caller: Caller) {
    return this.pages.newUser(caller);
  }

  @FormPost('')
  add(@CurrentCaller() caller: Caller, @Body() form: Form) {
    return this.pages.add(caller, form);
  }

  @PageGet(':id', USER)
  userPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.pages.user(caller, id);
  }

  /** Name, role and partner; a change of role signs the user out everywhere. */
  @FormPost(':id')
  change(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form) {
    return this.pages.change(caller, id, form);
  }

  /** Deactivates (signing out everywhere) or reactivates the account. */
  @FormPost(':id/active')
  setActive(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form) {
    return this.pages.setActive(caller, id, form);
  }
}
