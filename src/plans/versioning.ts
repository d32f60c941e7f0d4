import { DomainError, ErrorCode } from '../common/domain-error';

/**
 * Optimistic locking: the version the caller read comes in the body or as `If-Match` (a plain
 * number or an ETag such as `"3"` or `W/"3"`). A change without one, or with an older one, is refused.
 */
export function assertVersion(what: string, current: number, sent: number | undefined, ifMatch: string | undefined) {
  const fromHeader = ifMatch?.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const version = sent ?? (fromHeader && /^\d+$/.test(fromHeader) ? Number(fromHeader) : undefined);
  if (version === undefined) {
    throw new DomainError(
      ErrorCode.Invalid,
      `Send the ${what}'s version you last read, as "version" in the body or in an If-Match header.`,
      [{ field: 'version', messages: ['version is required'] }],
    );
  }
  if (version !== current) {
    throw new DomainError(
      ErrorCode.StaleVersion,
      `Someone else changed this ${what} since you read it (you sent version ${version}; it is now ${current}). Reload it and make your change again.`,
      { currentVersion: current },
    );
  }
}
