import { Injectable } from '@nestjs/common';
import { PartnershipService } from './partnership.service';
import type { Caller } from '../common/request-context';
import type { Form } from '../web/admin-forms';
import { type FormErrors, firstOf, submitForm, text } from '../web/form-validation';
import { afterSubmit } from '../web/pages';
import { newUserFrom, userChangesFrom } from './users.form';
import { UsersService } from '../users/users.service';
import * as view from './users.view';

export const NEW_USER = 'pages/admin-user-new.njk';
export const USER = 'pages/admin-user.njk';

/** The users pages' view models, and their forms saved or refused with the page again. */
@Injectable()
export class UsersPageService {
  constructor(
    private readonly users: UsersService,
    private readonly partnership: PartnershipService,
  ) {}

  async list(caller: Caller, done?: string) {
    return view.usersPage(await this.users.list(caller.authorityId), done);
  }

  async newUser(caller: Caller) {
    return view.newUserPage(await this.partnership.partners(caller.authorityId));
  }

  async add(caller: Caller, form: Form) {
    const { value, errors } = await newUserFrom(form);
    const outcome = await submitForm(errors, 'email', () => this.users.add(caller.authorityId, value));
    return afterSubmit(outcome, '/admin/users?done=added', NEW_USER, async (refused) =>
      view.newUserPage(await this.partnership.partners(caller.authorityId), value, refused),
    );
  }

  async user(caller: Caller, id: string, values: object | null = null, errors: FormErrors = {}) {
    const partners = await this.partnership.partners(caller.authorityId);
    return view.userPage(await this.users.get(caller.authorityId, id), caller.userId, partners, values, errors);
  }

  async change(caller: Caller, id: string, form: Form) {
    const { value, errors } = await userChangesFrom(form);
    const outcome = await submitForm(errors, 'role', () => this.users.change(caller.authorityId, id, value, caller));
    return afterSubmit(outcome, '/admin/users?done=changed', USER, (refused) => this.user(caller, id, value, refused));
  }

  async setActive(caller: Caller, id: string, form: Form) {
    const active = text(form, 'active') === 'yes';
    const outcome = await submitForm({}, 'active', () => this.users.change(caller.authorityId, id, { active }, caller));
    const done = `/admin/users?done=${active ? 'reactivated' : 'deactivated'}`;
    return afterSubmit(outcome, done, USER, (refused) => this.user(caller, id, null, firstOf(refused, 'active')));
  }
}
