import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE, readCookie, writeCookie } from './cookies';
import { hmac, safeEqual, sha256 } from './secrets';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Protects form posts, and any change made with a session cookie, from other sites: the browser
 * holds a random seed in an HttpOnly cookie; pages carry HMAC(secret, seed and session) in a
 * hidden field (or a script sends it as X-CSRF-Token). Another site can make the browser send
 * the cookies, but cannot read the page to learn the token. Binding the token to the session
 * means a seed and token someone got for themselves, planted in a signed-in browser, do not match.
 */
export class Csrf {
  constructor(private readonly secret: string) {}

  /** The token for this browser's seed and session, setting a new seed cookie when it has none (or `fresh`). */
  tokenFor(request: Request, response: Response, fresh = false): string {
    let seed = fresh ? undefined : readCookie(request, CSRF_COOKIE);
    if (!seed || !/^[A-Za-z0-9_-]{43}$/.test(seed)) {
      seed = randomBytes(32).toString('base64url');
      writeCookie(request, response, CSRF_COOKIE, seed);
    }
    return this.tokenOf(seed, request);
  }

  /** Whether the request carries the token matching its seed cookie and its session cookie. */
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
    return safeEqual(sent, this.tokenOf(seed, request));
  }

  private tokenOf(seed: string, request: Request): string {
    const session = readCookie(request, SESSION_COOKIE);
    return hmac(this.secret, `csrf:${seed}:${session === undefined ? '' : sha256(session)}`);
  }
}
