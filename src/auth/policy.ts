import { SetMetadata } from '@nestjs/common';
import type { Role } from '../domain/vocabulary';

/**
 * What a route needs of its caller. Every route declares one with `@Policy(...)`; a route that
 * declares none is refused, so forgetting is safe.
 */
export enum Permission {
  /** Anyone, signed in or not: health, API docs, the sign-in page. */
  Public = 'public',
  /** Any signed-in user, for their own account and tokens. */
  SignedIn = 'signed_in',
  /** Plans, dashboards and papers of the caller's own authority. */
  Read = 'read',
  /** Progress, milestones and indicator values (owners: their own actions only, checked by the service). */
  PostProgress = 'post_progress',
  /** Import inspections, edit plans and actions, assign owners, generate papers. */
  ManagePlans = 'manage_plans',
  /** Users, partners, theme leads, indicator catalogue, thresholds. */
  Administer = 'administer',
  /** The audit trail. */
  ReadAudit = 'read_audit',
}

/** The table of who may do what (deny by default: a permission not listed for a role is refused). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    Permission.SignedIn,
    Permission.Read,
    Permission.PostProgress,
    Permission.ManagePlans,
    Permission.Administer,
    Permission.ReadAudit,
  ],
  clerk: [Permission.SignedIn, Permission.Read, Permission.PostProgress, Permission.ManagePlans, Permission.ReadAudit],
  owner: [Permission.SignedIn, Permission.Read, Permission.PostProgress],
  scrutiny: [Permission.SignedIn, Permission.Read],
};

export function roleMay(role: Role, permission: Permission): boolean {
  return permission === Permission.Public || ROLE_PERMISSIONS[role].includes(permission);
}

export const POLICY_KEY = 'policy';

export const Policy = (permission: Permission) => SetMetadata(POLICY_KEY, permission);
