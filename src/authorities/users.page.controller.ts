import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { type Form, firstError } from '../web/admin-forms';
import { IdParam, redirectOrRender } from '../web/admin-pages';
import { type FormErrors, submitForm, text } from '../web/form-validation';
import { Pages } from '../web/pages';
import { UsersService } from '../users/users.service';
import { PartnershipService } from './partnership.service';
import { newUserFrom, userChangesFrom } from './users.form';
import * as view from './users.view';

/** The users of the administrator's authority: list, add, change role or partner, deactivate. */
@Pages()
@Policy(Permission.Administer)
@Controller('admin/users')
export class UsersPageController {
  constructor(
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
  ) {}

  @Get()
  @Render('pages/admin-users.njk')
  async list(@CurrentCaller() caller: Caller, @Query('done') done?: string) {
    return view.usersPage(await this.users.list(caller.authorityId), done);
  }

  @Get('new')
  @Render('pages/admin-user-new.njk')
  async newPage(@CurrentCaller() caller: Caller) {
    return view.newUserPage(await this.partnership.partners(caller.authorityId));
  }

  @Post()
  async add(@CurrentCaller() caller: Caller, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await newUserFrom(form);
    const outcome = await submitForm(errors, 'email', () => this.users.add(caller.authorityId, value));
    await redirectOrRender(response, outcome, '/admin/users?done=added', 'pages/admin-user-new.njk', async (refused) =>
      view.newUserPage(await this.partnership.partners(caller.authorityId), value, refused),
    );
  }

  @Get(':id')
  @Render('pages/admin-user.njk')
  userPage(@CurrentCaller() caller: Caller, @IdParam() id: string) {
    return this.userForm(caller, id);
  }

  /** Name, role and partner; a change of role signs the user out everywhere. */
  @Post(':id')
  async change(@CurrentCaller() caller: Caller, @IdParam() id: string, @Body() form: Form, @Res() response: Response) {
    const { value, errors } = await userChangesFrom(form);
    const outcome = await submitForm(errors, 'role', () => this.users.change(caller.authorityId, id, value, caller));
    await redirectOrRender(response, outcome, '/admin/users?done=changed', 'pages/admin-user.njk', (refused) =>
      this.userForm(caller, id, value, refused),
    );
  }

  /** Deactivates (signing out everywhere) or reactivates the account. */
  @Post(':id/active')
  async setActive(
    @CurrentCaller() caller: Caller,
    @IdParam() id: string,
    @Body() form: Form,
    @Res() response: Response,
  ) {
    const active = text(form, 'active') === 'yes';
    const outcome = await submitForm({}, 'active', () => this.users.change(caller.authorityId, id, { active }, caller));
    const done = `/admin/users?done=${active ? 'reactivated' : 'deactivated'}`;
    await redirectOrRender(response, outcome, done, 'pages/admin-user.njk', (refused) =>
      this.userForm(caller, id, null, firstError(refused, 'active')),
    );
  }

  private async userForm(caller: Caller, id: string, values: object | null = null, errors: FormErrors = {}) {
    const partners = await this.partnership.partners(caller.authorityId);
    return view.userPage(await this.users.get(caller.authorityId, id), caller.userId, partners, values, errors);
  }
}
