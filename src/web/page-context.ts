import type { Request, Response } from 'express';
import type { Csrf } from '../common/csrf';
import { exampleNoticeFor } from '../example/example-notice';

/** What every page's layout needs: the caller, the CSRF token for its forms, and the CSP nonce. */
export interface PageContext {
  caller: { displayName: string; email: string; role: string; authorityName: string } | null;
  csrfToken: string;
  cspNonce: string;
  /** Set when the caller's authority is example data: which values are illustrative. */
  exampleNotice: string | null;
}

export function pageContext(csrf: Csrf, request: Request, response: Response): PageContext {
  const caller = request.caller;
  return {
    caller: caller
      ? { displayName: caller.displayName, email: caller.email, role: caller.role, authorityName: caller.authorityName }
      : null,
    csrfToken: csrf.tokenFor(request, response),
    cspNonce: String(response.locals.cspNonce ?? ''),
    exampleNotice: caller ? exampleNoticeFor(caller.authorityName) : null,
  };
}

/** A `next` path to return to after signing in: only a path on this site, never another site. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : '/';
}
