import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { ROLES } from '../domain/vocabulary';
import { roleWord } from '../presentation/words';
import { errorList, type FormErrors, onControls, submitForm, text, validateAs } from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { AuthoritiesService } from '../authorities/authorities.service';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

type Form = Record<string, unknown>;

const NEW_USER_CONTROLS = ['displayName', 'email', 'role', 'partnerOrganisationId', 'password'];
const USER_CONTROLS = ['displayName', 'role', 'partnerOrganisationId'];

const USER_MESSAGES: Record<string, string> = {
  displayName: 'Enter the person’s name',
  email: 'Enter an email address in the right format, like name@council.gov.uk',
  role: 'Choose a role',
  partnerOrganisationId: 'Choose a partner organisation from the list',
  password: 'Enter a password for the account',
};

/** The users of the administrator's authority: list, add, change role or partner, deactivate. */
@ApiExcludeController()
@Controller('admin/users')
export class UsersPageController {
  constructor(
    private readonly users: UsersService,
    private readonly authorities: AuthoritiesService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.Administer)
  async list(
    @CurrentCaller() caller: Caller,
    @Query('done') done: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const users = await this.users.list(caller.authorityId);
    response.render('pages/admin-users.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Users',
      notice: done ? (NOTICES[done] ?? null) : null,
      users: users.map((user) => ({
        id: user.id,
        displayName: user.displayName,
        email: user.email,
        role: user.role,
        partner: user.partnerOrganisation?.name ?? null,
        active: user.active,
      })),
    });
  }

  @Get('new')
  @Policy(Permission.Administer)
  async newPage(@CurrentCaller() caller: Caller, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.renderNew(caller, request, response, { role: 'owner' }, {});
  }

  @Post()
  @Policy(Permission.Administer)
  async add(
    @CurrentCaller() caller: Caller,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const user = {
      displayName: text(form, 'displayName'),
      email: text(form, 'email'),
      role: text(form, 'role'),
      partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
      password: typeof form.password === 'string' ? form.password : '',
    };
    const { errors } = await validateAs(CreateUserDto, user, USER_MESSAGES);
    const outcome = await submitForm(errors, 'email', () => this.users.add(caller.authorityId, user as CreateUserDto));
    if (outcome.ok) return response.redirect(303, '/admin/users?done=added');
    response.status(outcome.status);
    await this.renderNew(
      caller,
      request,
      response,
      { ...user, password: '' },
      onControls(outcome.errors, NEW_USER_CONTROLS, 'email'),
    );
  }

  @Get(':id')
  @Policy(Permission.Administer)
  async userPage(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const user = await this.users.get(caller.authorityId, id);
    await this.renderUser(caller, id, request, response, storedValues(user), {});
  }

  /** Name, role and partner; a change of role signs the user out everywhere. */
  @Post(':id')
  @Policy(Permission.Administer)
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const changes = {
      displayName: text(form, 'displayName'),
      role: text(form, 'role'),
      partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
    };
    const { errors } = await validateAs(UpdateUserDto, changes, USER_MESSAGES);
    const outcome = await submitForm(errors, 'role', () =>
      this.users.change(caller.authorityId, id, changes as UpdateUserDto, caller),
    );
    if (outcome.ok) return response.redirect(303, '/admin/users?done=changed');
    response.status(outcome.status);
    await this.renderUser(caller, id, request, response, changes, onControls(outcome.errors, USER_CONTROLS, 'role'));
  }

  /** Deactivates (signing out everywhere) or reactivates the account. */
  @Post(':id/active')
  @Policy(Permission.Administer)
  async setActive(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() form: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const active = text(form, 'active') === 'yes';
    const outcome = await submitForm({}, 'active', () => this.users.change(caller.authorityId, id, { active }, caller));
    if (outcome.ok) return response.redirect(303, `/admin/users?done=${active ? 'reactivated' : 'deactivated'}`);
    const user = await this.users.get(caller.authorityId, id);
    response.status(outcome.status);
    await this.renderUser(caller, id, request, response, storedValues(user), {
      active: Object.values(outcome.errors)[0],
    });
  }

  private async renderNew(
    caller: Caller,
    request: Request,
    response: Response,
    values: Record<string, unknown>,
    errors: FormErrors,
  ): Promise<void> {
    response.render('pages/admin-user-new.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Add a user',
      values,
      ...(await this.choices(caller)),
      errors,
      errorList: errorList(errors),
    });
  }

  private async renderUser(
    caller: Caller,
    id: string,
    request: Request,
    response: Response,
    values: Record<string, unknown>,
    errors: FormErrors,
  ): Promise<void> {
    const user = await this.users.get(caller.authorityId, id);
    response.render('pages/admin-user.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: `Change ${user.displayName}`,
      user: {
        id: user.id,
        displayName: user.displayName,
        email: user.email,
        active: user.active,
        self: user.id === caller.userId,
      },
      values,
      ...(await this.choices(caller)),
      errors,
      errorList: errorList(errors),
    });
  }

  private async choices(caller: Caller): Promise<Record<string, unknown>> {
    const partners = await this.authorities.partners(caller);
    return {
      roles: ROLES.map((role) => ({ value: role, text: roleWord(role), hint: ROLE_HINTS[role] })),
      partners: [{ value: '', text: 'None' }].concat(
        partners.map((partner) => ({ value: partner.id, text: partner.name })),
      ),
    };
  }
}

const ROLE_HINTS: Record<string, string> = {
  admin: 'Users, partners, indicators and thresholds, and everything a clerk can do.',
  clerk: 'Imports inspections, creates plans, assigns owners and prints board papers.',
  owner: 'Reports progress on their own actions.',
  scrutiny: 'Reads the plans, dashboards and papers, and changes nothing.',
};

const NOTICES: Record<string, string> = {
  added: 'The user has been added. Give them their password in a safe way; they can then sign in.',
  changed: 'The user has been changed. A change of role signs them out everywhere.',
  deactivated: 'The account has been deactivated and signed out everywhere.',
  reactivated: 'The account has been reactivated.',
};

/** The user's form as stored, before any change is typed. */
function storedValues(user: {
  displayName: string;
  role: string;
  partnerOrganisationId?: string | null;
}): Record<string, string> {
  return { displayName: user.displayName, role: user.role, partnerOrganisationId: user.partnerOrganisationId ?? '' };
}
