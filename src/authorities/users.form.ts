/** The user pages' forms, turned into the API's own DTOs and checked with its rules, in the pages' words. */
import type { Form } from '../web/admin-forms';
import { type FormErrors, text, validateAs } from '../web/form-validation';
import { CreateUserDto, UpdateUserDto } from '../users/users.dto';

export const NEW_USER_CONTROLS = ['displayName', 'email', 'role', 'partnerOrganisationId', 'password'];
export const USER_CONTROLS = ['displayName', 'role', 'partnerOrganisationId'];

const MESSAGES: Record<string, string> = {
  displayName: 'Enter the person’s name',
  email: 'Enter an email address in the right format, like name@council.gov.uk',
  role: 'Choose a role',
  partnerOrganisationId: 'Choose a partner organisation from the list',
  password: 'Enter a password for the account',
};

/** A new user; the password is taken as typed, never trimmed. */
export async function newUserFrom(form: Form): Promise<{ value: CreateUserDto; errors: FormErrors }> {
  const user = {
    displayName: text(form, 'displayName'),
    email: text(form, 'email'),
    role: text(form, 'role'),
    partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
    password: typeof form.password === 'string' ? form.password : '',
  };
  return { value: user as CreateUserDto, errors: (await validateAs(CreateUserDto, user, MESSAGES)).errors };
}

/** A user's name, role and partner. */
export async function userChangesFrom(form: Form): Promise<{ value: UpdateUserDto; errors: FormErrors }> {
  const changes = {
    displayName: text(form, 'displayName'),
    role: text(form, 'role'),
    partnerOrganisationId: text(form, 'partnerOrganisationId') || null,
  };
  return { value: changes as UpdateUserDto, errors: (await validateAs(UpdateUserDto, changes, MESSAGES)).errors };
}
