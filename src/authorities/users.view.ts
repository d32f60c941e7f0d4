/** The user pages' view models: the authority's users, and the forms to add and change one. */
import { ROLES } from '../domain/vocabulary';
import { roleWord } from '../presentation/words';
import { noticeFor, withErrors } from '../web/admin-forms';
import type { FormErrors } from '../web/form-validation';
import type { UserEntity } from '../users/user.entity';
import type { PartnerOrganisationEntity } from './partner-organisation.entity';
import { partnerChoices } from './partnership.view';
import { NEW_USER_CONTROLS, USER_CONTROLS } from './users.form';

type User = Pick<UserEntity, 'id' | 'displayName' | 'email' | 'role' | 'active' | 'partnerOrganisationId'> & {
  partnerOrganisation?: Pick<PartnerOrganisationEntity, 'name'> | null;
};
type Partner = Pick<PartnerOrganisationEntity, 'id' | 'name' | 'kind'>;

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

export function usersPage(users: readonly User[], done?: string) {
  return {
    pageTitle: 'Users',
    notice: noticeFor(NOTICES, done),
    users: users.map((user) => ({
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      partner: user.partnerOrganisation?.name ?? null,
      active: user.active,
    })),
  };
}

/** The form to add a user: an owner until another role is chosen; a refused password is not shown again. */
export function newUserPage(partners: readonly Partner[], values: object | null = null, errors: FormErrors = {}) {
  return {
    pageTitle: 'Add a user',
    values: values ? { ...values, password: '' } : { role: 'owner' },
    ...choices(partners),
    ...withErrors(errors, NEW_USER_CONTROLS, 'email'),
  };
}

/** The form to change a user: as stored until a change is sent; a refusal to (de)activate shows by its button. */
export function userPage(
  user: User,
  callerId: string,
  partners: readonly Partner[],
  values: object | null = null,
  errors: FormErrors = {},
) {
  return {
    pageTitle: `Change ${user.displayName}`,
    user: {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      active: user.active,
      self: user.id === callerId,
    },
    values: values ?? {
      displayName: user.displayName,
      role: user.role,
      partnerOrganisationId: user.partnerOrganisationId ?? '',
    },
    ...choices(partners),
    ...withErrors(errors, [...USER_CONTROLS, 'active'], 'role'),
  };
}

function choices(partners: readonly Partner[]) {
  return {
    roles: ROLES.map((role) => ({ value: role, text: roleWord(role), hint: ROLE_HINTS[role] })),
    partners: partnerChoices(partners, 'None'),
  };
}
