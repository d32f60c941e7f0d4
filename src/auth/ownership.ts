import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';

/**
 * Owners post progress, complete milestones and enter indicator values only on the actions they
 * own; clerks and admins may on any action of their authority (the role table in the README).
 */
export function mayUpdateProgressOn(caller: Caller, ownerIds: readonly (string | null)[]): boolean {
  if (caller.role === 'admin' || caller.role === 'clerk') return true;
  return caller.role === 'owner' && ownerIds.includes(caller.userId);
}

export function assertMayUpdateProgress(caller: Caller, ownerIds: readonly (string | null)[], what: string): void {
  if (!mayUpdateProgressOn(caller, ownerIds)) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `Only the action's owner, a clerk or an admin may ${what}. Ask the clerk to reassign the action if it is now yours.`,
    );
  }
}

/**
 * Due dates are the plan's promises to the committee: only a clerk or an admin moves one, so that
 * an owner cannot turn a slipping milestone green by moving it.
 */
export function mayMoveDueDates(caller: Caller): boolean {
  return caller.role === 'admin' || caller.role === 'clerk';
}

export function assertMayMoveDueDates(caller: Caller): void {
  if (!mayMoveDueDates(caller)) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'Only a clerk or an admin may move a due date. Ask the clerk to move it; you can still rename the milestone or mark it complete.',
    );
  }
}
