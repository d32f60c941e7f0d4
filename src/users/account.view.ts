/** The signed-in user's own page: who they are, and their personal access tokens. */
import type { FormErrors } from '../web/form-validation';
import type { AccessTokenEntity } from '../auth/access-token.entity';
import { tokenStatus } from '../auth/auth.dto';
import type { UserEntity } from './user.entity';

type Account = Pick<UserEntity, 'displayName' | 'email' | 'role'> & { partnerOrganisation?: { name: string } | null };

/**
 * The signed-in user's own page. `newToken` is a token just made: shown on this response only,
 * never stored or shown again.
 */
export function accountPage(
  user: Account,
  authorityName: string,
  tokens: readonly AccessTokenEntity[],
  form: { errors?: FormErrors; values?: object; newToken?: { name: string; value: string } } = {},
) {
  return {
    pageTitle: 'Your account',
    user: {
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      authorityName,
      partnerName: user.partnerOrganisation?.name ?? null,
    },
    tokens: tokens.map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt,
      lastUsedAt: token.lastUsedAt,
      status: tokenStatus(token),
    })),
    newToken: form.newToken ?? null,
    errors: form.errors ?? {},
    values: form.values ?? { name: '', expiresInDays: 90 },
  };
}
