import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';
import type { Role } from '../domain/vocabulary';

/** Who is making a request: a signed-in user (by session or access token). */
export interface Caller {
  userId: string;
  authorityId: string;
  authorityName: string;
  role: Role;
  email: string;
  displayName: string;
  /** How the caller proved who they are. */
  via: 'session' | 'token';
  /** The session's or token's id. */
  credentialId: string;
}

/** What the audit trail and the logs need to know about the work in progress. */
export interface RequestContext {
  requestId: string | null;
  caller: Caller | null;
  /** For work without a caller (start-up, the command line): who to name in the audit trail. */
  systemActor?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `context` visible to everything it calls, however deep. */
export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Pages (and their forms) are everything outside the JSON API and the health check. */
export function isPageRequest(request: Request): boolean {
  return !request.path.startsWith('/api/') && request.path !== '/health';
}
