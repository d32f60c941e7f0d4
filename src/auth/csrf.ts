import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { hmac, safeEqual } from './secrets';

export const CSRF_COOKIE = 'tracker_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Protects form posts, and any change made with a session cookie, from other sites: the browser
 * holds a random seed in an HttpOnly cookie; pages carry HMAC(secret, seed) in a hidden field (or
 * a script sends it as X-CSRF-Token). Another site can make the browser send the cookie, but
 * cannot read the page to learn the token.
 */
export class Csrf {
  constructor(private readonly secret: string) {}

  /** The token for this browser's seed, setting a new seed cookie when it has none (or `fresh`). */
  tokenFor(request: Request, response: Response, fresh = false): string {
    let seed = fresh ? undefined : readCookie(request, CSRF_COOKIE);
    if (!seed || !/^[A-Za-z0-9_-]{43}$/.test(seed)) {
      seed = randomBytes(32).toString('base64url');
      response.cookie(CSRF_COOKIE, seed, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.secure,
        path: '/',
      });
      setRequestCookie(request, CSRF_COOKIE, seed);
    }
    return hmac(this.secret, `csrf:${seed}`);
  }

  /** Whether the request carries the token matching its seed cookie. */
  verify(request: Request): boolean {
    const seed = readCookie(request, CSRF_COOKIE);
    const body = request.body as Record<string, unknown> | undefined;
    // Multipart forms are read after the guard runs, so they carry the token in the query string.
    const query = request.query as Record<string, unknown> | undefined;
    const sent =
      request.get(CSRF_HEADER) ??
      (typeof body?.[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : undefined) ??
      (typeof query?.[CSRF_FIELD] === 'string' ? query[CSRF_FIELD] : undefined);
    if (!seed || typeof sent !== 'string') return false;
    return safeEqual(sent, hmac(this.secret, `csrf:${seed}`));
  }
}

/** Reads one cookie without a parser dependency: names are fixed, values are base64url. */
export function readCookie(request: Request, name: string): string | undefined {
  const jar = (request as Request & { parsedCookies?: Record<string, string> }).parsedCookies ?? parseCookies(request);
  return jar[name];
}

function parseCookies(request: Request): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const key = part.slice(0, index).trim();
    if (key && !(key in jar)) jar[key] = decodeURIComponent(part.slice(index + 1).trim());
  }
  (request as Request & { parsedCookies?: Record<string, string> }).parsedCookies = jar;
  return jar;
}

function setRequestCookie(request: Request, name: string, value: string): void {
  parseCookies(request);
  (request as Request & { parsedCookies: Record<string, string> }).parsedCookies[name] = value;
}
