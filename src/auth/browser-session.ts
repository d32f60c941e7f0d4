import type { Request, Response } from 'express';
import { AuthService, SESSION_LIFETIME } from './auth.service';
import { clientAddress } from './client-address';
import { SESSION_COOKIE, readCookie, writeCookie } from '../common/cookies';
import type { Csrf } from '../common/csrf';
import { sha256 } from '../common/secrets';

/**
 * Signs a browser in with a password: a new session in its cookie, replacing any earlier session of
 * the same browser, and a fresh CSRF token, so a token from before signing in is no use after it.
 */
export async function signInBrowser(
  auth: AuthService,
  csrf: Csrf,
  request: Request,
  response: Response,
  credentials: { email: string; password: string },
): Promise<void> {
  const earlier = readCookie(request, SESSION_COOKIE);
  const { sessionToken } = await auth.signIn({
    ...credentials,
    ipAddress: clientAddress(request),
    userAgent: request.get('user-agent'),
  });
  if (earlier) await auth.endSessionByToken(earlier, sha256(sessionToken));
  writeCookie(request, response, SESSION_COOKIE, sessionToken, SESSION_LIFETIME.absoluteHours * 3600_000);
  csrf.tokenFor(request, response, true);
}
