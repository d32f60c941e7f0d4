import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'tracker_session';
export const CSRF_COOKIE = 'tracker_csrf';

/**
 * A cookie's name for this request. Over TLS it carries the `__Host-` prefix: a browser keeps
 * such a cookie only when it is Secure, for Path=/ and with no Domain, so neither a neighbouring
 * subdomain nor a plain-HTTP page can plant one. Over plain HTTP (local use) the name is bare.
 */
export function cookieName(request: Request, name: string): string {
  return request.secure ? `__Host-${name}` : name;
}

export function cookieOptions(request: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' };
}

/** Reads one of our cookies under its name for this request. */
export function readCookie(request: Request, name: string): string | undefined {
  return cookieJar(request)[cookieName(request, name)];
}

/** Sets one of our cookies, and makes the rest of this request see it too. */
export function writeCookie(request: Request, response: Response, name: string, value: string, maxAge?: number): void {
  response.cookie(cookieName(request, name), value, { ...cookieOptions(request), ...(maxAge ? { maxAge } : {}) });
  cookieJar(request)[cookieName(request, name)] = value;
}

export function clearCookie(request: Request, response: Response, name: string): void {
  response.clearCookie(cookieName(request, name), cookieOptions(request));
  delete cookieJar(request)[cookieName(request, name)];
}

/** The request's cookies, parsed once without a parser dependency: our values are base64url. */
function cookieJar(request: Request): Record<string, string> {
  const withJar = request as Request & { parsedCookies?: Record<string, string> };
  if (withJar.parsedCookies) return withJar.parsedCookies;
  const jar: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const key = part.slice(0, index).trim();
    if (!key || key in jar) continue;
    try {
      jar[key] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A value that is not valid percent-encoding is not one of ours.
    }
  }
  withJar.parsedCookies = jar;
  return jar;
}
