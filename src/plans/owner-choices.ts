import type { PartnershipService } from '../authorities/partnership.service';
import type { UsersService } from '../users/users.service';
import { Permission, roleMay } from '../auth/policy';
import type { Choice } from '../web/form-fields';

/** The people who may own an action (those who can report progress), and the partners, as choices. */
export async function ownerAndPartnerChoices(
  users: UsersService,
  partnership: PartnershipService,
  authorityId: string,
): Promise<{ owners: Choice[]; partners: Choice[] }> {
  const people = (await users.list(authorityId)).filter(
    (user) => user.active && roleMay(user.role, Permission.PostProgress),
  );
  const partners = await partnership.partners(authorityId);
  return {
    owners: people.map((user) => ({ value: user.id, text: `${user.displayName} (${user.email})` })),
    partners: partners.map((partner) => ({ value: partner.id, text: partner.name })),
  };
}
